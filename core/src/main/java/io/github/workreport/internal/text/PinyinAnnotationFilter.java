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
 * <p>A bracket holding a syllable written with a tone mark ({@code (xiàn)}) that is a valid pinyin
 * syllable is removed wherever it stands: sources with inserted readings often garble the
 * character before one, and tone marks do not occur otherwise in report text. Bare and
 * digit-toned syllables ({@code (qu)}, {@code (jing1)}) must be a reading of the character before.
 *
 * <p>A line break may fall inside the reading ({@code (jī\nng)}, removed with it) or between the
 * character and the reading ({@code 經\n(jīng)}: the reading is removed, the break stays), as hard
 * wraps of PDF text do; otherwise the unwrap step could create an annotation that this step
 * would only remove on a second run.
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
        if (input.indexOf('(') < 0 && input.indexOf('（') < 0) {
            return Filtered.unchanged(input); // every annotation opens a bracket (String.indexOf is vectorized)
        }
        int n = input.length();
        OffsetMap.Builder map = null;
        StringBuilder out = null;
        List<Noise> noise = null;
        int copyFrom = 0;
        int anchor = -1; // code point an annotation at i would follow (it counts only when a letter)
        int i = 0;
        while (i < n) {
            char c = input.charAt(i);
            if (c == '(' || c == '（') {
                int close = closeOf(input, i);
                if (close > 0 && isReading(Character.isLetter(anchor) ? anchor : -1, withoutLineBreak(input, i + 1, close))) {
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
            if ((c == '\n' || c == '\f') && Character.isLetter(anchor) && i + 1 < n && (input.charAt(i + 1) == '(' || input.charAt(i + 1) == '（')) {
                i++; // a reading wrapped onto the next line still follows the character
                continue;
            }
            anchor = cp;
            i += Character.charCount(cp);
        }
        if (map == null) {
            return Filtered.unchanged(input);
        }
        out.append(input, copyFrom, n);
        map.copy(n - copyFrom);
        return new Filtered(out.toString(), map.build(n), noise);
    }

    /**
     * Offset of the bracket closing the one at {@code open}, within a syllable's length (plus one
     * line break, as a hard wrap may fall inside a reading), or -1.
     */
    private static int closeOf(String s, int open) {
        int limit = Math.min(s.length(), open + 3 + PinyinSyllable.MAX_LENGTH);
        int breaks = 0;
        for (int j = open + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == ')' || c == '）') {
                return j > open + 1 ? j : -1;
            }
            if ((c == '\n' || c == '\f') && ++breaks > 1 || c == '(' || c == '（') {
                return -1;
            }
        }
        return -1;
    }

    private static CharSequence withoutLineBreak(String s, int from, int to) {
        int nl = from;
        while (nl < to && s.charAt(nl) != '\n' && s.charAt(nl) != '\f') {
            nl++;
        }
        if (nl >= to) {
            return s.subSequence(from, to);
        }
        return s.substring(from, nl) + s.substring(nl + 1, to);
    }

    private static boolean isReading(int anchor, CharSequence content) {
        String syllable = PinyinSyllable.toneless(content);
        if (syllable == null) {
            return false;
        }
        if (anchor >= 0 && isHan(anchor) && HanLpData.readings(anchor).contains(syllable)) {
            return true;
        }
        // a tone mark is unmistakable: remove it wherever it stands (after a character garbled in
        // the source, or after a line that a later step removes)
        return PinyinSyllable.hasToneMark(content) && HanLpData.isSyllable(syllable);
    }

    static boolean isHan(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true; // CJK Unified Ideographs: the common case, without the script table search
        }
        if (cp >= 0x3000 && cp < 0x3400) {
            // CJK punctuation, kana, bopomofo, enclosed forms: Han only for 々 〇 〡-〩 〸-〻
            return cp == 0x3005 || cp == 0x3007 || (cp >= 0x3021 && cp <= 0x3029) || (cp >= 0x3038 && cp <= 0x303B);
        }
        if (cp >= 0xFF00 && cp <= 0xFFEF) {
            return false; // half- and full-width forms
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
