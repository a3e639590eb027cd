package io.github.workreport;

import io.github.workreport.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything parsed from one input: the reports it holds (a compilation holds several), its
 * format and the charset it was decoded with, the normalized text, the stretches set aside as
 * noise and, for a PDF, where its pages begin. For plain text and HTML the original is the
 * decoded file; for PDF and Word files it is the text extracted from them.
 *
 * @param source     a name for the input (a path, or {@code "<text>"})
 * @param charset    the charset the bytes were decoded with ({@code UTF-8}, {@code GB18030}), or
 *                   null when text was given or the format has no charset (PDF, Word)
 * @param normalized the original and normalized text, with the offset maps between them
 * @param reports    the reports, in order of appearance
 * @param noise      stretches of the original set aside, sorted by start
 * @param warnings   diagnostics about the file as a whole (decoding, no report found)
 * @param format     the input's format: {@code text}, {@code html}, {@code pdf}, {@code docx},
 *                   {@code doc}, or the name of a binary format that was refused
 * @param pages      where the pages begin in the original (PDF), or {@link Pages#none()}
 */
public record ReportFile(String source, String charset, NormalizedText normalized, List<Report> reports,
        List<Noise> noise, List<Warning> warnings, String format, Pages pages) {

    /** Warning code of an input that was not read at all (a binary format, an encrypted or broken file). */
    public static final String REFUSED = "input-refused";

    public ReportFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pages, "pages");
        reports = List.copyOf(reports);
        noise = List.copyOf(noise);
        warnings = List.copyOf(warnings);
    }

    /** A plain-text file without pages. */
    public ReportFile(String source, String charset, NormalizedText normalized, List<Report> reports,
            List<Noise> noise, List<Warning> warnings) {
        this(source, charset, normalized, reports, noise, warnings, "text", Pages.none());
    }

    /**
     * The 1-based page holding the character at {@code offset} of the original, or 0 when the
     * input has no pages.
     *
     * @throws IllegalArgumentException when {@code offset} is outside the original
     */
    public int pageAt(int offset) {
        if (pages.isEmpty()) {
            if (offset < 0 || offset > original().length()) {
                throw new IllegalArgumentException("offset " + offset + " outside [0, " + original().length() + "]");
            }
            return 0;
        }
        return pages.pageAt(offset);
    }

    /**
     * Why the input was not read (an unsupported binary format, an encrypted or broken file), or
     * null when it was. A refused input has no reports and no figures.
     */
    public String refusal() {
        for (Warning w : warnings) {
            if (w.code().equals(REFUSED)) {
                return w.message();
            }
        }
        return null;
    }

    /** The original decoded input. */
    public String original() {
        return normalized.original();
    }

    /**
     * The input cut into consecutive pieces, each belonging to one report or set aside as noise.
     * The pieces cover the original input exactly, in order, without overlap.
     */
    public List<Piece> partition() {
        List<Piece> out = new ArrayList<>();
        int len = original().length();
        List<Noise> ns = noise;
        int ni = 0;
        int pos = 0;
        int ri = 0;
        while (pos < len) {
            while (ni < ns.size() && ns.get(ni).span().end() <= pos) {
                ni++;
            }
            if (ni < ns.size() && ns.get(ni).span().start() <= pos) {
                Noise n = ns.get(ni);
                out.add(new Piece(new Span(pos, n.span().end()), -1, n.kind()));
                pos = n.span().end();
                continue;
            }
            int next = ni < ns.size() ? ns.get(ni).span().start() : len;
            while (ri + 1 < reports.size() && reports.get(ri + 1).span().start() <= pos) {
                ri++;
            }
            int reportEnd = ri + 1 < reports.size() ? reports.get(ri + 1).span().start() : len;
            int end = Math.min(next, Math.max(reportEnd, pos + 1));
            out.add(new Piece(new Span(pos, end), reports.isEmpty() ? -1 : ri, reports.isEmpty() ? Noise.Kind.OTHER : null));
            pos = end;
        }
        return out;
    }

    /**
     * A piece of the partition.
     *
     * @param span   where it is
     * @param report the index of the report it belongs to, or −1 for noise
     * @param noise  the kind of noise, or null when it belongs to a report
     */
    public record Piece(Span span, int report, Noise.Kind noise) {
    }
}
