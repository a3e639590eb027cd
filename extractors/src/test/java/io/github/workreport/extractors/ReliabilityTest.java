package io.github.workreport.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Figure;
import io.github.workreport.Report;
import io.github.workreport.ReportParser;
import io.github.workreport.Warning;
import io.github.workreport.extractors.internal.FigureFinder;
import io.github.workreport.text.Utf16;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Issue 17 for figures: no loss in long sentences or among control characters, no broken characters. */
class ReliabilityTest {

    private static final ReportParser P = ReportParser.builder().addExtractor(new FigureExtractor()).build();
    private static final String HEAD = "2025年青川市政府工作报告\n一、2024年工作回顾\n";

    private static List<Figure> figures(Report r) {
        List<Figure> all = new ArrayList<>(r.targets());
        all.addAll(r.achievements());
        return all;
    }

    @Test
    void parse_tenThousandClausesWithoutFullStop_noFigureLostAndWarned() {
        StringBuilder sb = new StringBuilder(HEAD).append("过去一年，");
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            // distinct values: a figure stated twice is one figure (dedup), and none may be lost here
            sb.append("地区生产总值增长").append(i / 100 + 1).append('.').append(String.format(java.util.Locale.ROOT, "%02d", i % 100))
                    .append("%，");
        }
        sb.append("全年目标顺利完成。\n");
        Report r = P.parse(sb.toString());
        assertEquals(n, r.achievements().size(), "every clause's figure");
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals(FigureExtractor.SENTENCE_CUT)), r.warnings().toString());
    }

    @Test
    void pieceEnd_longSentence_cutAfterClauseBoundaryNeverInsideFigure() {
        String clause = "规上工业增加值增长12.5%,"; // normalized text: the comma is half-width
        String text = clause.repeat(400); // 6,000 characters, no full stop
        int e = FigureFinder.pieceEnd(text, 0, text.length());
        assertTrue(e < 2000 && e > 1000, "cut before the limit: " + e);
        assertEquals(',', text.charAt(e - 1));
        String noBoundary = "增长12345678901234567890".repeat(200);
        int f = FigureFinder.pieceEnd(noBoundary, 0, noBoundary.length());
        assertTrue(f < noBoundary.length(), "cut: " + f);
        assertFalse(Character.isDigit(noBoundary.charAt(f - 1)) && Character.isDigit(noBoundary.charAt(f)),
                "not inside a number: " + f);
        assertEquals(1500, FigureFinder.pieceEnd(text, 0, 1500), "a sentence within the limit is read whole");
    }

    @Test
    void parse_shortSentences_noCutWarning() {
        Report r = P.parse(HEAD + "过去一年，全市地区生产总值增长5.6%。\n");
        assertFalse(r.warnings().stream().anyMatch(w -> w.code().equals(FigureExtractor.SENTENCE_CUT)));
    }

    @Test
    void parse_nulsSprinkledThroughReport_sameFigures() {
        String clean = FigureExtractorTest.REPORT;
        String dirty = clean.replace("，", "\u0000，").replace("%", "%\u0000").replace("增长", "增\u0000长")
                .replace("万", "\u0001万");
        Report a = P.parse(clean);
        Report b = P.parse(dirty.getBytes(StandardCharsets.UTF_8));
        assertEquals(figures(a).stream().map(f -> f.indicator() + f.quantity()).toList(),
                figures(b).stream().map(f -> f.indicator() + f.quantity()).toList());
        for (Figure f : figures(b)) {
            assertFalse(f.text().chars().anyMatch(c -> c == 0 || c == 1), f.text());
        }
    }

    @Test
    void parse_indicatorCutInsideSurrogatePair_noLoneSurrogate() {
        String x = "\uD840\uDC00"; // U+20000, an extension B ideograph
        for (int len = 30; len < 36; len++) {
            StringBuilder sb = new StringBuilder(HEAD).append("过去一年，全市");
            for (int i = 0; i < len; i++) {
                sb.append(i % 2 == 0 ? x : "业");
            }
            Report r = P.parse(sb.append("增长5.2%。\n").toString());
            assertEquals(1, r.achievements().size());
            assertFalse(Utf16.hasLoneSurrogate(r.achievements().get(0).indicator()), r.achievements().get(0).indicator());
        }
    }

    // ---- property: control characters anywhere never reach an item's text and never cost a figure

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, FigureExtractorTest.REPORT.length()).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Character> control() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'), Arbitraries.chars().range('\u000E', '\u001F'),
                Arbitraries.chars().range('\u007F', '\u009F'), Arbitraries.of('\u000B'));
    }

    @Property // jqwik's default tries; CI runs 10,000 (-Djqwik.tries.default)
    void parse_controlCharsSprinkled_noControlInItemsAndSameFigures(@ForAll("positions") List<Integer> at,
            @ForAll("control") char c) {
        StringBuilder sb = new StringBuilder(FigureExtractorTest.REPORT);
        at.stream().sorted((p, q) -> q - p).forEach(p -> sb.insert((int) p, c));
        Report r = P.parse(sb.toString());
        for (Figure f : figures(r)) {
            assertFalse(f.text().chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\f'
                    || ch >= 0x7F && ch <= 0x9F), f.text());
            assertFalse(f.indicator().chars().anyMatch(ch -> ch < 0x20 || ch >= 0x7F && ch <= 0x9F), f.indicator());
        }
        assertEquals(figures(P.parse(FigureExtractorTest.REPORT)).size(), figures(r).size());
    }

    @Test
    void warnings_sentenceCut_haveSpans() {
        StringBuilder sb = new StringBuilder(HEAD).append("过去一年，");
        for (int i = 0; i < 500; i++) {
            sb.append("粮食产量增长1.5%，");
        }
        Report r = P.parse(sb.append("。\n").toString());
        Warning w = r.warnings().stream().filter(x -> x.code().equals(FigureExtractor.SENTENCE_CUT)).findFirst().orElseThrow();
        assertTrue(w.span() != null && w.span().end() <= sb.length(), String.valueOf(w));
    }
}
