package io.github.workreport.internal.structure;

import io.github.workreport.Enumeration;
import io.github.workreport.Warning;
import io.github.workreport.text.NormalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds 一是/二是 enumerations inside paragraphs. Linear in the text. */
final class Enumerations {

    final List<Enumeration> items = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();

    private Enumerations() {
    }

    /** What a character that may begin an item stands for: 1 … 10 for 一 … 十, {@link #SHI} for 是, else 0; indexed from 一 (U+4E00). */
    private static final byte[] STARTS = new byte['\u9FFF' - '一' + 1];
    private static final byte SHI = 11;

    static {
        String ordinals = "一二三四五六七八九十";
        for (int k = 0; k < ordinals.length(); k++) {
            STARTS[ordinals.charAt(k) - '一'] = (byte) (k + 1);
        }
        STARTS['是' - '一'] = SHI;
    }

    /** Whether an item may start at {@code i}: at the line's start or right after 。;；:：!！. */
    private static boolean atBoundary(String text, int i, int lineStart) {
        return i == lineStart || isBoundary(text.charAt(i - 1));
    }

    /** Whether an item may start right after {@code c}: 。;；:：!！. */
    private static boolean isBoundary(char c) {
        return c == '。' || c == '；' || c == '：' || c == '！' || c == ';' || c == ':' || c == '!';
    }

    private static String ordinal(int v) {
        String digits = "一二三四五六七八九";
        if (v >= 1 && v <= 9) {
            return String.valueOf(digits.charAt(v - 1));
        }
        if (v >= 10 && v <= 19) {
            return "十" + (v == 10 ? "" : String.valueOf(digits.charAt(v - 11)));
        }
        return String.valueOf(v);
    }

    /**
     * The offsets of every 是 in the text, in order: found once per file with String.indexOf
     * (vectorized) and shared by its reports, so that a report without a 是 does not scan the
     * rest of the file looking for one (which made many small reports quadratic).
     */
    static int[] shiOffsets(String text) {
        int[] at = new int[16];
        int n = 0;
        for (int i = text.indexOf('是'); i >= 0; i = text.indexOf('是', i + 1)) {
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
            }
            at[n++] = i;
        }
        return Arrays.copyOf(at, n);
    }

    /**
     * The enumerations of lines [fromLine, toLine); {@code shi} is {@link #shiOffsets} of the
     * whole text. Every item holds a 是 (二是…, or a 是 whose ordinal was lost), so only those
     * offsets are visited, with one cursor for all lines.
     */
    static Enumerations find(NormalizedText nt, List<Line> lines, int fromLine, int toLine, int[] shi) {
        Enumerations e = new Enumerations();
        String text = nt.text();
        int expected = 1; // the next ordinal, carried across the paragraphs of a section
        int count = 0;
        int k0 = fromLine < toLine ? Arrays.binarySearch(shi, lines.get(fromLine).start()) : shi.length;
        int k = k0 >= 0 ? k0 : -k0 - 1; // index of the first 是 at or after the range's start
        for (int li = fromLine; li < toLine; li++) {
            Line l = lines.get(li);
            if (l.isBlank()) {
                continue;
            }
            if (HeadingParser.parse(text, l, List.of()) != null) {
                expected = 1; // a new section starts a new enumeration; its run-on text may hold items
                count = 0;
            }
            List<int[]> starts = null; // {start, ordinalEnd}
            int from = l.contentStart();
            int to = l.contentEnd();
            while (k < shi.length && shi[k] < from) {
                k++;
            }
            for (; k < shi.length && shi[k] < to; k++) {
                int i = shi[k] - 1; // an ordinal before the 是: 二是
                char c = i >= from ? text.charAt(i) : 0;
                int v = c < '一' || c > '\u9FFF' ? 0 : STARTS[c - '一'];
                if (v >= 1 && v != SHI && v == expected && atBoundary(text, i, from)) {
                    if (starts == null) {
                        starts = new ArrayList<>();
                    }
                    starts.add(new int[] {i, i + 2});
                    expected++;
                    count++;
                    continue;
                }
                i = shi[k]; // a 是 opening a sentence where an ordinal was expected
                if (i + 1 < to && atBoundary(text, i, from)
                        && (i == from ? count >= 1 : count >= 2 && text.charAt(i - 1) == '。')) {
                    // 是积极扩大开放 where 四是 was expected: the ordinal was lost
                    e.warnings.add(new Warning("enumeration-ordinal-missing", "a sentence starts with 是 where "
                            + ordinal(expected) + "是 was expected", nt.toOriginal(i, Math.min(i + 10, to))));
                    if (starts == null) {
                        starts = new ArrayList<>();
                    }
                    starts.add(new int[] {i, i + 1});
                    expected++;
                    count++;
                }
            }
            for (int j = 0; starts != null && j < starts.size(); j++) {
                int s = starts.get(j)[0];
                int end = j + 1 < starts.size() ? starts.get(j + 1)[0] : l.contentEnd();
                String ord = text.substring(s, starts.get(j)[1]);
                e.items.add(new Enumeration(ord, text.substring(s, end), nt.toOriginal(s, end)));
            }
        }
        return e;
    }
}
