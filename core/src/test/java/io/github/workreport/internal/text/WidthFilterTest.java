package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import io.github.workreport.Span;
import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import io.github.workreport.text.OnlyStep;
import org.junit.jupiter.api.Test;

class WidthFilterTest {

    private final Normalizer n = OnlyStep.of("width");

    @Test
    void apply_fullWidthDigits_foldedOneForOne() {
        String in = "增长５．２％，ＧＤＰ达到１２６万亿元";
        NormalizedText t = n.normalize(in);
        assertEquals("增长5.2%,GDP达到126万亿元", t.text());
        assertTrue(t.maps().isEmpty());
        int s = t.text().indexOf("GDP");
        assertEquals(new Span(7, 10), t.toOriginal(s, s + 3));
        int d = t.text().indexOf("126");
        assertEquals(new Span(12, 15), t.toOriginal(d, d + 3));
    }

    @Test
    void apply_fullWidthBracketsAndPunctuation_becomeHalfWidth() {
        String in = "（一）加大政策对冲力度，经济运行持续回升向好！是否？是；要点：";
        assertEquals("(一)加大政策对冲力度,经济运行持续回升向好!是否?是;要点:", n.normalize(in).text());
    }

    @Test
    void apply_ideographicSpace_becomesSpace() {
        assertEquals("  各位代表", n.normalize("\u3000\u3000各位代表").text());
    }

    @Test
    void apply_cjkPunctuationCircledNumbersAndUnits_leftAlone() {
        String in = "“十四五”。、「」《纲要》【注】①②㎡〇";
        assertEquals(in, n.normalize(in).text());
    }

    @Test
    void fold_fullWidthBlock_sameAsIcuTransform() {
        Transliterator icu = Transliterator.getInstance("[\\uFF01-\\uFF5E] Fullwidth-Halfwidth");
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            assertEquals(icu.transliterate(String.valueOf(c)), String.valueOf(WidthFilter.fold(c)),
                    "U+" + Integer.toHexString(c));
        }
        assertEquals('。', WidthFilter.fold('。'));
        assertEquals('\uFF00', WidthFilter.fold('\uFF00'));
        assertEquals('\uFF5F', WidthFilter.fold('\uFF5F'));
    }
}
