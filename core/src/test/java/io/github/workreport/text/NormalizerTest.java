package io.github.workreport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Noise;
import io.github.workreport.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void normalize_javadocExample_mapsBackToWholePhrase() {
        // the NormalizedText javadoc says [0, 9); 經(jīng)濟 is 8 UTF-16 units, so [0, 8)
        NormalizedText n = Normalizer.defaults().normalize("經(jīng)濟增長５％");
        assertEquals("经济增长5%", n.text());
        assertEquals(new Span(0, 8), n.toOriginal(0, 2));
    }

    @Test
    void normalize_scrapedPage_allStepsTogether() {
        String in = "\uFEFF下载\r\n打印\r\n【字号：\r\n】\r\n２０３０年某市政府工作報告\r\n"
                + "——2030年1月5日在某市第一届人民代表大会第一次会议上\r\n各位代表：\r\n"
                + "<U+00A0><U+00A0>現(xiàn)在，我代表市人民政府，向大會報告工作，請予審議。全市經(jīng)濟運行\r\n"
                + "總體平穩，增長５％。\r\n";
        NormalizedText t = Normalizer.defaults().normalize(in);
        assertEquals("2030年某市政府工作报告\n——2030年1月5日在某市第一届人民代表大会第一次会议上\n各位代表:\n"
                + "  现在,我代表市人民政府,向大会报告工作,请予审议。全市经济运行总体平稳,增长5%。\n", t.text());
        int s = t.text().indexOf("经济运行总体");
        Span o = t.toOriginal(s, s + 6);
        assertEquals("經(jīng)濟運行\r\n總體", o.of(in));
        List<Noise.Kind> kinds = t.noise().stream().map(Noise::kind).distinct().sorted().toList();
        assertEquals(List.of(Noise.Kind.WEB_CHROME, Noise.Kind.MARKUP, Noise.Kind.INVISIBLE, Noise.Kind.PINYIN_ANNOTATION), kinds);
        assertTrue(t.noise().stream().allMatch(x -> x.span().end() <= in.length()));
    }
}
