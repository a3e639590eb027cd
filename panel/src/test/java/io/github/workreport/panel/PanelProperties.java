package io.github.workreport.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Measure;
import io.github.workreport.Period;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportKind;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.Achievement;
import io.github.workreport.text.NormalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the items, a panel's keys are unique and every item with an id, a year and the usual unit is used. */
class PanelProperties {

    record Item(boolean target, String id, int year, boolean period, int value, int report) {
    }

    @Provide
    Arbitrary<List<Item>> items() {
        Arbitrary<Item> item = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of("gdp", "cpi", "new_urban_jobs"),
                Arbitraries.integers().between(2018, 2022), Arbitraries.of(true, false, false),
                Arbitraries.integers().between(-3, 12), Arbitraries.integers().between(0, 5)).as(Item::new);
        return item.list().ofMaxSize(40);
    }

    @Property(tries = 200)
    void keys_uniqueAndEveryUsableItemUsed(@ForAll("items") List<Item> items) {
        List<ReportFile> files = new ArrayList<>();
        String text = "x".repeat(100);
        for (int f = 0; f < 3; f++) {
            List<Report> reports = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                int report = f * 2 + r;
                List<Target> ts = new ArrayList<>();
                List<Achievement> as = new ArrayList<>();
                int pos = 0;
                for (Item it : items) {
                    if (it.report() != report) {
                        continue;
                    }
                    String unit = it.id().equals("new_urban_jobs") ? "人" : "%";
                    Measure m = it.id().equals("new_urban_jobs") ? Measure.LEVEL : Measure.GROWTH;
                    Quantity q = Quantity.of(BigDecimal.valueOf(it.value()), unit, io.github.workreport.Comparison.APPROX);
                    Period p = it.period() ? new Period(it.year() - 4, it.year(), Period.Basis.AVERAGE) : null;
                    Span s = new Span(pos % 90, pos % 90 + 5);
                    pos += 7;
                    String clause = it.target() ? "预期目标" : "增长";
                    if (it.target()) {
                        ts.add(new Target("x", it.id(), m, q, it.year(), false, clause, s, List.of(), p));
                    } else {
                        as.add(new Achievement("x", it.id(), m, q, it.year(), false, clause, s, List.of(), p));
                    }
                }
                ReportKind kind = r == 0 ? ReportKind.GOVERNMENT_WORK_REPORT : ReportKind.PLAN_REPORT;
                reports.add(new Report(new Span(0, 100), new ReportMetadata(null, f == 2 ? "乙市" : "甲市", null,
                        2019 + f, kind, null, null, null, null), List.of(), ts, as, List.of(), List.of()));
            }
            files.add(new ReportFile("f" + f, null, NormalizedText.unchanged(text), reports, List.of(), List.of()));
        }
        Panel panel = Panel.of(files);
        Set<PanelRow.Key> keys = new HashSet<>();
        for (PanelRow r : panel.rows()) {
            assertTrue(keys.add(r.key()), "duplicate key " + r.key());
            assertTrue(r.target() != null || r.result() != null);
            assertNotNull(r.status());
        }
        assertEquals(items.size(), panel.counts().used());
        Set<PanelRow.Key> expected = new HashSet<>();
        for (Item it : items) {
            String region = it.report() / 2 == 2 ? "乙市" : "甲市";
            expected.add(new PanelRow.Key(region, it.id(), it.year(), it.period() ? it.year() - 4 : null,
                    it.period() ? it.year() : null));
        }
        assertEquals(expected, keys);
    }
}
