package io.github.workreport.cli;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workreport render}: one self-contained HTML page showing what was found where. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Renders a report file as one self-contained HTML page (inline CSS and JavaScript, no network): a "
                + "table of the targets and achievements of each report, then the original text with targets and "
                + "achievements highlighted in different colours, section headings marked and noise greyed. Table "
                + "rows link to their place in the text; a click on a highlight goes back to its row.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input could not be read or parsed", "2:bad usage",
            "3:the output could not be written"})
final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The HTML file to write (default: standard output).")
    Path output;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page title (default: the report's title, "
            + "else the file name).")
    String title;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A report file.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<ReportFile> parsed = debug.parseOne(WorkReportCommand.parserBuilder().explain(true).build(), file, err);
        if (parsed.isEmpty()) {
            return WorkReportCommand.EXIT_INPUT;
        }
        ReportFile rf = parsed.get();
        String t = title;
        if (t == null) {
            t = rf.reports().isEmpty() || rf.reports().get(0).metadata().title() == null
                    ? String.valueOf(file.getFileName()) : rf.reports().get(0).metadata().title();
        }
        String html = HtmlRenderer.render(rf, t);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(html);
            out.flush();
            return out.checkError() ? WorkReportCommand.EXIT_OUTPUT : 0;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("workreport: cannot write " + output + ": " + ParseCommand.why(e));
            debug.trace(err, e);
            return WorkReportCommand.EXIT_OUTPUT;
        }
        return 0;
    }

}
