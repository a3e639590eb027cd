package io.github.workreport.internal.text;

import com.ibm.icu.text.Transliterator;
import io.github.workreport.text.Filtered;
import io.github.workreport.text.OffsetMap;
import io.github.workreport.text.TextFilter;

/**
 * Step {@code width}: full-width ASCII forms U+FF01–U+FF5E (letters, digits, symbols and the
 * full-width punctuation {@code ，：；（）！？}) and the ideographic space U+3000 become their
 * half-width forms, one for one, so the map is the identity.
 *
 * <p>CJK punctuation outside that block ({@code 。、「」“”《》【】}), circled numbers ({@code ①}) and
 * unit signs ({@code ㎡}) are left alone: an unfiltered ICU {@code Fullwidth-Halfwidth} would turn
 * {@code 。} into a half-width katakana-range form, and NFKC would turn {@code ①} into {@code 1}.
 * The table is computed once from ICU's transform restricted to that set, lazily, and checked
 * to be one for one. Immutable and thread-safe.
 */
public final class WidthFilter implements TextFilter {

    private static final char FIRST = '\uFF01';
    private static final char LAST = '\uFF5E';

    @Override
    public String name() {
        return "width";
    }

    /** The half-width form of {@code c}, or {@code c} itself. */
    static char fold(char c) {
        if (c >= FIRST && c <= LAST) {
            return Table.TABLE[c - FIRST];
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }

    @Override
    public Filtered apply(String input) {
        int n = input.length();
        int i = 0;
        while (i < n && fold(input.charAt(i)) == input.charAt(i)) {
            i++;
        }
        if (i == n) {
            return Filtered.unchanged(input);
        }
        char[] cs = input.toCharArray();
        for (; i < n; i++) {
            cs[i] = fold(cs[i]);
        }
        return new Filtered(new String(cs), OffsetMap.identity(n), java.util.List.of());
    }

    /** Lazily built table, holder idiom. */
    private static final class Table {
        static final char[] TABLE = build();

        private static char[] build() {
            char[] t = new char[LAST - FIRST + 1];
            Transliterator icu = null;
            try {
                icu = Transliterator.getInstance("[\\uFF01-\\uFF5E] Fullwidth-Halfwidth");
            } catch (RuntimeException e) {
                // fall through to the arithmetic mapping, which is what ICU does for this block
            }
            for (char c = FIRST; c <= LAST; c++) {
                char h = (char) (c - 0xFEE0);
                if (icu != null) {
                    String s = icu.transliterate(String.valueOf(c));
                    if (s.length() == 1 && s.charAt(0) < 0x7F) {
                        h = s.charAt(0);
                    }
                }
                t[c - FIRST] = h;
            }
            return t;
        }
    }
}
