package io.github.workreport.internal.text;

import io.github.workreport.Noise;
import io.github.workreport.Span;
import io.github.workreport.text.Filtered;
import io.github.workreport.text.OffsetMap;
import io.github.workreport.text.TextFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Step {@code pinyin}: removes pinyin readings inserted after characters, as in
 * {@code 經(jīng)濟(jì)} → {@code 經濟}. A bracket ({@code (…)} or {@code （…）}) is removed only when it
 * directly follows a Han character and holds one pinyin syllable (tone marks, a tone digit, or
 * bare) that is a reading of that character in HanLP's pinyin dictionary, looked up as is and
 * via its simplified form. Brackets such as {@code (GDP)}, {@code (R&D)}, {@code (一)} or
 * {@code (草案)} stay. Each removal is recorded as {@link Noise.Kind#PINYIN_ANNOTATION}.
 *
 * <p>A syllable written with a tone mark ({@code (xiàn)}) that is a valid pinyin syllable is also
 * removed after a character it is not a reading of, or after a Latin letter: sources with inserted
 * readings often garble a character before one, and tone marks do not occur otherwise in report
 * text.
 *
 * <p>A second annotation directly after a removed one is checked against the same character, so
 * the step is idempotent. Immutable and thread-safe; the dictionary is loaded on first use.
 */
public final class PinyinAnnotationFilter implements TextFilter {

    @Override
    public String name() {
        return "pinyin";
    }

    @Override
    public Filtered apply(String input) {
        int n = input.length();
        OffsetMap.Builder map = null;
        StringBuilder out = null;
        List<Noise> noise = null;
        int copyFrom = 0;
        int anchor = -1; // code point of the Han character an annotation at i would follow
        int i = 0;
        while (i < n) {
            char c = input.charAt(i);
            if ((c == '(' || c == '（') && anchor >= 0) {
                int close = closeOf(input, i);
                if (close > 0 && isReading(anchor, input.subSequence(i + 1, close))) {
                    if (map == null) {
                        map = OffsetMap.builder();
                        out = new StringBuilder(n);
                        noise = new ArrayList<>();
                    }
                    out.append(input, copyFrom, i);
                    map.copy(i - copyFrom);
                    map.replace(close + 1 - i, 0);
                    noise.add(new Noise(Noise.Kind.PINYIN_ANNOTATION, new Span(i, close + 1), "pinyin reading"));
                    i = close + 1;
                    copyFrom = i;
                    continue; // anchor stays: the next annotation would follow the same character
                }
            }
            int cp = input.codePointAt(i);
            anchor = Character.isLetter(cp) ? cp : -1;
            i += Character.charCount(cp);
        }
        if (map == null) {
            return Filtered.unchanged(input);
        }
        out.append(input, copyFrom, n);
        map.copy(n - copyFrom);
        return new Filtered(out.toString(), map.build(n), noise);
    }

    /** Offset of the bracket closing the one at {@code open}, within a syllable's length, or -1. */
    private static int closeOf(String s, int open) {
        int limit = Math.min(s.length(), open + 2 + PinyinSyllable.MAX_LENGTH);
        for (int j = open + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == ')' || c == '）') {
                return j > open + 1 ? j : -1;
            }
            if (c == '(' || c == '（' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isReading(int anchor, CharSequence content) {
        String syllable = PinyinSyllable.toneless(content);
        if (syllable == null) {
            return false;
        }
        if (isHan(anchor) && HanLpData.readings(anchor).contains(syllable)) {
            return true;
        }
        // a tone mark is unmistakable: keep removing after characters garbled in the source
        return PinyinSyllable.hasToneMark(content) && HanLpData.isSyllable(syllable);
    }

    static boolean isHan(int cp) {
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
