package io.github.workreport.cli;

import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workreport parse}: parses files, directories and glob patterns to JSON, JSON Lines or CSV. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Parses report files and writes what they hold: one JSON document per file (the extraction spec's "
                + "format), JSON Lines (one compact line per file) or a tidy CSV table (one row per target or "
                + "achievement).",
            "",
            "Inputs are files, directories (searched recursively for files matching --glob) and glob patterns "
                + "(quote them: 'reports/**/*.txt'). Files are parsed in parallel with one shared parser; the "
                + "output keeps the input order whatever the number of threads. A file that cannot be read is "
                + "reported on one line of standard error naming it, and the others are still parsed.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an input could not be read or parsed (missing, unreadable, a directory without permission, "
                + "no file matching a pattern); the other inputs are still written",
            "2:bad usage (unknown option, missing argument, invalid value)",
            "3:an output could not be written (output folder or file not writable, standard output closed)"})
final class ParseCommand implements Callable<Integer> {

    enum Format { json, jsonl, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json (default; one document per file, compact unless --pretty), jsonl (one compact JSON "
                    + "line per file), csv (one row per target or achievement; columns in docs/cli.md).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "json: a folder receiving one <name>.json per input (paths under a directory argument are "
                    + "kept). jsonl, csv: the file to write (an existing folder receives workreport.jsonl or "
                    + "workreport.csv). Default: standard output.")
    Path output;

    @Option(names = "--glob", defaultValue = Inputs.SUPPORTED, paramLabel = "PATTERN",
            description = "Which files to take from directory arguments: a glob on the file name, or on the path "
                    + "below the directory when it holds a '/' (default: ${DEFAULT-VALUE}).")
    String glob;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Files parsed at once (default: the number of processors).")
    Integer threads;

    @Option(names = "--pretty", description = "json: indent the JSON.")
    boolean pretty;

    @Option(names = "--noise", description = "json, jsonl: also list the stretches set aside as noise.")
    boolean noise;

    @Option(names = "--bom", description = "csv: start with a UTF-8 byte-order mark, so that Excel reads UTF-8.")
    boolean bom;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line (the summary line ends "
            + "a run over more than one file: files, reports, targets, achievements, warnings, failed, seconds).")
    boolean quiet;

    @Option(names = "--no-progress", description = "No progress bar (it is shown only when standard error is a "
            + "terminal).")
    boolean noProgress;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Report files (text in UTF-8, GBK/GB18030, Big5, UTF-16; HTML pages; PDF; Word .docx and "
                    + ".doc, told apart by their content), directories or glob patterns.")
    List<String> inputs;

    /** What became of one input. */
    private record Outcome(Inputs.Input input, ReportFile file, String error, Throwable cause) {
    }

    /** Counts for the summary line. */
    private static final class Totals {
        int files;
        int failed;
        int reports;
        int targets;
        int achievements;
        int warnings;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1: " + nThreads);
        }
        if (bom && format != Format.csv) {
            throw new CommandLine.ParameterException(cl, "--bom applies to --format csv only");
        }
        if (pretty && format != Format.json) {
            throw new CommandLine.ParameterException(cl, "--pretty applies to --format json only");
        }
        List<Inputs.Input> list;
        try {
            list = Inputs.expand(inputs, glob, note -> err.println("workreport: " + note));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        long t0 = System.nanoTime();
        Sink sink;
        try {
            sink = openSink(cl.getOut());
        } catch (IOException e) {
            err.println("workreport: cannot write " + output + ": " + why(e));
            debug.trace(err, e);
            return WorkReportCommand.EXIT_OUTPUT;
        }
        Totals totals = new Totals();
        int exit = 0;
        boolean showBar = !quiet && !noProgress && list.size() > 1 && Progress.stderrIsTerminal();
        try (Progress progress = showBar ? Progress.bar(list.size(), System.err) : Progress.NONE) {
            exit = run(list, nThreads, sink, totals, progress, err);
        }
        try {
            sink.close();
        } catch (IOException | UncheckedIOException e) {
            err.println("workreport: cannot write " + sink.name() + ": " + why(e));
            exit = WorkReportCommand.EXIT_OUTPUT;
        }
        if (!quiet && list.size() > 1) {
            double secs = (System.nanoTime() - t0) / 1e9;
            err.println(String.format(Locale.ROOT,
                    "workreport: %d files, %d reports, %d targets, %d achievements, %d warnings, %d failed, %.1f s",
                    totals.files, totals.reports, totals.targets, totals.achievements, totals.warnings,
                    totals.failed, secs));
        }
        err.flush();
        return exit;
    }

    private int run(List<Inputs.Input> list, int nThreads, Sink sink, Totals totals, Progress progress,
            PrintWriter err) {
        ReportParser parser = ReportParser.defaults();
        int exit = 0;
        ExecutorService pool = nThreads == 1 || list.size() < 2 ? null : Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "workreport-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            // a sliding window of submitted files keeps memory bounded and the output in input order
            int window = Math.max(2, nThreads * 4);
            ArrayDeque<Future<Outcome>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < list.size() || !pending.isEmpty()) {
                while (pool != null && next < list.size() && pending.size() < window) {
                    Inputs.Input in = list.get(next++);
                    pending.add(pool.submit(() -> parse(parser, in)));
                }
                Outcome o;
                if (pool == null) {
                    o = parse(parser, list.get(next++));
                } else {
                    o = get(pending.poll());
                }
                totals.files++;
                if (o.error() != null) {
                    totals.failed++;
                    progress.println(err, "workreport: " + o.error());
                    debug.trace(err, o.cause());
                    exit = Math.max(exit, WorkReportCommand.EXIT_INPUT);
                    try {
                        sink.fail(o.input(), o.error());
                    } catch (IOException | UncheckedIOException e) {
                        progress.println(err, "workreport: cannot write " + sink.name(o.input()) + ": " + why(e));
                        exit = WorkReportCommand.EXIT_OUTPUT;
                        if (sink.single()) {
                            break;
                        }
                    }
                } else {
                    count(o.file(), totals);
                    try {
                        sink.write(o.input(), o.file());
                    } catch (IOException | UncheckedIOException e) {
                        progress.println(err, "workreport: cannot write " + sink.name(o.input()) + ": " + why(e));
                        debug.trace(err, e);
                        exit = WorkReportCommand.EXIT_OUTPUT;
                        if (sink.single()) {
                            break; // one output for all: nothing more can be written
                        }
                    }
                }
                progress.step();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return exit;
    }

    private static Outcome parse(ReportParser parser, Inputs.Input in) {
        if (!in.ok()) {
            return new Outcome(in, null, in.problem(), null);
        }
        try {
            ReportFile f = parser.parseAll(in.path());
            if (f.refusal() != null) {
                // a binary, encrypted or broken file: one error for it, the others go on
                return new Outcome(in, null, "cannot read " + in.path() + ": " + f.refusal(), null);
            }
            return new Outcome(in, f, null, null);
        } catch (IOException e) {
            return new Outcome(in, null, Inputs.reason(in.path(), e), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(in, null, "cannot parse " + in.path() + ": " + e, e);
        }
    }

    private static Outcome get(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parse task failed", e.getCause());
        }
    }

    private static void count(ReportFile f, Totals t) {
        t.reports += f.reports().size();
        t.warnings += f.warnings().size();
        for (Report r : f.reports()) {
            t.targets += r.targets().size();
            t.achievements += r.achievements().size();
            t.warnings += r.warnings().size();
        }
    }


    static String why(Throwable e) {
        if (e instanceof UncheckedIOException u) {
            e = u.getCause();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // ---- where the output goes

    /** Receives parsed files in input order. */
    private interface Sink {
        void write(Inputs.Input in, ReportFile f) throws IOException;

        /** Records an input that could not be parsed, where the format has a place for it (jsonl). */
        default void fail(Inputs.Input in, String error) throws IOException {
        }

        /** Whether all inputs go to one output. */
        boolean single();

        /** The name of the output for an input, for messages. */
        String name(Inputs.Input in);

        default String name() {
            return name(null);
        }

        void close() throws IOException;
    }

    private Sink openSink(PrintWriter stdout) throws IOException {
        JsonWriter json = new JsonWriter(pretty);
        JsonWriter compact = new JsonWriter(false);
        if (format == Format.json && output != null) {
            Files.createDirectories(output);
            if (!Files.isWritable(output)) {
                throw new java.nio.file.AccessDeniedException(output.toString());
            }
            return new Sink() {
                @Override
                public void write(Inputs.Input in, ReportFile f) throws IOException {
                    Path target = output.resolve(in.relative().toString() + ".json").normalize();
                    if (target.getParent() != null) {
                        Files.createDirectories(target.getParent());
                    }
                    Files.writeString(target, json.write(f, noise) + "\n", StandardCharsets.UTF_8);
                }

                @Override
                public boolean single() {
                    return false;
                }

                @Override
                public String name(Inputs.Input in) {
                    return in == null ? output.toString() : output.resolve(in.relative() + ".json").toString();
                }

                @Override
                public void close() {
                }
            };
        }
        Writer w;
        String name;
        if (output == null) {
            w = stdout;
            name = "standard output";
        } else {
            Path file = Files.isDirectory(output) ? output.resolve("workreport." + format) : output;
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            name = file.toString();
        }
        if (format == Format.csv) {
            if (bom) {
                w.write('\uFEFF');
            }
            w.write(CsvWriter.header());
        }
        Writer out = w;
        return new Sink() {
            @Override
            public void write(Inputs.Input in, ReportFile f) throws IOException {
                switch (format) {
                    case csv -> out.write(CsvWriter.rows(f));
                    case jsonl -> out.write(compact.write(f, noise) + "\n");
                    default -> out.write(json.write(f, noise) + "\n");
                }
                if (out instanceof PrintWriter pw && pw.checkError()) {
                    throw new IOException("write failed");
                }
            }

            @Override
            public void fail(Inputs.Input in, String error) throws IOException {
                if (format == Format.jsonl) {
                    // one line per input in jsonl, a failed one too, so that a batch's output accounts for every file
                    out.write(compact.failure(in.path() == null ? null : in.path().toString(), error) + "\n");
                    if (out instanceof PrintWriter pw && pw.checkError()) {
                        throw new IOException("write failed");
                    }
                }
            }

            @Override
            public boolean single() {
                return true;
            }

            @Override
            public String name(Inputs.Input in) {
                return name;
            }

            @Override
            public void close() throws IOException {
                out.flush();
                if (out instanceof PrintWriter pw) {
                    if (pw.checkError()) {
                        throw new IOException("write failed");
                    }
                } else {
                    out.close();
                }
            }
        };
    }
}
