package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Noise;
import io.github.workreport.Span;
import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import io.github.workreport.text.OnlyStep;
import org.junit.jupiter.api.Test;

class InvisibleCharFilterTest {

    private final Normalizer n = OnlyStep.of("invisible");

    @Test
    void apply_crlfAndCrCrLf_becomeOneLineFeed() {
        String in = "各位代表:\r\n现在,\r\r\n我代表\r政府";
        NormalizedText t = n.normalize(in);
        assertEquals("各位代表:\n现在,\n我代表\n政府", t.text());
        int s = t.text().indexOf("我代表");
        assertEquals(new Span(in.indexOf("我代表"), in.indexOf("我代表") + 3), t.toOriginal(s, s + 3));
        // the line break maps to the whole CR CR LF
        int br = t.text().indexOf("\n我代表");
        assertEquals(new Span(in.indexOf("\r\r\n"), in.indexOf("\r\r\n") + 3), t.toOriginal(br, br + 1));
        assertTrue(t.noise().isEmpty(), "line endings are not noise");
    }

    @Test
    void apply_zeroWidthChars_removedAsInvisibleNoise() {
        String in = "\u200B政府\u200D\u200C工作\uFEFF报告";
        NormalizedText t = n.normalize(in);
        assertEquals("政府工作报告", t.text());
        assertEquals(new Span(1, 3), t.toOriginal(0, 2)); // 政府
        assertEquals(new Span(5, 7), t.toOriginal(2, 4)); // 工作
        assertEquals(new Span(8, 10), t.toOriginal(4, 6)); // 报告
        assertEquals(3, t.noise().size());
        assertEquals(new Noise(Noise.Kind.INVISIBLE, new Span(0, 1), "zero-width character"), t.noise().get(0));
        assertEquals(new Span(3, 5), t.noise().get(1).span()); // one noise for a run
        assertEquals(new Span(7, 8), t.noise().get(2).span());
    }

    @Test
    void apply_literalNbspEscape_becomesSpaceAndMarkupNoise() {
        String in = "<U+00A0><U+00A0>新华社北京电";
        NormalizedText t = n.normalize(in);
        assertEquals("  新华社北京电", t.text());
        assertEquals(new Span(16, 19), t.toOriginal(2, 5));
        assertEquals(new Span(0, 8), t.toOriginal(0, 1));
        assertEquals(2, t.noise().size());
        assertEquals(Noise.Kind.MARKUP, t.noise().get(0).kind());
        assertEquals(new Span(0, 8), t.noise().get(0).span());
        assertEquals(new Span(8, 16), t.noise().get(1).span());
    }

    @Test
    void apply_nbspAndFormFeed_nbspFoldedFormFeedKept() {
        String in = "第一页\u00A0末\f第二页";
        NormalizedText t = n.normalize(in);
        assertEquals("第一页 末\f第二页", t.text());
        assertTrue(t.maps().isEmpty(), "one for one");
    }

    @Test
    void apply_notAnEscape_keptAsIs() {
        String in = "<U+00>和<U+ZZZZ>以及<b>";
        assertEquals(in, n.normalize(in).text());
    }

    @Test
    void apply_zeroWidthInsideEscape_removedWithIt() {
        String in = "a<U+00\u200BA0>b";
        NormalizedText t = n.normalize(in);
        assertEquals("a b", t.text());
        assertEquals(t.text(), n.normalize(t.text()).text());
    }

    @Test
    void apply_nulAndOtherControlChars_removedWithOffsets() {
        String in = "地区\u0000生产\u0001\u007F总值增长\u00855%\t\f\n";
        NormalizedText t = n.normalize(in);
        assertEquals("地区生产总值增长5%\t\f\n", t.text(), "tab, form feed and line feed stay");
        int g = t.text().indexOf("总值");
        assertEquals(new Span(in.indexOf("总值"), in.indexOf("总值") + 2), t.toOriginal(g, g + 2));
        assertEquals(3, t.noise().size());
        assertEquals(new Noise(Noise.Kind.INVISIBLE, new Span(2, 3), "control character"), t.noise().get(0));
        assertEquals(new Span(5, 7), t.noise().get(1).span()); // one noise for a run
    }

    @Test
    void apply_controlCharInsideEscape_removedWithEscapeInOnePass() {
        String in = "增长<U\u0000+00A0>5%";
        assertEquals(n.normalize(in).text(), n.normalize(n.normalize(in).text()).text());
    }
}
