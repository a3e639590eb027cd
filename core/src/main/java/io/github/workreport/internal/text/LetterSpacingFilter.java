package io.github.workreport.internal.text;

import io.github.workreport.text.Filtered;
import io.github.workreport.text.OffsetMap;
import io.github.workreport.text.TextFilter;
import java.util.List;

/**
 * Step {@code spacing}: letter-spaced text joined. Text extracted from PDFs often has every
 * character followed by one or two spaces ({@code 同  比  增  长  3.6%}) or justified lines with
 * spaced runs ({@code 天 津 市 十 八 届 人 大}); words and figures read from it would be split.
 *
 * <p>A <em>letter gap</em> is a run of one to three spaces or tabs inside a line. A line is
 * <em>letter-spaced</em> when it holds a chain of at least three letter gaps each between two
 * single glyphs (an ideograph or a punctuation mark), with at least three ideographs in the
 * chain: ordinary text almost never spaces four characters in a row. In a letter-spaced line
 * every letter gap beside a glyph is removed (gaps between two letters or digits, such as
 * {@code PM 2.5}, stay). When most lines of a document are letter-spaced (at least 5 lines and
 * 40% of the lines holding four ideographs or more), the document is: then every line's letter
 * gaps beside a glyph are removed, which joins short lines such as {@code 财  政  局} too.
 * Wider gaps (table columns) are never touched.
 *
 * <p>The removed spaces are layout, not noise: they are deleted in the offset map like the line
 * breaks the unwrap step joins. Idempotent: a joined line holds no letter gap beside a glyph, so
 * a second pass finds nothing to do. Linear in the input. Immutable and thread-safe.
 */
public final class LetterSpacingFilter implements TextFilter {

    /** Widest run of spaces still read as letter spacing. */
    static final int MAX_GAP = 3;
    /** Letter gaps in a row between single glyphs that make a line letter-spaced. */
    static final int MIN_CHAIN = 3;
    private static final int MIN_DOC_LINES = 5;
    private static final double DOC_SHARE = 0.4;

    @Override
    public String name() {
        return "spacing";
    }

    @Override
    public Filtered apply(String input) {
        int n = input.length();
        if (!mayHoldGaps(input)) {
            return Filtered.unchanged(input);
        }
        boolean document = documentSpaced(input);
        StringBuilder out = null;
        OffsetMap.Builder map = null;
        int copied = 0; // input consumed into out
        int ls = 0;
        while (ls < n) {
            int le = lineEnd(input, ls);
            if (document || spacedLine(input, ls, le)) {
                for (int i = ls; i < le; ) {
                    int g = gapEnd(input, i, le);
                    if (g > i && removable(input, i, g, ls, le)) {
                        if (out == null) {
                            out = new StringBuilder(n);
                            map = OffsetMap.builder();
                        }
                        out.append(input, copied, i);
                        map.copy(i - copied);
                        map.replace(g - i, 0);
                        copied = g;
                    }
                    i = Math.max(g, i + 1);
                }
            }
            ls = le + 1;
        }
        if (out == null) {
            return Filtered.unchanged(input);
        }
        out.append(input, copied, n);
        map.copy(n - copied);
        return new Filtered(out.toString(), map.build(n), List.of());
    }

    /** Whether any ideograph is followed by a space: a cheap no for most texts. */
    private static boolean mayHoldGaps(String s) {
        for (int i = 0, n = s.length() - 1; i < n; i++) {
            if (isSpace(s.charAt(i + 1)) && Character.isIdeographic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int lineEnd(String s, int from) {
        int i = s.indexOf('\n', from);
        return i < 0 ? s.length() : i;
    }

    /** End of the letter gap starting at {@code i}, or {@code i} when none starts there. */
    private static int gapEnd(String s, int i, int le) {
        if (i == 0 || !isSpace(s.charAt(i)) || isSpace(s.charAt(i - 1))) {
            return i;
        }
        int j = i;
        while (j < le && isSpace(s.charAt(j))) {
            j++;
        }
        return j - i <= MAX_GAP ? j : i;
    }

    /** A letter gap strictly inside the line, with a glyph on at least one side. */
    private static boolean removable(String s, int gs, int ge, int ls, int le) {
        if (gs <= ls || ge >= le) {
            return false; // indentation and trailing spaces are the unwrap step's business
        }
        return isGlyph(s.charAt(gs - 1)) || isGlyph(s.charAt(ge));
    }

    /** Whether the line holds a chain of letter gaps between single glyphs (see the class comment). */
    static boolean spacedLine(String s, int ls, int le) {
        int chain = 0;
        int ideographs = 0;
        int i = ls;
        while (i < le) {
            int g = gapEnd(s, i, le);
            if (g == i || g >= le || i == ls) {
                i++;
                continue;
            }
            // a gap [i, g) after the glyph at i-1: it links when that glyph stands alone (a gap or
            // the line start before it) and the character after the gap is a glyph
            boolean single = i - 1 == ls || isSpace(s.charAt(i - 2));
            if (single && isGlyph(s.charAt(i - 1)) && isGlyph(s.charAt(g))) {
                if (chain == 0) {
                    ideographs = Character.isIdeographic(s.charAt(i - 1)) ? 1 : 0;
                }
                chain++;
                ideographs += Character.isIdeographic(s.charAt(g)) ? 1 : 0;
                boolean nextSingle = g + 1 >= le || isSpace(s.charAt(g + 1));
                if (chain >= MIN_CHAIN && ideographs >= 3 && nextSingle) {
                    return true;
                }
                if (!nextSingle) {
                    chain = 0;
                }
            } else {
                chain = 0;
            }
            i = g;
        }
        return false;
    }

    /** Whether most lines with text are letter-spaced. */
    private static boolean documentSpaced(String s) {
        int lines = 0;
        int spaced = 0;
        int n = s.length();
        for (int ls = 0; ls < n; ) {
            int le = lineEnd(s, ls);
            int ideographs = 0;
            for (int i = ls; i < le && ideographs < 4; i++) {
                ideographs += Character.isIdeographic(s.charAt(i)) ? 1 : 0;
            }
            if (ideographs >= 4) {
                lines++;
                spaced += spacedLine(s, ls, le) ? 1 : 0;
            }
            ls = le + 1;
        }
        return spaced >= MIN_DOC_LINES && spaced >= DOC_SHARE * lines;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** An ideograph or a punctuation mark: a character letter spacing separates. */
    static boolean isGlyph(char c) {
        if (Character.isIdeographic(c)) {
            return true;
        }
        if (c < 128) {
            return ",.;:!?()%、".indexOf(c) >= 0;
        }
        int t = Character.getType(c);
        return t == Character.OTHER_PUNCTUATION || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.DASH_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
