package io.github.workreport.internal.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The small numbers of headings, dates and sessions, read by the quantity numeral reader. */
class SmallNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "一|1", "十|10", "十四|14", "二十|20", "二十一|21", "一百零五|105", "两|2", "零|0", "贰拾|20",
        "12|12", "05|5",
        "两三|-1", "二二|-1", "一九|-1", "三点五|-1", "1.5|-1", "十几|-1", "一二三四五六七|-1", "第一|-1", "一a|-1"})
    void value_caseTable(String s, int expected) {
        assertEquals(expected, SmallNumbers.value(s));
    }

    @Test
    void value_empty_minusOne() {
        assertEquals(-1, SmallNumbers.value(""));
    }

    @Test
    void isOrdinalChar_digitsTenHundred_notThousandOrPlaceholder() {
        for (char c : "〇零一二两三四五六七八九十百".toCharArray()) {
            assertTrue(SmallNumbers.isOrdinalChar(c), String.valueOf(c));
        }
        for (char c : "千万亿几数第年a5".toCharArray()) {
            assertFalse(SmallNumbers.isOrdinalChar(c), String.valueOf(c));
        }
    }

    @Test
    void digitAndCircled_values() {
        assertEquals(2, SmallNumbers.digit('两'));
        assertEquals(-1, SmallNumbers.digit('十'));
        assertEquals(1, SmallNumbers.circled('\u2460'));
        assertEquals(20, SmallNumbers.circled('\u2473'));
        assertEquals(-1, SmallNumbers.circled('1'));
    }
}
