package io.github.workreport.extractors.internal;

/**
 * Marks in the text of a name that are no part of it: letter spacing left by PDF text, footnote
 * markers, scope words inside it, glyphs an extractor could not map. Used by {@link Indicators}.
 */
final class NameMarks {

    private NameMarks() {
    }

    /**
     * {@code s} without the spaces between two Han characters (增  长, left by a letter-spaced line
     * of PDF text that the normalizer did not join): Chinese puts no space between words.
     */
    static String joinSpacedHan(String s) {
        if (s.indexOf(' ') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && b.length() > 0 && Character.isIdeographic(b.charAt(b.length() - 1))) {
                int j = i;
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
                if (j < s.length() && Character.isIdeographic(s.charAt(j))) {
                    i = j - 1;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /** {@code s} without a scope word inside it ({@link Role#INNER_SCOPE}: 下达我市地方政府债券 → 下达地方政府债券). */
    static String dropInnerScope(String s) {
        WordList.Match m = Lexicon.words(Role.INNER_SCOPE).find(s);
        if (m == null || m.index() == 0 || s.length() - m.word().length() < 2) {
            return s;
        }
        return s.substring(0, m.index()) + s.substring(m.index() + m.word().length());
    }

    /** Footnote markers inside a name: ① … ⑳, ［1］ / [1]. */
    static String removeNoteMarkers(String s) {
        if (!hasNoteMarker(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u2460' && c <= '\u2473') {
                continue;
            }
            if ((c == '[' || c == '［') && i + 2 < s.length()) {
                int j = i + 1;
                while (j < s.length() && j - i <= 3 && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < s.length() && (s.charAt(j) == ']' || s.charAt(j) == '］')) {
                    i = j;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean hasNoteMarker(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u2460' && c <= '\u2473' || c == '[' || c == '［') {
                return true;
            }
        }
        return false;
    }
}
