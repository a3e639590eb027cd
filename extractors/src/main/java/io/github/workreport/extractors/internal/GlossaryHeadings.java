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

    /** Whether the line {@code l} of {@code text} heads a glossary. */
    public static boolean is(String text, TextRange l) {
        if (l.length() > 40) {
            return false;
        }
        String c = text.substring(l.start(), l.end()).replace(" ", "").replace(":", "");
        for (String h : Lexicon.list(Role.GLOSSARY_HEADING)) {
            if (c.equals(h) || (c.endsWith(h) && (c.startsWith("附件") || c.contains("政府工作报告")))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line {@code l} of {@code text} starts another attachment (附件…), which ends a glossary. */
    public static boolean endsGlossary(String text, TextRange l) {
        return text.startsWith("附件", l.start()) || is(text, l);
    }
}
