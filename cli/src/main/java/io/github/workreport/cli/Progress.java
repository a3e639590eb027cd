package io.github.workreport.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error, or nothing when standard error is not a terminal. */
interface Progress extends AutoCloseable {

    /** One more file done. */
    void step();

    /** Prints a line on standard error without garbling the bar. */
    void println(java.io.PrintWriter err, String line);

    @Override
    void close();

    /** Does nothing. */
    Progress NONE = new Progress() {
        @Override
        public void step() {
        }

        @Override
        public void println(java.io.PrintWriter err, String line) {
            err.println(line);
        }

        @Override
        public void close() {
        }
    };

    /** A bar over {@code total} files on {@code err}. */
    static Progress bar(long total, PrintStream err) {
        ProgressBar pb = new ProgressBarBuilder()
                .setTaskName("parse")
                .setUnit(" files", 1)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed(new java.text.DecimalFormat("0.0")) // 0.7 files/s, not 0 files/s
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
        return new Progress() {
            @Override
            public void step() {
                pb.step();
            }

            @Override
            public void println(java.io.PrintWriter e, String line) {
                // clear the bar's line; it is redrawn at its next refresh
                e.print("\r\033[K");
                e.println(line);
            }

            @Override
            public void close() {
                pb.close();
            }
        };
    }

    /**
     * Whether standard error is a terminal. On Linux, file descriptor 2 links to a tty or pts
     * device; elsewhere, the JVM's console (stdin and stdout interactive) stands in for it.
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }
}
