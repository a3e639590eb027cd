package io.github.workreport.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers of a parsed file become what Python reads from the JSON the command line writes for them (shown as Python prints them). */
class SpecJsonTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "5.50, Double, 5.5",
        "5.5, Double, 5.5",
        "-3.20, Double, -3.2",
        "18000, Long, 18000",
        "1.8E+4, Long, 18000",
        "106080000000.00, Long, 106080000000",
        "1.6E+12, Long, 1600000000000",
        "123456789012345678, Long, 123456789012345678",
        "1234567890123456789, Double, 1.2345678901234568e+18",
        "1E+19, Double, 1e+19",
        "0.1, Double, 0.1"})
    void number_bigDecimals_intWhenWholeAndShortElseFloat(String decimal, String type, String expected) {
        Object n = SpecJson.number(new BigDecimal(decimal));
        assertEquals(type, n.getClass().getSimpleName());
        assertEquals(expected, Py.repr(n)); // as Python prints what it read
    }
}
