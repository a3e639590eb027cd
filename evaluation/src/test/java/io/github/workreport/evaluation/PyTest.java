package io.github.workreport.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Python semantics the port relies on; expected values are what CPython 3.11 prints. */
class PyTest {

    @ParameterizedTest(name = "repr({0}) = {1}")
    @CsvSource({
        "5.5, 5.5",
        "15490000000.0, 15490000000.0",
        "1.6e12, 1600000000000.0",
        "1.6e16, 1.6e+16",
        "1e-06, 1e-06",
        "0.0001, 0.0001",
        "0.00001, 1e-05",
        "-2.7, -2.7",
        "0.30000000000000004, 0.30000000000000004",
        "123456789012345678, 1.2345678901234568e+17",
        "-0.0, -0.0"})
    void floatRepr_doubles_asCPython(double x, String expected) {
        assertEquals(expected, Py.floatRepr(x));
    }

    @ParameterizedTest(name = "format({0}, 5.1f) = ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "0.25|'  0.2'",         // an exact tie rounds to even
        "0.35|'  0.3'",         // 0.35 is 0.34999999999999997779… in binary
        "12.25|' 12.2'",
        "99.95|'100.0'",        // 99.9500000000000028…
        "100.0|'100.0'",
        "97.67441860465115|' 97.7'",
        "0.0|'  0.0'"})
    void fixed_binaryValueRoundedHalfEven_asCPython(double x, String expected) {
        assertEquals(expected, Py.fixed(x, 5, 1));
    }

    @Test
    void repr_stringsListsNone_asCPython() {
        assertEquals("'济南市'", Py.repr("济南市"));
        assertEquals("\"it's\"", Py.repr("it's"));
        assertEquals("'a\\'b\"c'", Py.repr("a'b\"c"));
        assertEquals("'x\\ny\\t\\x00'", Py.repr("x\ny\t\0"));
        assertEquals("'\\u3000'", Py.repr("\u3000"));
        assertEquals("None", Py.repr(null));
        assertEquals("[5.0, None]", Py.str(Arrays.asList(5.0, null)));
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", true);
        assertEquals("{'a': 1, 'b': True}", Py.repr(m));
        assertEquals("None", Py.str(null));
        assertEquals("2024", Py.str(2024));
    }

    @Test
    void eq_numbersAcrossTypes_asCPython() {
        assertEquals(true, Py.eq(2024, 2024.0));
        assertEquals(true, Py.eq(2024, 2024L));
        assertEquals(true, Py.eq(true, 1));
        assertEquals(false, Py.eq(2024, "2024"));
        assertEquals(false, Py.eq(Double.NaN, Double.NaN));
        assertEquals(false, Py.eq(9007199254740993L, 9007199254740992.0)); // 2**53 + 1 != float(2**53)
        assertEquals(true, Py.eq(Arrays.asList(2021, 2025, "average"), Arrays.asList(2021.0, 2025, "average")));
        assertEquals(false, Py.eq(null, List.of()));
        assertEquals(true, Py.eq(null, null));
    }

    @Test
    void norm_widthSpacePunctuation_foldedAndDropped() {
        assertEquals("PM25平均浓度", Py.norm("ＰＭ２.５ 平均浓度"));
        assertEquals("细颗粒物PM25", Py.norm("细颗粒物（PM2.5）"));
        assertEquals("城镇新增就业", Py.norm("城镇新增\u3000就业、"));
        assertEquals("", Py.norm(null));
        assertEquals("2024", Py.norm(2024));
        assertEquals("55", Py.norm(5.5));
    }

    @Test
    void truthy_values_asCPython() {
        assertEquals(false, Py.truthy(0));
        assertEquals(false, Py.truthy(0.0));
        assertEquals(false, Py.truthy(""));
        assertEquals(false, Py.truthy(List.of()));
        assertEquals(false, Py.truthy(Map.of()));
        assertEquals(true, Py.truthy("no"));
        assertEquals(true, Py.truthy(Double.NaN));
    }
}
