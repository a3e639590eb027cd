package io.github.workreport.cli;

import io.github.workreport.Noise;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workreport normalize}: prints the normalized text of a file. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Prints the normalized text of a report file.")
final class NormalizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--show-noise", description = "After the text, list what was set aside, with original spans.")
    boolean showNoise;

    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReportFile rf;
        try {
            rf = ReportParser.builder().build().parseAll(file);
        } catch (IOException e) {
            spec.commandLine().getErr().println("workreport: cannot read " + file + ": " + e.getMessage());
            return WorkReportCommand.EXIT_INPUT;
        }
        out.println(rf.normalized().text());
        if (showNoise) {
            out.println("---- set aside ----");
            for (Noise n : rf.noise()) {
                String s = n.span().of(rf.original()).replace("\n", "⏎");
                if (s.length() > 80) {
                    s = s.substring(0, 80) + "…";
                }
                out.println(n.kind() + " " + n.span() + " " + n.detail() + ": " + s);
            }
        }
        out.flush();
        return 0;
    }
}
