package io.github.workreport.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Report;
import io.github.workreport.ReportParser;
import io.github.workreport.Target;
import io.github.workreport.Warning;
import io.github.workreport.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A target read from a clause with a masked word: its text is restored, its span still the original's. */
class RedactionTargetsTest {

    private static final String TEXT = String.join("\n",
            "2031年青川市政府工作报告",
            "各位代表：",
            "一、2031年工作安排",
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，X员干部培训覆盖率达到95%以上。");

    @Test
    void parse_targetClauseWithMask_textRestoredSpanOriginal() {
        Report r = ReportParser.builder().addExtractor(new FigureExtractor()).build().parse(TEXT);
        Target t = r.targets().stream().filter(x -> x.text().contains("干部")).findFirst()
                .orElseThrow(() -> new AssertionError(r.targets().toString()));
        assertTrue(t.text().contains("党员干部培训覆盖率"), t.text());
        assertTrue(t.indicator().contains("党员干部"), t.indicator());
        assertTrue(t.span().of(TEXT).contains("X员干部培训覆盖率"), t.span().of(TEXT));
        List<Warning> ws = r.warnings().stream().filter(w -> w.code().equals("redaction-restored")).toList();
        assertEquals(1, ws.size(), r.warnings()::toString);
        assertEquals("X", ws.get(0).span().of(TEXT));
        assertEquals(TEXT.indexOf("X员"), ws.get(0).span().start());
    }

    @Test
    void parse_switchOff_targetTextKeepsMask() {
        Report r = ReportParser.builder().addExtractor(new FigureExtractor())
                .normalizer(Normalizer.builder().restoreRedactions(false).build()).build().parse(TEXT);
        assertTrue(r.warnings().stream().noneMatch(w -> w.code().equals("redaction-restored")));
        assertTrue(r.targets().stream().noneMatch(t -> t.text().contains("党员")));
    }
}
