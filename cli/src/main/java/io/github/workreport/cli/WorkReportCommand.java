package io.github.workreport.cli;

import io.github.workreport.ReportParser;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code workreport} command.
 *
 * <p>Exit codes: 0 success; 1 an input could not be read or parsed; 2 bad usage;
 * 3 an output could not be written.
 */
@Command(name = "workreport", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns Chinese government work reports, plan and budget reports into structured data.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an input could not be read or parsed (the others are still processed)",
            "2:bad usage (unknown option, missing argument, invalid value)",
            "3:an output could not be written"},
        footer = {"", "Run 'workreport help COMMAND' for a command's options. Documentation: docs/cli.md."})
public final class WorkReportCommand implements Runnable {

    static final int EXIT_INPUT = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_OUTPUT = 3;

    /**
     * The subcommands, in the order the help lists them. They are added to the command line when it is built
     * ({@link #commandLine}), not named in the annotation, so that a run builds the picocli model of the one
     * it runs only: reading the options of seven command classes by reflection is a tenth of a second of every
     * start (docs/performance.md#cold-start-issue-18).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("parse", ParseCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("normalize", NormalizeCommand::new);
        m.put("render", RenderCommand::new);
        m.put("panel", PanelCommand::new);
        m.put("evaluate", EvaluateCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is needed: parse, explain, normalize, render, panel, evaluate");
    }

    /** Runs the command line. */
    public static void main(String[] args) {
        // standard output is buffered (large CSV and JSON Lines outputs) and flushed before exit
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new EndsOnClosedPipe(new FileOutputStream(FileDescriptor.out)), StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(ex -> EXIT_USAGE);
        cl.setParameterExceptionHandler((ex, arguments) -> {
            // a usage error is one line and where to look, not the whole help (Unix manners)
            String command = qualifiedName(ex.getCommandLine());
            PrintWriter e = ex.getCommandLine().getErr();
            e.println(command + ": " + ex.getMessage());
            e.println("Try '" + command + " --help' for more information.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("workreport: " + ex);
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            return EXIT_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line for {@code args}: with only the subcommand they name ({@code parse …}); with none for
     * {@code --version} alone; with all of them otherwise (the top help, {@code help COMMAND}, an unknown
     * command, whose message lists them). What a run prints is the same either way.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new WorkReportCommand());
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return cl;
        }
        Supplier<Object> one = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        if (one != null) {
            cl.addSubcommand(args[0], one.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        return cl;
    }

    /**
     * Standard output that ends the program quietly with status 0 when its reader has gone
     * ({@code workreport parse … | head}): what a Unix tool does on a broken pipe, instead of
     * reporting a write error for output nobody reads.
     */
    static final class EndsOnClosedPipe extends java.io.FilterOutputStream {

        EndsOnClosedPipe(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            try {
                out.write(b, off, len);
            } catch (java.io.IOException e) {
                endIfPipeClosed(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws java.io.IOException {
            try {
                out.flush();
            } catch (java.io.IOException e) {
                endIfPipeClosed(e);
                throw e;
            }
        }

        private static void endIfPipeClosed(java.io.IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Broken pipe") || m.contains("EPIPE")) {
                System.err.flush();
                Runtime.getRuntime().halt(0); // the reader has all it wanted
            }
        }
    }

    /** {@code workreport parse} for the parse subcommand: the names from the top command down. */
    static String qualifiedName(CommandLine cl) {
        String name = cl.getCommandName();
        for (CommandLine p = cl.getParent(); p != null; p = p.getParent()) {
            name = p.getCommandName() + " " + name;
        }
        return name;
    }

    /** A parser builder set up as {@link ReportParser#defaults()} is: discovered extractors and format readers. */
    static ReportParser.Builder parserBuilder() {
        return ReportParser.builder().discoverExtractors().discoverReaders();
    }
}
