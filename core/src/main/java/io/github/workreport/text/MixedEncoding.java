package io.github.workreport.text;

import io.github.workreport.Span;
import io.github.workreport.Warning;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Input that is UTF-8 with stretches of GB18030 (GBK) in it, as when a scraper glues files together:
 * decoded line by line, each stretch of lines with its own charset, the text the stretches joined
 * (spans into it as into any decoded text), one {@code mixed-encoding} warning per stretch set apart.
 *
 * <p>A line is UTF-8 when its bytes are valid UTF-8 holding at least {@value #MIN_MULTIBYTE}
 * multi-byte characters (GBK bytes are that only by rare accident), GB18030 when they are not valid
 * UTF-8; ASCII lines and UTF-8 lines with fewer multi-byte characters go with the stretch around
 * them. The input is mixed only when UTF-8 lines hold at least {@value #MIN_UTF8_CHARS} multi-byte
 * characters and a share of the non-ASCII bytes, and other lines hold GB18030: so a GBK file's few
 * accidental UTF-8 lines do not make it mixed. A line feed byte is never part of a multi-byte
 * character in either charset, so lines split both alike.
 */
final class MixedEncoding {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Multi-byte characters a line needs to count as UTF-8. */
    static final int MIN_MULTIBYTE = 3;
    /** Multi-byte characters the UTF-8 lines need in all for the input to count as mixed. */
    static final int MIN_UTF8_CHARS = 20;
    /** Part (1/n) of the non-ASCII bytes the UTF-8 lines need. */
    private static final int MIN_UTF8_PART = 20;
    /** Stretches named one by one in warnings; beyond, one warning counts the rest. */
    private static final int MAX_WARNINGS = 16;

    private enum Kind { NEUTRAL, UTF8, GB }

    private MixedEncoding() {
    }

    /** The decoded text when {@code bytes} mix UTF-8 and GB18030 lines, else null. */
    static DecodedText decode(byte[] bytes) {
        int n = bytes.length;
        // first pass: counts only (nothing is kept for a file that is not mixed, the common case)
        long utf8Chars = 0;
        long utf8Bytes = 0;
        long nonAscii = 0;
        boolean anyGb = false;
        for (int start = 0; start < n; ) {
            int end = lineEnd(bytes, start);
            int high = highBytes(bytes, start, end);
            nonAscii += high;
            Kind k = kind(bytes, start, end, high);
            if (k == Kind.GB) {
                anyGb = true;
            } else if (k == Kind.UTF8) {
                utf8Chars += utf8Multibyte(bytes, start, end);
                utf8Bytes += high;
            }
            start = end;
        }
        if (!anyGb || utf8Chars < MIN_UTF8_CHARS || utf8Bytes * MIN_UTF8_PART < nonAscii) {
            return null;
        }
        // second pass: stretches, runs of lines of one kind; neutral lines join the stretch before them (the first
        // ones the stretch after them)
        List<int[]> stretches = new ArrayList<>(); // {byteStart, byteEnd, kind}
        for (int start = 0; start < n; ) {
            int end = lineEnd(bytes, start);
            Kind k = kind(bytes, start, end, highBytes(bytes, start, end));
            if (k != Kind.NEUTRAL) {
                if (stretches.isEmpty()) {
                    stretches.add(new int[] {0, end, k.ordinal()});
                } else {
                    int[] last = stretches.get(stretches.size() - 1);
                    if (last[2] == k.ordinal()) {
                        last[1] = end;
                    } else {
                        last[1] = start; // the neutral lines since its last line stay with it
                        stretches.add(new int[] {start, end, k.ordinal()});
                    }
                }
            }
            start = end;
        }
        stretches.get(stretches.size() - 1)[1] = n; // trailing neutral lines join the last stretch
        long gbBytes = 0;
        for (int[] st : stretches) {
            gbBytes += st[2] == Kind.GB.ordinal() ? st[1] - st[0] : 0;
        }
        boolean utf8Main = gbBytes * 2 <= n;
        Kind main = utf8Main ? Kind.UTF8 : Kind.GB;
        StringBuilder text = new StringBuilder(n);
        List<Warning> warnings = new ArrayList<>();
        boolean malformed = false;
        int apart = 0;
        for (int[] st : stretches) {
            int from = text.length();
            boolean gb = st[2] == Kind.GB.ordinal();
            Charset cs = gb ? GB18030 : StandardCharsets.UTF_8;
            String part = Decoder.strict(java.util.Arrays.copyOfRange(bytes, st[0], st[1]), cs);
            if (part == null) {
                part = new String(bytes, st[0], st[1] - st[0], cs);
                malformed = true;
            }
            text.append(part);
            if (st[2] != main.ordinal()) {
                apart++;
                if (apart <= MAX_WARNINGS) {
                    warnings.add(new Warning(Decoder.MIXED_ENCODING, "bytes " + st[0] + "–" + st[1] + " are "
                            + (gb ? "GB18030 (GBK)" : "UTF-8") + " in a " + (utf8Main ? "UTF-8" : "GB18030")
                            + " file; decoded as such", new Span(from, text.length())));
                }
            }
        }
        if (apart > MAX_WARNINGS) {
            warnings.add(Warning.of(Decoder.MIXED_ENCODING, (apart - MAX_WARNINGS) + " more stretches are "
                    + (utf8Main ? "GB18030 (GBK)" : "UTF-8") + "; decoded as such"));
        }
        if (malformed) {
            warnings.add(Warning.of("malformed-input", "bytes not valid in their stretch's charset were replaced by U+FFFD"));
        }
        return new DecodedText(text.toString(), utf8Main ? "UTF-8" : "GB18030", warnings);
    }

    /** The end of the line starting at {@code start}: after its line feed, or the end of the input. */
    private static int lineEnd(byte[] b, int start) {
        int end = start;
        while (end < b.length && b[end] != '\n') {
            end++;
        }
        return end < b.length ? end + 1 : end;
    }

    private static int highBytes(byte[] b, int from, int to) {
        int high = 0;
        for (int i = from; i < to; i++) {
            high += b[i] < 0 ? 1 : 0;
        }
        return high;
    }

    /** GB when not valid UTF-8; UTF8 when valid with enough multi-byte characters; else NEUTRAL. */
    private static Kind kind(byte[] b, int from, int to, int high) {
        if (high == 0) {
            return Kind.NEUTRAL;
        }
        int multibyte = utf8Multibyte(b, from, to);
        return multibyte < 0 ? Kind.GB : multibyte >= MIN_MULTIBYTE ? Kind.UTF8 : Kind.NEUTRAL;
    }

    /**
     * The number of multi-byte characters in {@code b[from, to)} when it is valid UTF-8 (a sequence cut
     * by the end of the input counts as invalid), else -1.
     */
    static int utf8Multibyte(byte[] b, int from, int to) {
        int count = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return -1;
            }
            if (i + len > to) {
                return -1;
            }
            int cp = c & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int d = b[i + k] & 0xFF;
                if ((d & 0xC0) != 0x80) {
                    return -1;
                }
                cp = cp << 6 | d & 0x3F;
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return -1;
            }
            count++;
            i += len;
        }
        return count;
    }
}
