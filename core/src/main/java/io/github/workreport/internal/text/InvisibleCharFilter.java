package io.github.workreport.internal.text;

import io.github.workreport.Noise;
import io.github.workreport.Span;
import io.github.workreport.text.Filtered;
import io.github.workreport.text.OffsetMap;
import io.github.workreport.text.TextFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Step {@code invisible}: line endings, invisible characters and escape artefacts.
 *
 * <ul>
 *   <li>CR LF, CR CR LF (any run of CRs before an LF) become one {@code \n} (a replacement,
 *       not noise); a CR not followed by LF becomes {@code \n} one for one;</li>
 *   <li>zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF, U+200E, U+200F, U+00AD)
 *       are removed, each run recorded as {@link Noise.Kind#INVISIBLE};</li>
 *   <li>C0 and C1 control characters (NUL and the others of U+0000 to U+001F but tab, line feed,
 *       form feed and carriage return; U+007F to U+009F) are removed the same way, as
 *       {@link Noise.Kind#INVISIBLE} runs ({@code control character});</li>
 *   <li>literal escapes {@code <U+XXXX>} (4 to 6 hex digits, as written by R) become a single
 *       space, each recorded as {@link Noise.Kind#MARKUP};</li>
 *   <li>U+00A0, U+2007 and U+202F become an ASCII space, one for one.</li>
 * </ul>
 * The form feed U+000C is kept: later steps use it as a page break. Immutable and thread-safe.
 */
public final class InvisibleCharFilter implements TextFilter {

    @Override
    public String name() {
        return "invisible";
    }

    static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u200E' || c == '\u200F' || c == '\u00AD';
    }

    /** A C0 or C1 control character other than tab, line feed, form feed and carriage return. */
    static boolean isControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\f' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }

    /** A character the step removes: zero-width or control. */
    static boolean isRemoved(char c) {
        return isZeroWidth(c) || isControl(c);
    }

    @Override
    public Filtered apply(String input) {
        int n = input.length();
        if (!needsWork(input)) {
            return Filtered.unchanged(input);
        }
        StringBuilder out = new StringBuilder(n);
        OffsetMap.Builder map = OffsetMap.builder();
        List<Noise> noise = new ArrayList<>();
        int copyFrom = 0; // start of the pending one-for-one stretch
        int i = 0;
        while (i < n) {
            char c = input.charAt(i);
            if (c == '\r') {
                int j = i;
                while (j < n && input.charAt(j) == '\r') {
                    j++;
                }
                if (j < n && input.charAt(j) == '\n') {
                    flush(input, copyFrom, i, out, map);
                    out.append('\n');
                    map.replace(j + 1 - i, 1);
                    i = j + 1;
                } else {
                    flush(input, copyFrom, i, out, map);
                    for (int k = i; k < j; k++) {
                        out.append('\n');
                    }
                    map.copy(j - i);
                    i = j;
                }
                copyFrom = i;
            } else if (isRemoved(c)) {
                int j = i;
                boolean control = false;
                while (j < n && isRemoved(input.charAt(j))) {
                    control |= isControl(input.charAt(j));
                    j++;
                }
                flush(input, copyFrom, i, out, map);
                map.replace(j - i, 0);
                noise.add(new Noise(Noise.Kind.INVISIBLE, new Span(i, j),
                        control ? "control character" : "zero-width character"));
                i = j;
                copyFrom = i;
            } else if (c == '<') {
                int end = escapeEnd(input, i);
                if (end > 0) {
                    flush(input, copyFrom, i, out, map);
                    out.append(' ');
                    map.replace(end - i, 1);
                    noise.add(new Noise(Noise.Kind.MARKUP, new Span(i, end), "literal escape " + input.substring(i, end)));
                    i = end;
                    copyFrom = i;
                } else {
                    i++;
                }
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                flush(input, copyFrom, i, out, map);
                out.append(' ');
                map.copy(1);
                i++;
                copyFrom = i;
            } else {
                i++;
            }
        }
        flush(input, copyFrom, n, out, map);
        return new Filtered(out.toString(), map.build(n), noise);
    }

    private static boolean needsWork(String s) {
        long[] work = Work.CHARS;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if ((work[c >>> 6] & (1L << c)) != 0) { // one predictable branch per character
                return true;
            }
        }
        return false;
    }

    /** The characters that make the step do something, as a bit set (8 KB, cache-resident). */
    private static final class Work {
        static final long[] CHARS = new long[(Character.MAX_VALUE + 1) / 64];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                char ch = (char) c;
                if (ch == '\r' || ch == '<' || ch == '\u00A0' || ch == '\u2007' || ch == '\u202F' || isRemoved(ch)) {
                    CHARS[c >>> 6] |= 1L << c;
                }
            }
        }
    }

    private static void flush(String in, int from, int to, StringBuilder out, OffsetMap.Builder map) {
        if (to > from) {
            out.append(in, from, to);
            map.copy(to - from);
        }
    }

    /**
     * End (exclusive) of a literal {@code <U+XXXX>} escape starting at {@code i}, or -1. Zero-width
     * and control characters inside are skipped (and removed with the escape), so that removing
     * them can never form a new escape: the step stays idempotent.
     */
    static int escapeEnd(String s, int i) {
        int n = s.length();
        int j = skip(s, i + 1);
        if (j >= n || s.charAt(j) != 'U') {
            return -1;
        }
        j = skip(s, j + 1);
        if (j >= n || s.charAt(j) != '+') {
            return -1;
        }
        int digits = 0;
        j = skip(s, j + 1);
        while (j < n && digits <= 6 && isHex(s.charAt(j))) {
            digits++;
            j = skip(s, j + 1);
        }
        if (digits < 4 || digits > 6 || j >= n || s.charAt(j) != '>') {
            return -1;
        }
        return j + 1;
    }

    private static int skip(String s, int j) {
        while (j < s.length() && isRemoved(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }
}
