package io.github.workreport.cli;

import io.github.workreport.Noise;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.Span;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workreport normalize}: prints the normalized text of a file, and what was set aside. */
@Command(name = "normalize", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Prints the normalized text of a report file: simplified, half-width, pinyin and web chrome removed, "
                + "hard-wrapped lines joined; the text the extractors read.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input could not be read", "2:bad usage",
            "3:the output could not be written"})
final class NormalizeCommand implements Callable<Integer> {

    /** Longest excerpt of a noise stretch in the list, in code points. */
    static final int EXCERPT = 60;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--show-noise", description = "After the text, list every stretch set aside: kind, span in "
            + "the original ([start, end) in UTF-16 units), rule and an excerpt with invisible characters shown.")
    boolean showNoise;

    @Option(names = "--mark-noise", description = "Print the ORIGINAL text instead, each stretch set aside "
            + "wrapped in ⟦kind: …⟧, invisible characters shown as <U+XXXX>.")
    boolean markNoise;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A report file.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ReportFile> parsed = debug.parseOne(ReportParser.builder().discoverReaders().build(), file, err);
        if (parsed.isEmpty()) {
            return WorkReportCommand.EXIT_INPUT;
        }
        ReportFile rf = parsed.get();
        if (markNoise) {
            out.print(marked(rf.original(), rf.noise()));
            out.println();
        } else {
            out.println(rf.normalized().text());
        }
        if (showNoise) {
            out.println(list(rf.original(), rf.noise()));
        }
        out.flush();
        return out.checkError() ? WorkReportCommand.EXIT_OUTPUT : 0;
    }

    /** The noise list, one line per stretch, under a heading with the count. */
    static String list(String original, List<Noise> noise) {
        StringBuilder sb = new StringBuilder();
        int chars = 0;
        int covered = 0; // the union of the spans: nested stretches count once
        for (Noise n : noise) {
            int from = Math.max(covered, n.span().start());
            if (n.span().end() > from) {
                chars += n.span().end() - from;
                covered = n.span().end();
            }
        }
        sb.append("---- set aside: ").append(noise.size()).append(noise.size() == 1 ? " stretch, " : " stretches, ")
                .append(chars).append(" of ").append(original.length()).append(" chars ----");
        for (Noise n : noise) {
            sb.append('\n').append(kind(n.kind())).append(' ').append(n.span()).append(' ')
                    .append(n.detail()).append(": ").append(visible(excerpt(original, n.span())));
        }
        return sb.toString();
    }

    /** The original text with every noise stretch wrapped in ⟦kind: …⟧. */
    static String marked(String original, List<Noise> noise) {
        StringBuilder sb = new StringBuilder(original.length() + noise.size() * 24);
        int pos = 0;
        for (Noise n : noise) {
            Span s = n.span();
            if (s.start() < pos || s.end() > original.length()) {
                continue; // overlapping or out of range: shown once
            }
            sb.append(original, pos, s.start());
            sb.append("⟦").append(kind(n.kind())).append(": ");
            sb.append(visible(original.substring(s.start(), s.end())).replace("⏎", "⏎\n"));
            sb.append("⟧");
            pos = s.end();
        }
        sb.append(original, pos, original.length());
        return sb.toString();
    }

    static String kind(Noise.Kind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    private static String excerpt(String original, Span s) {
        String t = s.end() <= original.length() ? original.substring(s.start(), s.end()) : "";
        if (t.codePointCount(0, t.length()) > EXCERPT) {
            t = t.substring(0, t.offsetByCodePoints(0, EXCERPT)) + "…";
        }
        return t;
    }

    /** Line breaks and tabs as ⏎ ⇥, other control and format characters as {@code <U+XXXX>}. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\n') {
                sb.append('⏎');
            } else if (c == '\r') {
                sb.append("␍");
            } else if (c == '\t') {
                sb.append('⇥');
            } else {
                int t = Character.getType(c);
                if (t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                        || t == Character.PRIVATE_USE || c == 0x3000 || c == 0xA0) {
                    sb.append(String.format(Locale.ROOT, "<U+%04X>", c));
                } else {
                    sb.appendCodePoint(c);
                }
            }
        });
        return sb.toString();
    }
}
