package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Span;
import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import io.github.workreport.text.OnlyStep;
import org.junit.jupiter.api.Test;

class TraditionalToSimplifiedFilterTest {

    private final Normalizer n = OnlyStep.of("t2s");

    @Test
    void apply_traditionalPhrases_simplifiedOneForOne() {
        String in = "各位代表:國民經濟和社會發展計劃執行情況,GDP增長5%。";
        NormalizedText t = n.normalize(in);
        assertEquals("各位代表:国民经济和社会发展计划执行情况,GDP增长5%。", t.text());
        assertTrue(t.maps().isEmpty(), "same length: identity map");
        int s = t.text().indexOf("经济");
        assertEquals(new Span(in.indexOf("經濟"), in.indexOf("經濟") + 2), t.toOriginal(s, s + 2));
    }

    @Test
    void apply_hanlpPhraseChoices_kept() {
        // HanLP keeps 著力 and 巡察, where ICU's Traditional-Simplified gives 着力 / 巡查
        assertEquals("著力推进巡察工作,了解情况", n.normalize("著力推進巡察工作,瞭解情況").text());
    }

    @Test
    void apply_simplifiedText_unchanged() {
        String in = "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上";
        NormalizedText t = n.normalize(in);
        assertEquals(in, t.text());
        assertTrue(t.maps().isEmpty());
    }

    @Test
    void apply_lengthChangingConversion_mapsRunBack() {
        // 㑮 becomes a supplementary character (two UTF-16 units) in HanLP's table
        String in = "甲㑮乙";
        NormalizedText t = n.normalize(in);
        String out = t.text();
        assertEquals(out, n.normalize(out).text());
        assertEquals(new Span(0, 1), t.toOriginal(0, 1));
        assertEquals(new Span(2, 3), t.toOriginal(out.length() - 1, out.length()));
    }
}
