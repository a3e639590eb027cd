package io.github.workreport.extractors.internal;

import io.github.workreport.spi.Punctuation;

/**
 * Where an overlong sentence is cut. The sentences themselves are core's
 * ({@link io.github.workreport.spi.ReportContext#sentences()}); the figure extractor reads a
 * sentence of more than {@value #MAX_SENTENCE} chars in pieces, so that its per-sentence work stays
 * bounded. That cut is the extractor's own: it falls after a clause break, a 、 or a space, the
 * places where no figure is split, which is a different cut from core's clauses.
 */
final class SentenceBounds {

    static final int MAX_SENTENCE = 2000;

    private SentenceBounds() {
    }

    /**
     * End of the piece of the sentence {@code [s, sentenceEnd)} read from {@code s}: the sentence's
     * end when it is at most {@value #MAX_SENTENCE} chars away, else a cut after the last clause
     * boundary (a {@link Punctuation#isClauseBreak clause break}, 、 or a space not between digits)
     * before the limit, so that no figure straddles the cut; only a stretch without any boundary in
     * its second half is cut at the limit (moved back out of a number or a surrogate pair). An end
     * before {@code sentenceEnd} is a cut.
     */
    public static int pieceEnd(String text, int s, int sentenceEnd) {
        return sentenceEnd - s <= MAX_SENTENCE ? sentenceEnd : cutAt(text, s, s + MAX_SENTENCE);
    }

    /** Where a sentence from s with no end before limit is cut: after a clause boundary, else out of a number. */
    static int cutAt(String text, int s, int limit) {
        for (int i = limit - 1; i > s + MAX_SENTENCE / 2; i--) {
            char c = text.charAt(i);
            if (Punctuation.isClauseBreak(c) || c == '、'
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
