package io.github.workreport.internal.quantity;

/** Small helpers over a {@link CharSequence}, comparing folded characters. */
final class Text {
    private Text() {
    }

    /** Whether {@code word} occurs at {@code at} (folded), ending at or before {@code limit}. */
    static boolean startsWith(CharSequence s, int at, int limit, String word) {
        int n = word.length();
        if (at < 0 || at + n > limit) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (Chars.fold(s.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} ends exactly at {@code end} and starts at or after {@code floor}. */
    static boolean endsWith(CharSequence s, int end, int floor, String word) {
        int at = end - word.length();
        return at >= floor && startsWith(s, at, end, word);
    }

    /** The folded char at i, or 0 outside {@code [0, limit)}. */
    static char at(CharSequence s, int i, int limit) {
        return i >= 0 && i < limit ? Chars.fold(s.charAt(i)) : 0;
    }
}
