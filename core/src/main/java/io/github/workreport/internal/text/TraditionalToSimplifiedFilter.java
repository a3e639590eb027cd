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
 * without calling HanLP, which keeps simplified text cheap. When a converted run keeps its
 * length the map stays one for one; otherwise only the differing middle of the run (after the
 * common prefix and suffix) is recorded as a replacement. Conversion is repeated until the run
 * no longer changes, so the step is idempotent. Immutable and thread-safe.
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
        while (i < n) {
            int cp = input.codePointAt(i);
            if (!PinyinAnnotationFilter.isHan(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean candidate = false;
            while (i < n && i - start < MAX_RUN) {
                cp = input.codePointAt(i);
                if (!PinyinAnnotationFilter.isHan(cp)) {
                    break;
                }
                candidate |= HanLpData.mayChange(cp);
                i += Character.charCount(cp);
            }
            if (!candidate) {
                continue;
            }
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

    private static String convert(String run) {
        String cur = run;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = HanLpData.toSimplified(cur);
            if (next == null || next.equals(cur)) {
                return cur;
            }
            cur = next;
        }
        return cur;
    }
}
