package io.github.workreport.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Measure;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorTaxonomyTest {

    private final IndicatorTaxonomy t = IndicatorTaxonomy.defaults();

    @Test
    void defaults_haveAtLeastEightyEntriesWithUniqueIds() {
        List<IndicatorTaxonomy.Entry> entries = t.entries();
        assertTrue(entries.size() >= 80, "entries: " + entries.size());
        Set<String> ids = new HashSet<>();
        for (IndicatorTaxonomy.Entry e : entries) {
            assertTrue(ids.add(e.id()), e.id());
            assertTrue(e.id().matches("[a-z0-9_]+"), e.id());
            assertTrue(!e.english().isBlank() && !e.names().isEmpty(), e.id());
        }
    }

    @Test
    void idOf_synonyms_mapToOneId() {
        for (String n : List.of("地区生产总值", "生产总值", "国内生产总值", "GDP", "全市地区生产总值")) {
            assertEquals(Optional.of("gdp"), t.idOf(n), n);
        }
        for (String n : List.of("规模以上工业增加值", "规上工业增加值", "规模工业增加值")) {
            assertEquals(Optional.of("industrial_va_above_scale"), t.idOf(n), n);
        }
        assertEquals(Optional.of("fdi"), t.idOf("实际利用外资"));
        assertEquals(Optional.of("fdi"), t.idOf("实际使用外资"));
        assertEquals(Optional.of("retail_sales"), t.idOf("社零"));
        assertEquals(Optional.of("cpi"), t.idOf("CPI"));
    }

    @Test
    void idOf_unknownOrModified_isEmpty() {
        assertEquals(Optional.empty(), t.idOf("人均地区生产总值增速比"));
        assertEquals(Optional.empty(), t.idOf(""));
        assertEquals(Optional.empty(), t.idOf(null));
    }

    @Test
    void builder_userEntry_isUsed() {
        IndicatorTaxonomy mine = IndicatorTaxonomy.builder().addDefaults()
                .add(new IndicatorTaxonomy.Entry("nev_output", "New-energy vehicle output", Measure.LEVEL, "辆",
                        List.of("新能源汽车产量")))
                .build();
        assertEquals(Optional.of("nev_output"), mine.idOf("新能源汽车产量"));
        assertEquals(Optional.of("gdp"), mine.idOf("地区生产总值"));
    }

    @Test
    void builder_nameOfTwoIds_rejected() {
        IndicatorTaxonomy.Builder b = IndicatorTaxonomy.builder().addDefaults()
                .add(new IndicatorTaxonomy.Entry("my_gdp", "x", Measure.GROWTH, "%", List.of("生产总值")));
        assertThrows(IllegalArgumentException.class, b::build);
        assertThrows(IllegalArgumentException.class, () -> IndicatorTaxonomy.builder().addDefaults().addDefaults());
    }

    @Test
    void idOf_timePrefixTrailingVerbOrPlanPeriod_tried() {
        assertEquals(Optional.of("urban_unemployment_registered"), t.idOf("年末城镇登记失业率"));
        assertEquals(Optional.of("urban_unemployment_surveyed"), t.idOf("年末全国城镇调查失业率降"));
        assertEquals(Optional.of("gdp"), t.idOf("经济增长预期目标"));
        assertEquals(Optional.of("gdp"), t.idOf("地区生产总值增速"));
        assertEquals(Optional.of("gdp"), t.idOf("十四五”期间地区生产总值"));
        assertEquals(Optional.of("new_urban_jobs"), t.idOf("城镇新增就业人员"));
        assertEquals(Optional.empty(), t.idOf("目标"));
    }

    @Test
    void direction_fromTheTable() {
        assertEquals(IndicatorTaxonomy.Direction.HIGHER_BETTER, t.entry("gdp").orElseThrow().direction());
        assertEquals(IndicatorTaxonomy.Direction.CEILING, t.entry("cpi").orElseThrow().direction());
        assertEquals(IndicatorTaxonomy.Direction.LOWER_BETTER, t.entry("urban_unemployment_surveyed").orElseThrow().direction());
        assertEquals(IndicatorTaxonomy.Direction.LOWER_BETTER, t.entry("energy_intensity").orElseThrow().direction());
        assertEquals(IndicatorTaxonomy.Direction.NONE,
                new IndicatorTaxonomy.Entry("x", "x", Measure.LEVEL, "", List.of("某")).direction());
    }
}
