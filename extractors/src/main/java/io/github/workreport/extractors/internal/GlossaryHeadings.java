package io.github.workreport.extractors.internal;

import io.github.workreport.spi.TextRange;

/**
 * The lines that head a glossary attachment (名词解释, 注释, 附件2 名词解释): the glossary extractor
 * reads its entries after one, and the figure extractor reads no targets or achievements there
 * (a definition's figures are not the report's).
 */
public final class GlossaryHeadings {

    private GlossaryHeadings() {
    }

    /** The longest topic before a glossary heading (财政名词解释). */
    private static final int MAX_TOPIC = 4;

    /** Whether the line {@code l} of {@code text} heads a glossary. */
    public static boolean is(String text, TextRange l) {
        if (l.length() > 40) {
            return false;
        }
        int last = l.end() - 1;
        while (last >= l.start() && (text.charAt(last) == ' ' || text.charAt(last) == ':')) {
            last--;
        }
        if (last < l.start() || !Lexicon.current().derived(GlossaryHeadings.class, GlossaryHeadings::lastChars)
                .get(text.charAt(last))) {
            return false; // most lines: no heading ends with their last character
        }
        String c = text.substring(l.start(), l.end()).replace(" ", "").replace(":", "");
        for (String h : Lexicon.list(Role.GLOSSARY_HEADING)) {
            if (c.equals(h) || (c.endsWith(h) && (c.startsWith("附件") || c.contains("政府工作报告")
                    || c.length() - h.length() <= MAX_TOPIC && Candidates.allIdeographic(c, 0, c.length() - h.length())))) {
                // (财政名词解释: a topic of a few characters before the heading)
                return true;
            }
        }
        return false;
    }

    /** The last characters of the glossary headings of {@code lexicon}. */
    private static java.util.BitSet lastChars(Lexicon lexicon) {
        java.util.BitSet b = new java.util.BitSet(65536);
        for (String h : lexicon.wordsOf(Role.GLOSSARY_HEADING)) {
            b.set(h.charAt(h.length() - 1));
        }
        return b;
    }

    /** Whether the line {@code l} of {@code text} starts another attachment (附件…), which ends a glossary. */
    public static boolean endsGlossary(String text, TextRange l) {
        return text.startsWith("附件", l.start()) || is(text, l);
    }
}
