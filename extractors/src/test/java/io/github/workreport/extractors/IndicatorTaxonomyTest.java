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
}
