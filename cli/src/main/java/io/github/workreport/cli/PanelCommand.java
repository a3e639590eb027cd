package io.github.workreport.cli;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.panel.Panel;
import io.github.workreport.panel.PanelCsv;
import io.github.workreport.panel.PanelHtml;
import io.github.workreport.panel.PanelJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workreport panel}: targets beside results, one row per region, indicator, year and period. */
@Command(name = "panel", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Builds the target/result panel of the inputs: one row per (region, indicatorId, year, period) with the "
                + "target a report sets for the year, the result a later report (the next work report, a plan "
                + "report's 执行情况) gives for it, a status (met, missed, no_target, no_result, unclear) and the gap. "
                + "Every figure names its source as file#report@start-end. Rules: docs/panel.md.",
            "",
            "INPUT is a file, a folder (every report file in it, recursively) or a glob pattern.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an input could not be read or parsed (the others are still used)",
            "2:bad usage", "3:the output could not be written"})
final class PanelCommand implements Callable<Integer> {

    enum Format { csv, json, html }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write (default: standard output).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (default), json or html (a self-contained page: charts per region, then the table).")
    Format format;

    @Option(names = "--title", paramLabel = "TEXT", description = "The HTML page title (default: workreport panel).")
    String title;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on standard error.")
    boolean quiet;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files, folders or glob patterns.")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Inputs.Input> list;
        try {
            list = Inputs.expand(inputs, Inputs.SUPPORTED, note -> err.println("workreport: " + note));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean failed = false;
        List<Inputs.Input> ok = new ArrayList<>();
        for (Inputs.Input in : list) {
            if (in.ok() && !in.stdin()) {
                ok.add(in);
            } else {
                err.println("workreport: " + (in.ok() ? "panel does not read standard input" : in.problem()));
                failed = true;
            }
        }
        ReportParser parser = WorkReportCommand.parserBuilder().build();
        ReportFile[] parsed = new ReportFile[ok.size()];
        String[] problems = new String[ok.size()];
        IntStream.range(0, ok.size()).parallel().forEach(i -> {
            Path p = ok.get(i).path();
            try {
                ReportFile f = parser.parseAll(p);
                if (f.refusal() != null) {
                    problems[i] = "cannot read " + p + ": " + f.refusal();
                } else {
                    parsed[i] = f;
                }
            } catch (IOException e) {
                problems[i] = Inputs.reason(p, e);
            } catch (RuntimeException e) {
                problems[i] = "cannot parse " + p + ": " + e;
            }
        });
        Panel.Builder b = Panel.builder();
        for (int i = 0; i < parsed.length; i++) {
            if (problems[i] != null) {
                err.println("workreport: " + problems[i]);
                failed = true;
            } else {
                b.add(parsed[i]);
            }
        }
        Panel panel = b.build();
        try {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                write(panel, out);
                out.flush();
                if (out.checkError()) {
                    return WorkReportCommand.EXIT_OUTPUT;
                }
            } else {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
                    write(panel, w);
                }
            }
        } catch (IOException e) {
            err.println("workreport: cannot write " + (output == null ? "standard output" : output) + ": " + ParseCommand.why(e));
            debug.trace(err, e);
            return WorkReportCommand.EXIT_OUTPUT;
        }
        if (!quiet) {
            Panel.Counts c = panel.counts();
            long met = panel.rows().stream().filter(r -> r.status() == io.github.workreport.panel.Status.MET).count();
            long missed = panel.rows().stream().filter(r -> r.status() == io.github.workreport.panel.Status.MISSED).count();
            err.println("panel: " + panel.rows().size() + " rows (" + met + " met, " + missed + " missed) from "
                    + (parsed.length - java.util.Arrays.stream(problems).filter(java.util.Objects::nonNull).count())
                    + " files; figures " + c.figures() + ", used " + c.used() + ", left out: no indicator id "
                    + c.noIndicator() + ", no year " + c.noYear() + ", no region " + c.noRegion()
                    + ", other measure or unit " + c.otherUnit());
        }
        return failed ? WorkReportCommand.EXIT_INPUT : 0;
    }

    private void write(Panel panel, Writer w) throws IOException {
        switch (format) {
            case csv -> PanelCsv.write(panel, w);
            case json -> PanelJson.write(panel, w, true);
            case html -> w.write(PanelHtml.render(panel, title == null ? "workreport panel" : title));
            default -> throw new IllegalStateException();
        }
        w.flush();
    }
}
