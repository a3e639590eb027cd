package io.github.workreport.extractors.internal;

import io.github.workreport.spi.TextRange;
import java.util.List;

/**
 * The lines that head a glossary attachment (名词解释, 注释, 附件2 名词解释): the glossary extractor
 * reads its entries after one, and the figure extractor reads no targets or achievements there
 * (a definition's figures are not the report's).
 */
public final class GlossaryHeadings {

    private static final List<String> HEADINGS = List.of("名词解释", "名词注释", "注释", "附注", "注解", "名词说明", "有关名词解释");

    private GlossaryHeadings() {
    }

    /** Whether the line {@code l} of {@code text} heads a glossary. */
    public static boolean is(String text, TextRange l) {
        if (l.length() > 40) {
            return false;
        }
        String c = text.substring(l.start(), l.end()).replace(" ", "").replace(":", "");
        for (String h : HEADINGS) {
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
