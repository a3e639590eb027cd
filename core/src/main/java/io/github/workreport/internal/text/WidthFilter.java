package io.github.workreport.internal.text;

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
 * In that block the fold is {@code c - 0xFEE0}, exactly what ICU's {@code Fullwidth-Halfwidth}
 * restricted to U+FF01–U+FF5E does (a test compares the two character by character); it is
 * computed, not asked of ICU, because building an ICU transliterator takes a tenth of a second of
 * every command's start. Immutable and thread-safe.
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
            return (char) (c - 0xFEE0);
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
}
