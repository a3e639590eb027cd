package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Span;
import io.github.workreport.text.Filtered;
import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import io.github.workreport.text.OnlyStep;
import org.junit.jupiter.api.Test;

class LetterSpacingFilterTest {

    private final Normalizer n = OnlyStep.of("spacing");
    private final LetterSpacingFilter f = new LetterSpacingFilter();

    @Test
    void apply_twoSpacesAfterEveryCharacter_joined() {
        String in = "一  般  公  共  预  算  收  入  同  比  增  长  3.6%。";
        NormalizedText t = n.normalize(in);
        assertEquals("一般公共预算收入同比增长3.6%。", t.text());
        int s = t.text().indexOf("3.6%");
        assertEquals("3.6%", in.substring(t.toOriginal(s, s + 4).start(), t.toOriginal(s, s + 4).end()));
    }

    @Test
    void apply_spacedTitleLine_joinedAndOtherLinesKept() {
        String in = "青 川 市 政 府 工 作 报 告\n实施 PM 2.5 治理, 城乡 居民 收入 增长 5%。";
        assertEquals("青川市政府工作报告\n实施 PM 2.5 治理, 城乡 居民 收入 增长 5%。", f.apply(in).text());
    }

    @Test
    void apply_shortSpacedRunInProse_leftAlone() {
        String in = "张  明\n市长 张 明 指出,全年经济增长5%左右。";
        assertEquals(in, f.apply(in).text());
    }

    @Test
    void apply_documentMostlySpaced_joinsShortLinesToo() {
        StringBuilder b = new StringBuilder("财  政  局\n");
        for (int i = 0; i < 6; i++) {
            b.append("预  算  收  入  完  成  良  好\n");
        }
        String out = f.apply(b.toString()).text();
        assertTrue(out.startsWith("财政局\n预算收入完成良好\n"), out);
    }

    @Test
    void apply_tableColumnsAndIndentation_untouched() {
        String in = "  项目        金额\n    税收收入    120亿元";
        assertEquals(in, f.apply(in).text());
    }

    @Test
    void apply_noSpacedText_returnsInputUnchanged() {
        String in = "全市地区生产总值增长5.2%。";
        Filtered r = f.apply(in);
        assertSame(in, r.text());
        assertTrue(r.noise().isEmpty());
    }

    @Test
    void apply_spanOfJoinedWord_coversSpacedOriginal() {
        String in = "财  政  收  入  增  长  8%";
        NormalizedText t = n.normalize(in);
        int s = t.text().indexOf("收入");
        Span o = t.toOriginal(s, s + 2);
        assertEquals("收  入", in.substring(o.start(), o.end()));
    }
}
