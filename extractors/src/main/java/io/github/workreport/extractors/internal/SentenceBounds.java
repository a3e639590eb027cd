package io.github.workreport.extractors.internal;

/**
 * Where the sentences of a line end: after 。！？!? or at the line end, and where an overlong
 * sentence is cut.
 */
final class SentenceBounds {

    static final int MAX_SENTENCE = 2000;

    private SentenceBounds() {
    }

    /**
     * End of the sentence starting at s: after 。！？!? or at the line end; bounded. A sentence longer
     * than {@value #MAX_SENTENCE} characters is cut after the last clause boundary (，；、 or a space
     * not between digits) before the limit, so that no figure straddles the cut; only a stretch
     * without any boundary in its second half is cut at the limit (moved back out of a number or a
     * surrogate pair). {@link #isCut} tells a cut end from a sentence's own.
     */
    public static int sentenceEnd(String text, int s, int lineEnd) {
        int limit = Math.min(lineEnd, s + MAX_SENTENCE);
        for (int i = s; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
                return i + 1;
            }
        }
        return limit == lineEnd ? limit : cutAt(text, s, limit);
    }

    /** Whether {@code end}, returned by {@link #sentenceEnd} for a sentence ending by {@code lineEnd}, is a cut. */
    public static boolean isCut(String text, int end, int lineEnd) {
        if (end >= lineEnd || end <= 0) {
            return false;
        }
        char c = text.charAt(end - 1);
        return !(c == '。' || c == '!' || c == '?' || c == '！' || c == '？');
    }

    /** Where a sentence from s with no end before limit is cut: after a clause boundary, else out of a number. */
    static int cutAt(String text, int s, int limit) {
        for (int i = limit - 1; i > s + MAX_SENTENCE / 2; i--) {
            char c = text.charAt(i);
            if (c == '，' || c == '；' || c == '、' || c == ',' || c == ';'
                    || c == ' ' && !(isDigitAt(text, i - 1) && isDigitAt(text, i + 1))) {
                return i + 1;
            }
        }
        int cut = limit;
        while (cut > s + 1 && (isNumberChar(text.charAt(cut - 1)) && isNumberChar(text.charAt(cut))
                || Character.isHighSurrogate(text.charAt(cut - 1)))) {
            cut--;
        }
        return cut > s + 1 ? cut : limit;
    }

    static boolean isDigitAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }

    static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == '%' || "零〇一二三四五六七八九十百千万亿点".indexOf(c) >= 0;
    }
}
