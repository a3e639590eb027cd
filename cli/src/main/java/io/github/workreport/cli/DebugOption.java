package io.github.workreport.cli;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --debug}: stack traces with error messages. */
final class DebugOption {
    @Option(names = "--debug", description = "Print stack traces with error messages.")
    boolean debug;

    /** Prints the stack trace of {@code e} when {@code --debug} is on. */
    void trace(PrintWriter err, Throwable e) {
        if (debug && e != null) {
            e.printStackTrace(err);
        }
    }

    /**
     * Parses one file for a single-file command; a file that cannot be read or parsed is reported
     * in one line naming it (with the trace under {@code --debug}) and gives an empty result.
     */
    Optional<ReportFile> parseOne(ReportParser parser, Path file, PrintWriter err) {
        try {
            ReportFile f = parser.parseAll(file);
            if (f.refusal() != null) {
                err.println("workreport: cannot read " + file + ": " + f.refusal());
                return Optional.empty();
            }
            return Optional.of(f);
        } catch (IOException e) {
            err.println("workreport: " + Inputs.reason(file, e));
            trace(err, e);
        } catch (RuntimeException e) {
            err.println("workreport: cannot parse " + file + ": " + e);
            trace(err, e);
        }
        return Optional.empty();
    }
}
