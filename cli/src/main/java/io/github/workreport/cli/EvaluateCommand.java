package io.github.workreport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.Warning;
import io.github.workreport.evaluation.Evaluator;
import io.github.workreport.evaluation.GoldException;
import io.github.workreport.evaluation.GoldFile;
import io.github.workreport.evaluation.Scores;
import io.github.workreport.text.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code workreport evaluate}: parses the document of every gold file of a folder and scores the result with the
 * rules of {@code ../shared/tools/evaluate.py} (the library's {@link Evaluator}), printing the figures in that
 * script's layout.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Scores the parser against gold files (the extraction spec's format: one JSON file per document, naming "
                + "the document by a path relative to --root) with exactly the rules of the shared evaluate.py: "
                + "precision, recall and F1 of targets and achievements, measure, unit, year, estimated and period "
                + "accuracy over the matched items, metadata fields, level-1 sections, report counts, glossary counts.",
            "",
            "Each document is parsed as `parse` parses it. The text output has evaluate.py's layout, then the first "
                + "--show misses; see docs/accuracy.md.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (and every --min-* floor holds)",
            "1:the parser failed on a document (scored zero), or a figure is below its --min-* floor",
            "2:bad usage, no gold file, or a gold file that does not fit its document (a scope not found, "
                + "a document missing or not in the gold's encoding)",
            "3:the output could not be written"})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold *.json files.")
    Path gold;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Folder the gold files' doc paths are relative to (default: the gold folder's grandparent, "
                    + "as for evaluate.py).")
    Path root;

    @Option(names = "--json-dir", paramLabel = "DIR",
            description = "Score parse outputs already written instead of parsing: DIR/<document file name>.json "
                    + "(any tool's output in the spec's JSON format).")
    Path jsonDir;

    @Option(names = "--show", defaultValue = "15", paramLabel = "N",
            description = "How many misses to list (default: ${DEFAULT-VALUE}).")
    int show;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (evaluate.py's layout) or json (the figures, every count, the crashes and all "
                    + "misses). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--min-target-f1", paramLabel = "X", description = "Exit 1 when target F1 is below X (0..1).")
    Double minTargetF1;

    @Option(names = "--min-achievement-f1", paramLabel = "X", description = "Exit 1 when achievement F1 is below X.")
    Double minAchievementF1;

    @Option(names = "--min-metadata", paramLabel = "X", description = "Exit 1 when the metadata score is below X.")
    Double minMetadata;

    @Option(names = "--min-sections", paramLabel = "X", description = "Exit 1 when the sections score is below X.")
    Double minSections;

    @Option(names = "--min-reports", paramLabel = "X", description = "Exit 1 when the report-count score is below X.")
    Double minReports;

    @Mixin
    DebugOption debug;

    /** The parser; null for the one {@code parse} uses (tests may set their own). */
    ReportParser parser;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = Evaluator.goldFiles(gold);
        } catch (IOException e) {
            err.println("workreport: cannot read gold folder " + gold + ": " + ParseCommand.why(e));
            return WorkReportCommand.EXIT_USAGE;
        }
        if (files.isEmpty()) {
            err.println("workreport: no gold files in " + gold.toAbsolutePath());
            return WorkReportCommand.EXIT_USAGE;
        }
        Path base = root != null ? root.toAbsolutePath().normalize() : Evaluator.defaultRoot(gold);
        ReportParser p = parser != null ? parser : WorkReportCommand.parserBuilder().build();
        Evaluator evaluator = new Evaluator();
        for (Path file : files) {
            GoldFile g;
            String text;
            try {
                g = GoldFile.read(file);
                text = g.text(base);
            } catch (GoldException e) {
                err.println("workreport: " + e.getMessage());
                return WorkReportCommand.EXIT_USAGE;
            } catch (IOException e) {
                err.println("workreport: gold " + file.getFileName() + ": " + (e instanceof NoSuchFileException
                        ? "no such document " + e.getMessage() : ParseCommand.why(e)));
                debug.trace(err, e);
                return WorkReportCommand.EXIT_USAGE;
            }
            try {
                if (jsonDir != null) {
                    score(evaluator, g, text, jsonDir.resolve(g.source(base).getFileName().toString() + ".json"));
                } else {
                    score(evaluator, g, text, p, g.source(base), err);
                }
            } catch (GoldException e) {
                err.println("workreport: " + e.getMessage());
                return WorkReportCommand.EXIT_USAGE;
            }
        }
        Scores s = evaluator.scores();
        if (format == Format.json) {
            ObjectMapper m = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            try {
                out.println(m.writeValueAsString(s.toMap()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        } else {
            out.print(s.summary(show));
        }
        List<String> shortOf = shortOf(s);
        if (format == Format.text && (!s.crashes().isEmpty() || !shortOf.isEmpty())) {
            if (!s.crashes().isEmpty()) {
                shortOf.add("crashes");
            }
            out.println("short: " + String.join(", ", shortOf));
        }
        out.flush();
        if (out.checkError()) {
            return WorkReportCommand.EXIT_OUTPUT;
        }
        return s.crashes().isEmpty() && shortOf(s).isEmpty() ? 0 : WorkReportCommand.EXIT_INPUT;
    }

    /** Parses the document and adds it; a failure is a crash, scored zero, as evaluate.py scores a failed command. */
    private void score(Evaluator evaluator, GoldFile g, String text, ReportParser p, Path source, PrintWriter err) {
        long t0 = System.nanoTime();
        ReportFile f;
        String problem = null;
        try {
            f = p.parseAll(source);
            if (f.refusal() != null) {
                problem = "cannot read " + source + ": " + f.refusal();
            } else {
                for (Warning w : f.warnings()) {
                    if (w.code().equals(Decoder.BINARY_INPUT)) {
                        problem = "cannot parse " + source + ": " + w.message(); // parse exits 1 on these
                    }
                }
            }
        } catch (IOException e) {
            f = null;
            problem = Inputs.reason(source, e);
            debug.trace(err, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            f = null;
            problem = "cannot parse " + source + ": " + e;
            debug.trace(err, e);
        }
        evaluator.addSeconds((System.nanoTime() - t0) / 1e9);
        if (problem != null) {
            evaluator.addCrash(g, text, problem);
        } else {
            evaluator.add(g, text, f);
        }
    }

    /** Reads a parse output written beforehand; one that is missing or not JSON is a crash. */
    @SuppressWarnings("unchecked")
    private static void score(Evaluator evaluator, GoldFile g, String text, Path json) {
        Object o;
        try (InputStream in = Files.newInputStream(json)) {
            o = new ObjectMapper().readValue(in, Object.class);
        } catch (IOException e) {
            evaluator.addCrash(g, text, json + ": " + ParseCommand.why(e));
            return;
        }
        if (!(o instanceof Map)) {
            evaluator.addCrash(g, text, json + ": not a JSON object");
            return;
        }
        evaluator.addJson(g, text, (Map<String, Object>) o);
    }

    private List<String> shortOf(Scores s) {
        List<String> out = new ArrayList<>();
        check(out, "target-f1", s.targets().f1(), minTargetF1);
        check(out, "achievement-f1", s.achievements().f1(), minAchievementF1);
        check(out, "metadata", s.metadata(), minMetadata);
        check(out, "sections", s.sections(), minSections);
        check(out, "reports", s.reports(), minReports);
        return out;
    }

    private static void check(List<String> out, String name, double value, Double floor) {
        if (floor != null && value < floor) {
            out.add(name);
        }
    }
}
