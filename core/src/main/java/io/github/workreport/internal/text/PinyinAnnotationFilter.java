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
        int n = input.length();
        OffsetMap.Builder map = null;
        StringBuilder out = null;
        List<Noise> noise = null;
        int copyFrom = 0;
        int removedEnd = -1; // end of the last removed annotation
        int removedAnchor = -1; // the code point that annotation followed
        // jump from bracket to bracket (String.indexOf is vectorized) instead of reading every character
        int nextAscii = input.indexOf('(');
        int nextFull = input.indexOf('（');
        int i = 0;
        while (true) {
            if (nextAscii >= 0 && nextAscii < i) {
                nextAscii = input.indexOf('(', i);
            }
            if (nextFull >= 0 && nextFull < i) {
                nextFull = input.indexOf('（', i);
            }
            int open = nextAscii < 0 ? nextFull : nextFull < 0 ? nextAscii : Math.min(nextAscii, nextFull);
            if (open < 0) {
                break;
            }
            int close = closeOf(input, open);
            if (close > 0) {
                int anchor = anchorBefore(input, open, removedEnd, removedAnchor);
                if (isReading(Character.isLetter(anchor) ? anchor : -1, withoutLineBreak(input, open + 1, close))) {
                    if (map == null) {
                        map = OffsetMap.builder();
                        out = new StringBuilder(n);
                        noise = new ArrayList<>();
                    }
                    out.append(input, copyFrom, open);
                    map.copy(open - copyFrom);
                    map.replace(close + 1 - open, 0);
                    noise.add(new Noise(Noise.Kind.PINYIN_ANNOTATION, new Span(open, close + 1), "pinyin reading"));
                    removedEnd = close + 1;
                    removedAnchor = anchor; // the next annotation would follow the same character
                    i = close + 1;
                    copyFrom = i;
                    continue;
                }
            }
            i = open + 1;
        }
        if (map == null) {
            return Filtered.unchanged(input);
        }
        out.append(input, copyFrom, n);
        map.copy(n - copyFrom);
        return new Filtered(out.toString(), map.build(n), noise);
    }

    /**
     * The code point a bracket at {@code open} would annotate: the one before it; the one before a
     * removed annotation it directly follows; or, across one line break, the letter before the
     * break (a reading wrapped onto the next line). -1 at the start of the text.
     */
    private static int anchorBefore(String s, int open, int removedEnd, int removedAnchor) {
        if (open == removedEnd) {
            return removedAnchor;
        }
        if (open == 0) {
            return -1;
        }
        char before = s.charAt(open - 1);
        if (before == '\n' || before == '\f') {
            int k = open - 1;
            int prev = k == removedEnd ? removedAnchor : k == 0 ? -1 : s.codePointBefore(k);
            return Character.isLetter(prev) ? prev : before;
        }
        return s.codePointBefore(open);
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
