package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.workreport.Noise;
import io.github.workreport.Span;
import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import io.github.workreport.text.OnlyStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinAnnotationFilterTest {

    private final Normalizer n = OnlyStep.of("pinyin");

    @Test
    void apply_toneMarkedReadings_removedWithOffsets() {
        String in = "國民經(jīng)濟(jì)發(fā)展";
        NormalizedText t = n.normalize(in);
        assertEquals("國民經濟發展", t.text());
        // 經濟 in the output maps to 經(jīng)濟 in the original
        assertEquals(new Span(2, 10), t.toOriginal(2, 4));
        assertEquals(new Span(14, 15), t.toOriginal(4, 5)); // 發 alone, without the (jì) before it
        List<Noise> noise = t.noise();
        assertEquals(3, noise.size());
        assertEquals(new Noise(Noise.Kind.PINYIN_ANNOTATION, new Span(3, 9), "pinyin reading"), noise.get(0));
        assertEquals("(jì)", noise.get(1).span().of(in));
    }

    @Test
    void apply_fullWidthBracketsAndToneDigits_removed() {
        assertEquals("长江区域", n.normalize("长（chang2）江区(qu)域").text());
    }

    @Test
    void apply_ordinaryBrackets_survive() {
        String in = "(一)国内生产总值(GDP)增长,研发(R&D)投入,村公路(含撤并村公路13公里),纲要(草案),某县(市)";
        NormalizedText t = n.normalize(in);
        assertEquals(in, t.text());
        assertEquals(List.of(), t.noise());
    }

    @Test
    void apply_syllableNotAReading_survives() {
        // "ma" is not a reading of 区; without a tone mark nothing proves it is an annotation
        assertEquals("区(ma)", n.normalize("区(ma)").text());
    }

    @Test
    void apply_repeatedAnnotation_removedAtOnce() {
        String in = "經(jīng)(jing1)濟";
        NormalizedText t = n.normalize(in);
        assertEquals("經濟", t.text());
        assertEquals(t.text(), n.normalize(t.text()).text());
    }

    @Test
    void apply_readingBrokenByHardWrap_removed() {
        String in = "國民經(jī\nng)濟\n(jì)發展";
        NormalizedText t = n.normalize(in);
        assertEquals("國民經濟\n發展", t.text());
        assertEquals(List.of("(jī\nng)", "(jì)"), t.noise().stream().map(x -> x.span().of(in)).toList());
    }

    @Test
    void apply_bareReadingAfterOneLineBreak_followsTheCharacterBeforeTheBreak() {
        // a bare syllable must be a reading of the character it follows, across one wrapped line break
        assertEquals("区\n域", n.normalize("区\n(qu)域").text());
        assertEquals("区\n\n(qu)域", n.normalize("区\n\n(qu)域").text()); // a blank line: no longer an annotation
        assertEquals("。\n(qu)", n.normalize("。\n(qu)").text()); // no character before the break
        assertEquals("(qu)区", n.normalize("(qu)区").text()); // nothing before the bracket
    }

    @Test
    void apply_secondReadingAfterRemovedOneAndBreak_checkedAgainstTheSameCharacter() {
        String in = "經(jīng)\n(jing1)濟";
        NormalizedText t = n.normalize(in);
        assertEquals("經\n濟", t.text());
        assertEquals(List.of("(jīng)", "(jing1)"), t.noise().stream().map(x -> x.span().of(in)).toList());
    }
}
