package io.github.workreport.cli;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workreport parse}: prints the JSON of the extraction spec for each input. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parses report files and prints one JSON document per file (the extraction spec's format).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an input could not be read", "2:bad usage", "3:an output could not be written"})
final class ParseCommand implements Callable<Integer> {

    enum Format { json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write one <file name>.json per input into DIR instead of printing.")
    Path outputDir;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = "--noise", description = "Also list the stretches set aside as noise.")
    boolean noise;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (UTF-8, GBK/GB18030, Big5, UTF-16).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportParser parser = ReportParser.defaults();
        JsonWriter writer = new JsonWriter(pretty);
        int exit = 0;
        if (outputDir != null) {
            try {
                Files.createDirectories(outputDir);
            } catch (IOException e) {
                err.println("workreport: cannot create output folder " + outputDir + ": " + e.getMessage());
                return WorkReportCommand.EXIT_OUTPUT;
            }
        }
        for (Path f : files) {
            ReportFile rf;
            try {
                rf = parser.parseAll(f);
            } catch (IOException | RuntimeException e) {
                err.println("workreport: cannot read " + f + ": " + e.getMessage());
                exit = Math.max(exit, WorkReportCommand.EXIT_INPUT);
                continue;
            }
            String json = writer.write(rf, noise);
            if (outputDir == null) {
                out.println(json);
            } else {
                Path target = outputDir.resolve(f.getFileName() + ".json");
                try {
                    Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println("workreport: cannot write " + target + ": " + e.getMessage());
                    exit = WorkReportCommand.EXIT_OUTPUT;
                }
            }
        }
        out.flush();
        return exit;
    }
}
