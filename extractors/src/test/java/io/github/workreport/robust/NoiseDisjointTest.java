package io.github.workreport.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code ReportFile.noise()} holds disjoint spans: the normalizer's noise and the splitter's
 * set-aside stretches (text before the first report, tables of contents, repeated copies) must not
 * cover the same characters twice.
 */
class NoiseDisjointTest {

    private static final ReportParser PARSER = ReportParser.defaults();

    /** Gazette matter with a form feed before the first report. */
    static final String FORM_FEED_BEFORE_REPORT = "某市公报\f\n第1期\n2025年青川市政府工作报告\n"
            + "——2025年1月9日在青川市第十届人民代表大会第四次会议上\n各位代表：\n一、工作回顾\n地区生产总值增长5%。\n";

    @Test
    void parseAll_formFeedBeforeFirstReport_stillOneReportAndFullPartition() {
        ReportFile f = PARSER.parseAll(FORM_FEED_BEFORE_REPORT);
        assertTrue(f.reports().size() == 1, () -> "reports: " + f.reports().size());
        int ff = FORM_FEED_BEFORE_REPORT.indexOf('\f');
        assertTrue(f.noise().stream().anyMatch(n -> n.span().contains(ff) && n.kind() == io.github.workreport.Noise.Kind.PAGE_FURNITURE),
                "form feed set aside as page furniture, the text around it as text before the report");
        Invariants.check(f, "form feed before report");
    }

    @Test
    void parseAll_formFeedBeforeFirstReport_noiseDisjoint() {
        ReportFile f = PARSER.parseAll(FORM_FEED_BEFORE_REPORT);
        Invariants.checkNoiseDisjoint(f, "form feed before report");
    }

    @Test
    void parseAll_generatedCompilationsWithFormFeeds_noiseDisjoint() {
        for (long seed = 0; seed < 200; seed++) {
            Random rnd = new Random(seed);
            String text = Reports.compilation(rnd, 1 + rnd.nextInt(3), 2).replace("\n", "\f\n");
            Invariants.checkNoiseDisjoint(PARSER.parseAll(text), "seed " + seed);
        }
    }

    @Test
    void parseAll_generatedCompilationsWithFormFeeds_otherInvariantsHold() {
        int withNoise = 0;
        for (long seed = 0; seed < 200; seed++) {
            Random rnd = new Random(seed);
            String text = Reports.compilation(rnd, 1 + rnd.nextInt(3), 2).replace("\n", "\f\n");
            ReportFile f = PARSER.parseAll(text);
            Invariants.check(f, "seed " + seed);
            withNoise += f.noise().isEmpty() ? 0 : 1;
        }
        assertFalse(withNoise == 0, "form feeds are set aside as noise");
    }
}
