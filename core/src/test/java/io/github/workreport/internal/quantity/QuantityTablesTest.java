package io.github.workreport.internal.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Comparison;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word tables of the quantity scanner: units.tsv, comparators.tsv, lead-words.tsv, chars.tsv. */
class QuantityTablesTest {

    @Test
    void units_everyCategoryKnownAndUsed() {
        Set<Units.Category> used = EnumSet.noneOf(Units.Category.class);
        for (Map.Entry<String, Units.Def> e : Units.rows()) {
            assertNotNull(e.getValue().category(), e.getKey());
            used.add(e.getValue().category());
        }
        assertEquals(EnumSet.allOf(Units.Category.class), used, "a category without a unit");
    }

    @Test
    void units_eachCategoryColumnValue_isAKnownId() {
        for (String line : Tsv.read(Units.FILE)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String id = line.split("\t", -1)[2];
            assertNotNull(Units.Category.byId(id), "unknown category " + id);
        }
    }

    @Test
    void units_matchReadsTheTable() {
        int[] end = new int[1];
        Units.Def d = Units.match("元人民币以上", 0, 6, end);
        assertEquals("元", d.base());
        assertEquals(Units.Category.MONEY, d.category());
        assertEquals(4, end[0]);
        assertEquals(null, Units.match("人口", 0, 2, end), "人 before 口 begins another word");
        assertEquals(Units.Kind.CHENG, Units.match("成", 0, 1, end).kind());
    }

    @Test
    void load_duplicateUnit_rejectedWithLineNumber() {
        List<String> rows = List.of("# header", "个\t个\tcount\tplain\tyes", "", "个\t个\tcount\tplain\tyes");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Units.load(rows));
        assertTrue(e.getMessage().startsWith("units.tsv line 4: duplicate '个' (first on line 2)"), e.getMessage());
    }

    @Test
    void load_unknownCategory_rejectedWithLineNumber() {
        List<String> rows = List.of("个\t个\tthings\tplain\tyes");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Units.load(rows));
        assertTrue(e.getMessage().startsWith("units.tsv line 1: unknown category 'things'"), e.getMessage());
    }

    @Test
    void load_unknownKindOrPer_rejectedWithLineNumber() {
        assertTrue(assertThrows(IllegalStateException.class,
                () -> Units.load(List.of("个\t个\tcount\thalves\tyes"))).getMessage().startsWith("units.tsv line 1: unknown kind"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> Units.load(List.of("#", "个\t个\tcount\tplain\tmaybe"))).getMessage().startsWith("units.tsv line 2: per"));
    }

    @Test
    void load_wrongShape_rejectedWithLineNumber() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Units.load(List.of("个 个 count")));
        assertTrue(e.getMessage().startsWith("units.tsv line 1: expected 5 to 6"), e.getMessage());
    }

    @Test
    void load_comparatorDuplicate_rejectedWithLineNumber() {
        List<String> rows = List.of("约\tbefore\tapprox", "约\tbefore\tapprox");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Comparators.load(rows, List.of("增\trise")));
        assertTrue(e.getMessage().startsWith("comparators.tsv line 2: duplicate '约' (first on line 1)"), e.getMessage());
    }

    @Test
    void load_comparatorUnknownComparisonOrPosition_rejectedWithLineNumber() {
        assertTrue(assertThrows(IllegalStateException.class, () -> Comparators.load(List.of("约\tbefore\tabout"),
                List.of("增\trise"))).getMessage().startsWith("comparators.tsv line 1: unknown comparison 'about'"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Comparators.load(List.of("约\tbefore\trange"),
                List.of("增\trise"))).getMessage().startsWith("comparators.tsv line 1: unknown comparison 'range'"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Comparators.load(List.of("约\tabove\tapprox"),
                List.of("增\trise"))).getMessage().startsWith("comparators.tsv line 1: unknown position"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Comparators.load(List.of("以上下\tafter\tge"),
                List.of("增\trise"))).getMessage().startsWith("comparators.tsv line 1: a word after a figure has two chars"));
    }

    @Test
    void load_leadWordDuplicateOrUnknownRole_rejectedWithLineNumber() {
        List<String> cmp = List.of("约\tbefore\tapprox");
        assertTrue(assertThrows(IllegalStateException.class, () -> Comparators.load(cmp, List.of("增\trise", "增\tfall")))
                .getMessage().startsWith("lead-words.tsv line 2: duplicate '增'"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Comparators.load(cmp, List.of("#", "增\tgrow")))
                .getMessage().startsWith("lead-words.tsv line 2: unknown role 'grow'"));
    }

    @Test
    void load_comparators_triedLongestFirstWhateverTheOrder() {
        Comparators.Tables t = Comparators.load(List.of("超\tbefore\tgt\t赶", "超过\tbefore\tgt", "不超过\tbefore\tle"),
                List.of("增\trise", "增长\trise", "减\tfall"));
        assertEquals("不超过", t.prefixes()[0].word());
        assertEquals("超过", t.prefixes()[1].word());
        assertEquals("增长", t.verbs()[0].word());
    }

    @Test
    void comparators_standardTable() {
        assertEquals(Comparison.LE, Comparators.before("不超过", 3, 0).comparison());
        assertEquals(null, Comparators.before("节约", 2, 0), "约 after 节 is part of 节约");
        assertEquals(Comparison.APPROX, Comparators.suffix("左右", 0, 2));
        assertEquals(null, Comparators.suffix("上下游", 0, 3));
        assertEquals(-2, Comparators.verb("下降3%", 0, 4));
        assertEquals(2, Comparators.hedge("力争6%", 0, 4));
        assertFalse(Comparators.suffixWords().isEmpty());
    }

    @Test
    void load_charsDuplicateOrUnknownClassOrBadValue_rejectedWithLineNumber() {
        assertTrue(assertThrows(IllegalStateException.class, () -> Chars.load(List.of("一\tdigit\t1", "一\tdigit\t1")))
                .getMessage().startsWith("chars.tsv line 2: duplicate '一'"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Chars.load(List.of("一\tnumber\t1")))
                .getMessage().startsWith("chars.tsv line 1: unknown class 'number'"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Chars.load(List.of("一\tdigit\t12")))
                .getMessage().startsWith("chars.tsv line 1: value 12 does not fit"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Chars.load(List.of("几\tplaceholder\t1")))
                .getMessage().startsWith("chars.tsv line 1: '几' takes no value"));
    }

    @Test
    void chars_standardTable() {
        assertEquals(Chars.DIGIT, Chars.classOf('兩'));
        assertEquals(2, Chars.chineseDigit('两'));
        assertEquals('两', Chars.fold('兩'));
        assertEquals('万', Chars.fold('萬'));
        assertEquals(8, Chars.largeUnitPower('亿'));
        assertEquals(1000, Chars.smallUnit('仟'));
        assertEquals(0, Chars.smallUnit('万'));
        assertEquals('5', Chars.fold('\uFF15'));
    }

    @Test
    void loaded_failure_throwsIllegalStateExceptionAtEveryUse() {
        Tsv.Loaded<Object> broken = Tsv.Loaded.of(() -> {
            throw Tsv.error("units.tsv", 7, "broken");
        });
        for (int k = 0; k < 2; k++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, broken::get);
            assertEquals("units.tsv line 7: broken", e.getMessage());
        }
    }

    @Test
    void read_missingResource_namesTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tsv.read("no-such.tsv"));
        assertTrue(e.getMessage().contains("no-such.tsv"), e.getMessage());
    }
}
