package io.github.workreport.cli;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.output.ItemsCsv;
import io.github.workreport.output.ReportJson;
import io.github.workreport.text.Normalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
            description = "Files parsed at once (default: the number of processors; at most the number of inputs "
                    + "and 4 per processor, at least 8).")
    Integer threads;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Longest input read, in characters (default: 67108864, 64 Mi); a file may have 4 bytes for "
                    + "each. Longer text is set aside with an input-truncated warning; a larger file fails.")
    Integer maxChars;

    @Option(names = "--inputs", paramLabel = "FILE", description = "Also write a CSV table with one row per input "
            + "(file, format, charset, reports, targets, achievements, warnings, warning codes, error), to audit a batch.")
    Path inputsTable;

    @Option(names = "--pretty", description = "json: indent the JSON.")
    boolean pretty;

    @Option(names = "--noise", description = "json, jsonl: also list the stretches set aside as noise.")
    boolean noise;

    @Option(names = "--year", paramLabel = "YEAR", description = "The plan year of reports whose text names none "
            + "(a scraped text that starts with 各位代表); never overrides the text. Each use is a warning.")
    Integer hintYear;

    @Option(names = "--region", paramLabel = "REGION", description = "The region (济南市, 全国) of reports whose text names "
            + "none; never overrides the text. Each use is a warning.")
    String hintRegion;

    @Option(names = "--no-file-name-year", description = "Do not take the plan year of a report whose text names none "
            + "from a year in its file name (national-2013-gwr.txt).")
    boolean noFileNameYear;

    @Option(names = "--no-restore-redactions", description = "Keep masked words as written (X的二十大, 全面从严治X, "
            + "中央XXXX精神) instead of restoring them (党的二十大, …), each restoration with a redaction-restored "
            + "warning.")
    boolean noRestoreRedactions;

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
                    + ".doc, told apart by their content), directories or glob patterns; - for standard input.")
    List<String> inputs;

    /** The parser; null for {@link ReportParser#defaults()} (tests set their own). */
    ReportParser parser;

    /** Standard input, read for the argument {@code -} (tests set their own). */
    java.io.InputStream stdin = System.in;

    /** Files parsed at once at most, whatever {@code --threads} asks: 4 per processor, at least 8. */
    static int maxThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    /** What became of one input. */
    private record Outcome(Inputs.Input input, ReportFile file, String error, Throwable cause) {
    }

    /** The rows of the {@code --inputs} table, in input order; null without the option. */
    private List<InputRows.Row> audit;

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
        if (maxChars != null && maxChars < 1) {
            throw new CommandLine.ParameterException(cl, "--max-chars must be at least 1: " + maxChars);
        }
        boolean custom = maxChars != null || hintYear != null || hintRegion != null || noFileNameYear
                || noRestoreRedactions;
        if (custom && parser == null) {
            try {
                ReportParser.Builder pb = WorkReportCommand.parserBuilder().hint(hintYear, hintRegion)
                        .yearFromFileName(!noFileNameYear);
                if (noRestoreRedactions) {
                    pb.normalizer(Normalizer.builder().restoreRedactions(false).build());
                }
                parser = (maxChars != null ? pb.maxChars(maxChars) : pb).build();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
        }
        if (bom && format != Format.csv) {
            throw new CommandLine.ParameterException(cl, "--bom applies to --format csv only");
        }
        if (pretty && format != Format.json) {
            throw new CommandLine.ParameterException(cl, "--pretty applies to --format json only");
        }
        if (noise && format == Format.csv) {
            throw new CommandLine.ParameterException(cl, "--noise applies to --format json and jsonl only");
        }
        List<Inputs.Input> list;
        try {
            list = Inputs.expand(inputs, glob, note -> err.println("workreport: " + note));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        // no more threads than inputs, nor than a sane maximum (-t 100000 would start 100,000)
        nThreads = Math.min(nThreads, Math.min(Math.max(1, list.size()), maxThreads()));
        long t0 = System.nanoTime();
        Sink sink;
        try {
            targets = targets(list, err);
            sink = openSink(cl.getOut());
        } catch (IOException e) {
            err.println("workreport: cannot write " + output + ": " + why(e));
            debug.trace(err, e);
            return WorkReportCommand.EXIT_OUTPUT;
        }
        Totals totals = new Totals();
        audit = inputsTable == null ? null : new ArrayList<>();
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
        if (audit != null) {
            try {
                InputRows.write(audit, inputsTable);
            } catch (IOException | UncheckedIOException e) {
                err.println("workreport: cannot write " + inputsTable + ": " + why(e));
                exit = WorkReportCommand.EXIT_OUTPUT;
            }
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
        ReportParser parser = this.parser == null ? ReportParser.defaults() : this.parser;
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
                InputRows.Row row = InputRows.of(o.input(), o.file(), o.error()); // the file's counts, once
                if (audit != null) {
                    audit.add(row);
                }
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
                    String problem = null;
                    boolean written = false;
                    try {
                        sink.write(o.input(), o.file());
                        written = true;
                        count(row, totals);
                    } catch (IOException | UncheckedIOException e) {
                        progress.println(err, "workreport: cannot write " + sink.name(o.input()) + ": " + why(e));
                        debug.trace(err, e);
                        exit = WorkReportCommand.EXIT_OUTPUT;
                        if (sink.single()) {
                            break; // one output for all: nothing more can be written
                        }
                    } catch (RuntimeException | VirtualMachineError | LinkageError e) {
                        // the file's record could not be built (out of memory for a huge one): nothing of it was
                        // written; its error record takes its place and the other files are still written
                        problem = "cannot write " + o.input().path() + ": " + e;
                        progress.println(err, "workreport: " + problem);
                        debug.trace(err, e);
                    }
                    if (problem == null) {
                        problem = binaryProblem(o.input(), o.file());
                        if (problem != null) {
                            progress.println(err, "workreport: " + problem);
                        }
                    }
                    if (problem != null) {
                        if (audit != null) {
                            audit.set(audit.size() - 1, row.withError(problem));
                        }
                        totals.failed++;
                        exit = Math.max(exit, WorkReportCommand.EXIT_INPUT);
                        try {
                            sink.writeFailed(o.input(), problem, written);
                        } catch (IOException | UncheckedIOException e) {
                            progress.println(err, "workreport: cannot write " + sink.name(o.input()) + ": " + why(e));
                            exit = WorkReportCommand.EXIT_OUTPUT;
                            if (sink.single()) {
                                break;
                            }
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

    private Outcome parse(ReportParser parser, Inputs.Input in) {
        if (!in.ok()) {
            return new Outcome(in, null, in.problem(), null);
        }
        try {
            ReportFile f = in.stdin() ? parser.parseAll(stdin, "-") : parser.parseAll(in.path());
            if (f.refusal() != null) {
                // a binary, encrypted or broken file: one error for it, the others go on
                return new Outcome(in, null, "cannot read " + in.path() + ": " + f.refusal(), null);
            }
            return new Outcome(in, f, null, null);
        } catch (IOException e) {
            return new Outcome(in, null, Inputs.reason(in.path(), e), e);
        } catch (RuntimeException | VirtualMachineError | LinkageError e) {
            // out of memory, stack overflow, or a class whose initialization ran out of memory before: this file fails
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

    private static void count(InputRows.Row row, Totals t) {
        t.reports += row.reports();
        t.targets += row.targets();
        t.achievements += row.achievements();
        t.warnings += row.warnings();
    }

    /** The error of a file whose content is binary (a PDF, an archive, an image): no figures were read. */
    private static String binaryProblem(Inputs.Input in, ReportFile f) {
        for (io.github.workreport.Warning w : f.warnings()) {
            if (w.code().equals(io.github.workreport.text.Decoder.BINARY_INPUT)) {
                return "cannot parse " + in.path() + ": " + w.message();
            }
        }
        return null;
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
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way (a folder is needed there)";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a file is in the way (not a folder)";
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

        /** Records an input that could not be parsed, where the format has a place for it (jsonl, csv). */
        default void fail(Inputs.Input in, String error) throws IOException {
        }

        /**
         * Records an input that was parsed but could not be written ({@code written} false), or whose content
         * is binary (its document, with the binary-input warning, {@code written} already).
         */
        default void writeFailed(Inputs.Input in, String error, boolean written) throws IOException {
            fail(in, error);
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

    /** The file each input's document goes to under {@code -o DIR} (json). */
    private java.util.Map<Inputs.Input, Path> targets = java.util.Map.of();

    /**
     * The document file of each input under {@code -o DIR}: {@code NAME.json}, and for a later input
     * whose name another already takes (a/x.txt and b/x.txt given side by side) {@code NAME-2.json},
     * {@code NAME-3.json} …, said on standard error, so that no document overwrites another.
     */
    private java.util.Map<Inputs.Input, Path> targets(List<Inputs.Input> inputs, PrintWriter err) {
        if (format != Format.json || output == null) {
            return java.util.Map.of();
        }
        java.util.Map<Inputs.Input, Path> out = new java.util.HashMap<>();
        java.util.Set<Path> taken = new java.util.HashSet<>();
        for (Inputs.Input in : inputs) {
            if (in.relative() == null) {
                continue;
            }
            String base = in.relative().toString();
            Path t = output.resolve(base + ".json").normalize();
            for (int k = 2; !taken.add(t) && k < Integer.MAX_VALUE; k++) {
                t = output.resolve(base + "-" + k + ".json").normalize();
            }
            if (!t.getFileName().toString().equals(Path.of(base).getFileName() + ".json")) {
                err.println("workreport: " + in.path() + " has the name of an earlier input; written to " + t);
            }
            out.put(in, t);
        }
        return out;
    }

    private Sink openSink(PrintWriter stdout) throws IOException {
        ReportJson json = (pretty ? ReportJson.pretty() : ReportJson.compact()).withNoise(noise);
        ReportJson compact = ReportJson.compact().withNoise(noise);
        if (format == Format.json && output != null) {
            Files.createDirectories(output);
            if (!Files.isWritable(output)) {
                throw new java.nio.file.AccessDeniedException(output.toString());
            }
            return new Sink() {
                @Override
                public void write(Inputs.Input in, ReportFile f) throws IOException {
                    // streamed into a temporary file beside the target, moved into place when whole: a document
                    // that fails half-way leaves no half file
                    writeAtomically(target(in), out -> json.write(f, out));
                }

                @Override
                public void writeFailed(Inputs.Input in, String error, boolean written) throws IOException {
                    if (!written) {
                        writeAtomically(target(in), out -> json.writeFailure(in.path() == null ? null
                                : in.path().toString(), error, out));
                    }
                }

                private Path target(Inputs.Input in) {
                    Path t = targets.get(in);
                    return t != null ? t : output.resolve(in.relative().toString() + ".json").normalize();
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
            try (ItemsCsv csv = ItemsCsv.to(w)) {
                csv.writeHeader();
            }
        }
        Writer out = w;
        return new Sink() {
            @Override
            public void write(Inputs.Input in, ReportFile f) throws IOException {
                // one file's record is built whole (in memory up to a threshold, then in a temporary file) and
                // only then copied out: a record that fails half-way is dropped whole, never half a line
                try (SpillBuffer buf = new SpillBuffer()) {
                    switch (format) {
                        case csv -> {
                            Writer cw = new java.io.OutputStreamWriter(buf, StandardCharsets.UTF_8);
                            try (ItemsCsv csv = ItemsCsv.to(cw)) {
                                csv.writeRows(f);
                            }
                            cw.flush();
                        }
                        case jsonl -> {
                            compact.write(f, buf);
                            buf.write('\n');
                        }
                        default -> {
                            json.write(f, buf);
                            buf.write('\n');
                        }
                    }
                    buf.copyTo(out);
                }
                check(out);
            }

            @Override
            public void fail(Inputs.Input in, String error) throws IOException {
                String source = in.path() == null ? null : in.path().toString();
                if (format == Format.jsonl) {
                    // one line per input in jsonl, a failed one too, so that a batch's output accounts for every file
                    out.write(compact.failureJson(source, error) + "\n");
                } else if (format == Format.csv) {
                    try (ItemsCsv csv = ItemsCsv.to(out)) {
                        csv.writeFailure(source, error);
                    }
                }
                check(out);
            }

            @Override
            public void writeFailed(Inputs.Input in, String error, boolean written) throws IOException {
                if (!written || format == Format.csv) {
                    fail(in, error); // a binary input's jsonl line is its document, with the binary-input warning
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

    private static void check(Writer out) throws IOException {
        if (out instanceof PrintWriter pw && pw.checkError()) {
            throw new IOException("write failed");
        }
    }

    /** Writes something to an output stream. */
    private interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} through a temporary file in its folder, moved into place when complete; the
     * temporary file is deleted whatever happens.
     */
    private static void writeAtomically(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            try (java.io.OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 64 * 1024)) {
                content.writeTo(os);
                os.write('\n');
            }
            try {
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
