package io.github.workreport.spi;

/**
 * The punctuation that cuts a report into sentences and clauses: the one declared set behind
 * {@link ReportContext#sentences()} and {@link ReportContext#clauses()}, for extractors that cut a
 * stretch of text themselves. The chars are those of the normalized text: the default normalizer
 * folds full-width ASCII to half-width (see {@link ReportContext}), so {@code ，；：！？} never occur
 * there and are not tested for.
 */
public final class Punctuation {

    /** Chars that end a sentence: {@code 。 ! ?}. */
    public static final String SENTENCE_ENDS = "。!?";
    /** Chars that end a clause inside a sentence: {@code , ;}. */
    public static final String CLAUSE_BREAKS = ",;";

    private Punctuation() {
    }

    /** Whether c ends a sentence ({@link #SENTENCE_ENDS}). */
    public static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '?';
    }

    /** Whether c ends a clause inside a sentence ({@link #CLAUSE_BREAKS}). */
    public static boolean isClauseBreak(char c) {
        return c == ',' || c == ';';
    }

    /** Whether c ends a clause: a clause break or a sentence end. */
    public static boolean endsClause(char c) {
        return isClauseBreak(c) || isSentenceEnd(c);
    }

    /**
     * Where the clause holding the char before {@code at} starts in {@code s}: right after the last
     * char before {@code at} that {@link #endsClause ends a clause}, or 0.
     */
    public static int clauseStart(CharSequence s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (endsClause(s.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The index of the first char at or after {@code from} in {@code s} that {@link #endsClause
     * ends a clause}, or {@code s.length()}: the end of the clause holding {@code from}, its
     * punctuation excluded.
     */
    public static int clauseEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && !endsClause(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
