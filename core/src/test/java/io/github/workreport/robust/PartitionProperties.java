package io.github.workreport.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Fixtures;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.Section;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Core alone (no extractors on the class path): for any text, the partition covers the input
 * exactly, in order, every piece non-empty, and report and section spans stay inside the input
 * and their report. The full checks with extractors are in the extractors module's
 * {@code io.github.workreport.robust} tests.
 */
class PartitionProperties {

    private static final ReportParser CORE = ReportParser.builder().build();

    @Property(tries = 200)
    void partition_anyText_coversInputExactly(@ForAll("texts") String text) {
        ReportFile f = CORE.parseAll(text);
        List<ReportFile.Piece> pieces = f.partition();
        int pos = 0;
        for (ReportFile.Piece p : pieces) {
            assertEquals(pos, p.span().start(), () -> "hole or overlap at " + p + " in " + pieces);
            assertTrue(p.span().end() > p.span().start(), "empty piece " + p);
            pos = p.span().end();
        }
        assertEquals(text.length(), pos);
        for (Report r : f.reports()) {
            assertTrue(r.span().end() <= text.length(), "report " + r.span());
            for (Section s : r.allSections()) {
                assertTrue(r.span().contains(s.span()), "section " + s.span() + " outside report " + r.span());
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(Fixtures.CITY_REPORT, Fixtures.COUNTY_PLAN, "目录\n", "一、标题……3\n", "\f", "\r\n", "\u0000",
                        "\uD800", "（一）", "各位代表：\n", "2025年某市政府工作报告\n", "打印本页\n"),
                Arbitraries.strings().all().ofMaxLength(30));
        return piece.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
