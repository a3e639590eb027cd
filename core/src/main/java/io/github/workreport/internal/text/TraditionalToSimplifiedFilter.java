package io.github.workreport.internal.text;

import io.github.workreport.text.Filtered;
import io.github.workreport.text.OffsetMap;
import io.github.workreport.text.TextFilter;
import java.util.List;

/**
 * Step {@code t2s}: traditional to simplified characters with HanLP's phrase dictionary
 * ({@code 著力} stays, {@code 瞭解 → 了解}).
 *
 * <p>The text is converted run by run, a run being a stretch of Han characters (at most
 * {@value #MAX_RUN} long). A run with no character that the dictionary can change is copied
 * without calling HanLP, and so is a run in which no phrase that the conversion changes occurs
 * ({@code HanLpData.changesAt}: 教育, 检查, 覆盖), which keeps simplified text cheap. When a
 * converted run keeps its length the map stays one for one; otherwise only the differing middle of the run (after the
 * common prefix and suffix) is recorded as a replacement. Conversion is repeated until the run
 * no longer changes (or holds no character the dictionary may change), so the step is idempotent. Immutable and thread-safe.
 */
public final class TraditionalToSimplifiedFilter implements TextFilter {

    static final int MAX_RUN = 256;
    private static final int MAX_ROUNDS = 4;

    @Override
    public String name() {
        return "t2s";
    }

    @Override
    public Filtered apply(String input) {
        int n = input.length();
        StringBuilder out = null;
        OffsetMap.Builder map = null;
        boolean lengthChanged = false;
        int copyFrom = 0;
        int i = 0;
        int[] stretch = new int[1];
        while (i < n) {
            // only runs holding a character the dictionary may change are converted: find the next
            // such character, then the run it belongs to (runs are cut every MAX_RUN characters
            // from the start of their stretch of Han characters; i is always a run boundary)
            int c = nextCandidate(input, i, stretch);
            if (c < 0) {
                break;
            }
            int start = stretch[0]; // where the stretch of Han characters holding c starts (not before i)
            int end = runEnd(input, start);
            while (end <= c) {
                start = end;
                end = runEnd(input, start);
            }
            i = end;
            String run = input.substring(start, i);
            String conv = convert(run);
            if (conv.equals(run)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
                map = OffsetMap.builder();
            }
            out.append(input, copyFrom, start);
            map.copy(start - copyFrom);
            if (conv.length() == run.length()) {
                map.copy(run.length());
            } else {
                lengthChanged = true;
                int p = 0;
                int max = Math.min(run.length(), conv.length());
                while (p < max && run.charAt(p) == conv.charAt(p)) {
                    p++;
                }
                if (p > 0 && Character.isHighSurrogate(run.charAt(p - 1))) {
                    p--;
                }
                int s = 0;
                while (s < max - p && run.charAt(run.length() - 1 - s) == conv.charAt(conv.length() - 1 - s)) {
                    s++;
                }
                if (s > 0 && Character.isLowSurrogate(run.charAt(run.length() - s))) {
                    s--;
                }
                map.copy(p);
                map.replace(run.length() - p - s, conv.length() - p - s);
                map.copy(s);
            }
            out.append(conv);
            copyFrom = i;
        }
        if (out == null) {
            return Filtered.unchanged(input);
        }
        out.append(input, copyFrom, n);
        map.copy(n - copyFrom);
        OffsetMap m = map.build(n);
        return new Filtered(out.toString(), lengthChanged ? m : OffsetMap.identity(n), List.of());
    }

    /**
     * The first Han character at or after {@code from} at which a phrase that the conversion changes
     * occurs ({@link HanLpData#changesAt}), or -1; {@code stretch[0]} is then where the stretch of Han
     * characters holding it starts (not before {@code from}). One bit test per character of the BMP
     * ({@link Candidates}). A run holding no such character is returned unchanged by the conversion.
     */
    private static int nextCandidate(String s, int from, int[] stretch) {
        for (int k = nextMarked(s, from); k >= 0; k = nextMarked(s, k + 1)) {
            char ch = s.charAt(k);
            int cp = Character.isHighSurrogate(ch) ? s.codePointAt(k) : ch;
            if (PinyinAnnotationFilter.isHan(cp) && HanLpData.changesAt(s, k, cp)) {
                stretch[0] = stretchStart(s, from, k);
                return k;
            }
            // the low half of a pair is not in the mask: no need to step past it
        }
        return -1;
    }

    /**
     * The first index at or after {@code from} whose character is in {@link Candidates#MASK}, or -1:
     * a loop that only returns, which the compiler makes far tighter than one that goes on after a call.
     */
    private static int nextMarked(String s, int from) {
        long[] mask = Candidates.MASK;
        for (int k = from, n = s.length(); k < n; k++) {
            char ch = s.charAt(k);
            if ((mask[ch >>> 6] & (1L << ch)) != 0) {
                return k;
            }
        }
        return -1;
    }

    /** Where the stretch of Han characters ending at {@code k} starts, not before {@code from}. */
    private static int stretchStart(String s, int from, int k) {
        int j = k;
        while (j > from) {
            int cp = s.codePointBefore(j);
            if (!PinyinAnnotationFilter.isHan(cp)) {
                break;
            }
            j -= Character.charCount(cp);
        }
        return j;
    }

    /**
     * A bit per UTF-16 unit that {@link #nextCandidate} looks at: the Han characters of the BMP that are
     * the anchor of a phrase the conversion changes ({@link HanLpData#isAnchor}), and every high
     * surrogate (a character beyond the BMP is looked at whole).
     * When the table cannot be read, every Han character, so that the first one reports the failure
     * as before.
     */
    private static final class Candidates {
        static final long[] MASK = new long[1024];

        static {
            boolean table = true;
            for (int c = 0x2E80; c <= 0xFFFF; c++) {
                boolean look = Character.isHighSurrogate((char) c);
                if (!look && PinyinAnnotationFilter.isHan(c)) {
                    try {
                        look = !table || HanLpData.isAnchor(c);
                    } catch (IllegalStateException e) {
                        table = false;
                        look = true;
                    }
                }
                if (look || !table) {
                    MASK[c >>> 6] |= 1L << c;
                }
            }
        }
    }

    /** Whether {@code s} holds a character that the dictionary may change. */
    private static boolean anyMayChange(String s) {
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            if (HanLpData.mayChange(cp)) {
                return true;
            }
            k += Character.charCount(cp);
        }
        return false;
    }

    /** End of the run starting at {@code start}: at the first non-Han character or after MAX_RUN characters. */
    private static int runEnd(String s, int start) {
        int e = start;
        while (e < s.length() && e - start < MAX_RUN) {
            int cp = s.codePointAt(e);
            if (!PinyinAnnotationFilter.isHan(cp)) {
                break;
            }
            e += Character.charCount(cp);
        }
        return e;
    }

    private static String convert(String run) {
        if (!HanLpData.mayConvert(run)) {
            return run; // a phrase that changes found around the candidate, but reaching out of its run
        }
        String cur = run;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = HanLpData.toSimplified(cur);
            if (next == null || next.equals(cur)) {
                return cur;
            }
            if (!anyMayChange(next)) {
                return next; // nothing left that the dictionary may change: another round would return it as is
            }
            cur = next;
        }
        return cur;
    }
}
