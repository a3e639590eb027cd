package io.github.workreport.cli;

import java.io.PrintWriter;
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
        subcommands = {ParseCommand.class, NormalizeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an input could not be read", "2:bad usage", "3:an output could not be written"})
public final class WorkReportCommand implements Runnable {

    static final int EXIT_INPUT = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_OUTPUT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: parse, normalize");
    }

    /** Runs the command line. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new WorkReportCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(ex -> EXIT_USAGE);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("workreport: " + ex.getMessage());
            return EXIT_INPUT;
        });
        return cl.execute(args);
    }
}
