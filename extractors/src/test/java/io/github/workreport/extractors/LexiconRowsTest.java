package io.github.workreport.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Achievement;
import io.github.workreport.Measure;
import io.github.workreport.Report;
import io.github.workreport.ReportParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexicon rows of one's own, given to a FigureExtractor. */
class LexiconRowsTest {

    private static final String REPORT = String.join("\n",
            "2024年青川市政府工作报告",
            "一、2023年工作回顾",
            "全市规模以上工业增加值攀升6.2%。");

    private static Achievement only(FigureExtractor extractor) {
        Report r = ReportParser.builder().addExtractor(extractor).build().parse(REPORT);
        assertEquals(1, r.achievements().size(), () -> r.achievements().toString());
        return r.achievements().get(0);
    }

    @Test
    void aRowOfOneGivesAWordItsRoles() {
        FigureExtractor own = new FigureExtractor(IndicatorTaxonomy.defaults(),
                List.of("# a verb of growth", "攀升\ttrailing-verb,growth,figure-follower"));
        Achievement a = only(own);
        assertEquals("规模以上工业增加值", a.indicator());
        assertEquals(Measure.GROWTH, a.measure());
        assertEquals("industrial_va_above_scale", a.indicatorId());
    }

    @Test
    void theBuiltInLexiconIsUnchangedForOtherExtractors() {
        new FigureExtractor(IndicatorTaxonomy.defaults(), List.of("攀升\ttrailing-verb,growth"));
        Achievement a = only(new FigureExtractor());
        assertEquals("规模以上工业增加值攀升", a.indicator());
        assertEquals(Measure.LEVEL, a.measure());
    }

    @Test
    void wordsWorkedOutFromTheLexiconAreWorkedOutPerLexicon() {
        // what each trailing verb says is computed once per lexicon: the built-in one first, then
        // one with rows of its own, then the built-in one again
        assertEquals(Measure.LEVEL, only(new FigureExtractor()).measure());
        FigureExtractor own = new FigureExtractor(IndicatorTaxonomy.defaults(), List.of("攀升\ttrailing-verb,growth"));
        assertEquals(Measure.GROWTH, only(own).measure());
        assertEquals(Measure.LEVEL, only(new FigureExtractor()).measure());
    }

    @Test
    void aRowMayAddRolesToABuiltInWord() {
        // 攀升 new, and 上升 (a trailing verb and growth already) becomes a figure follower too
        FigureExtractor own = new FigureExtractor(IndicatorTaxonomy.defaults(),
                List.of("攀升\ttrailing-verb,growth", "上升\tfigure-follower"));
        assertEquals("规模以上工业增加值", only(own).indicator());
    }

    @Test
    void badRowsAreRejectedWithTheirLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new FigureExtractor(IndicatorTaxonomy.defaults(), List.of("攀升\ttrailing-verb", "下滑\tfalling")));
        assertTrue(unknown.getMessage().startsWith("lexicon rows line 2: unknown role 'falling'"), unknown.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new FigureExtractor(IndicatorTaxonomy.defaults(), List.of("攀升\tgrowth", "攀升\tnegative")));
        assertTrue(twice.getMessage().startsWith("lexicon rows line 2: duplicate word '攀升'"), twice.getMessage());
        IllegalArgumentException has = assertThrows(IllegalArgumentException.class,
                () -> new FigureExtractor(IndicatorTaxonomy.defaults(), List.of("下降\tnegative")));
        assertTrue(has.getMessage().startsWith("lexicon rows line 1: '下降' has the role 'negative' already"), has.getMessage());
    }
}
