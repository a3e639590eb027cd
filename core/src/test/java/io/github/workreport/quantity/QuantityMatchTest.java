package io.github.workreport.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.workreport.Comparison;
import io.github.workreport.Quantity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityMatchTest {

    private static final Quantity ONE = Quantity.of(BigDecimal.ONE, "", Comparison.EQ);

    @Test
    void constructor_rejectsInconsistentOffsets() {
        assertThrows(IllegalArgumentException.class, () -> new QuantityMatch(-1, 2, 0, 1, ONE));
        assertThrows(IllegalArgumentException.class, () -> new QuantityMatch(2, 3, 1, 3, ONE));
        assertThrows(IllegalArgumentException.class, () -> new QuantityMatch(0, 2, 2, 1, ONE));
        assertThrows(IllegalArgumentException.class, () -> new QuantityMatch(0, 2, 0, 3, ONE));
        assertThrows(NullPointerException.class, () -> new QuantityMatch(0, 1, 0, 1, null));
    }

    @Test
    void text_givesMatchAndNumeral() {
        String s = "外贸进出口总额超100亿元、增长151%";
        List<QuantityMatch> ms = Quantities.find(s);
        assertEquals("超100亿元", ms.get(0).text(s).toString());
        assertEquals("100亿", ms.get(0).numberText(s).toString());
        assertEquals("151%", ms.get(1).text(s).toString());
    }

    @Test
    void find_offsetsPointIntoTheGivenText() {
        String prefix = "前言。".repeat(7);
        String s = prefix + "城镇新增就业1.8万人";
        QuantityMatch m = Quantities.find(s).get(0);
        assertEquals(prefix.length() + 6, m.start());
        assertEquals(s.length(), m.end());
    }

    @Test
    void find_minusAfterHanCharacter_negativeButDashBetweenDigitsARange() {
        QuantityMatch balance = Quantities.find("本年收支结余-1,569万元").get(0);
        assertEquals(0, new BigDecimal("-15690000").compareTo(balance.quantity().value()));
        assertEquals(6, balance.start());
        Quantity range = Quantities.find("增长5-6%").get(0).quantity();
        assertEquals(Comparison.RANGE, range.comparison());
        assertEquals(0, new BigDecimal("5").compareTo(range.low()));
    }

    @Test
    void quantities_rejectNull() {
        assertThrows(NullPointerException.class, () -> Quantities.find(null));
        assertThrows(NullPointerException.class, () -> Quantities.parse(null));
        assertThrows(NullPointerException.class, () -> Quantities.parseNumber(null));
    }

    @Test
    void find_acceptsNonStringCharSequences() {
        StringBuilder sb = new StringBuilder("增长５．５％以上");
        QuantityMatch m = Quantities.find(sb).get(0);
        assertEquals(0, new BigDecimal("5.5").compareTo(m.quantity().value()));
        assertEquals(Comparison.GE, m.quantity().comparison());
        assertEquals(2, m.start());
        assertEquals(sb.length(), m.end());
    }

    @Test
    void find_unmappedGlyphInsideANumber_readsNoFigure() {
        // a PDF tool wrote the decimal point as a private-use character: 76.1% and 117.7亿元 are unreadable
        String s = "占比达76\uDBC0\uDDB01%,资金117\uDBC0\uDDB07亿元,另\uE2AE6.47亿元,增长5%";
        List<QuantityMatch> ms = Quantities.find(s);
        assertEquals(List.of("6.47亿元", "5%"), ms.stream().map(m -> m.text(s).toString()).toList());
    }

    @Test
    void find_doublingWithoutNumeral_isTwoTimes() {
        QuantityMatch m = Quantities.find("研发投入实现翻番").get(0);
        assertEquals(0, BigDecimal.valueOf(2).compareTo(m.quantity().value()));
        assertEquals("倍", m.quantity().unit());
    }

    @Test
    void find_rangeOfPercentagesInChineseNumerals_isOneRange() {
        List<QuantityMatch> ms = Quantities.find("节约煤和电百分之二到三，节约油百分之五到百分之十，三分之一到二");
        assertEquals(Comparison.RANGE, ms.get(0).quantity().comparison());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(ms.get(0).quantity().high()));
        assertEquals(0, BigDecimal.TEN.compareTo(ms.get(1).quantity().high()));
        assertEquals(Comparison.EQ, ms.get(2).quantity().comparison(), "a third to two is no range of percentages");
    }

    @Test
    void find_perHeadAndMonth_keepsBothDenominators() {
        List<QuantityMatch> ms = Quantities.find("补助水平分别提高至331元/人/月、700元/人/年");
        assertEquals("元/人/月", ms.get(0).quantity().unit());
        assertEquals("元/人/年", ms.get(1).quantity().unit());
    }
}
