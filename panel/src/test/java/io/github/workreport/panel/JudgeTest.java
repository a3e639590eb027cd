package io.github.workreport.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.workreport.Comparison;
import io.github.workreport.Quantity;
import io.github.workreport.extractors.IndicatorTaxonomy.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The met/missed rule as a case table: direction, target, result → status. */
class JudgeTest {

    @ParameterizedTest(name = "{0} target {1} {2} result {3} {4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # direction   | target cmp | target       | result cmp | result | status
            higher_better | approx     | 6            | eq         | 6.1    | met
            higher_better | approx     | 6            | eq         | 6      | met
            higher_better | approx     | 6            | eq         | 5.9    | missed
            higher_better | eq         | 7.5          | eq         | 7.2    | missed
            higher_better | ge         | 9000000      | eq         | 13100000 | met
            higher_better | gt         | 100          | eq         | 100    | missed
            higher_better | gt         | 15000        | gt         | 15000  | met
            higher_better | range      | 5~5.5        | eq         | 5      | met
            higher_better | range      | 5~5.5        | eq         | 4.9    | missed
            higher_better | ge         | 6            | ge         | 6      | met
            higher_better | ge         | 6            | le         | 7      | unclear
            higher_better | le         | 3            | eq         | 4      | missed
            lower_better  | approx     | 5.5          | eq         | 5.1    | met
            lower_better  | le         | 5.5          | eq         | 5.6    | missed
            lower_better  | lt         | 4.6          | eq         | 4.1    | met
            lower_better  | lt         | 4.6          | eq         | 4.6    | missed
            lower_better  | le         | -3.4         | eq         | -5     | met
            lower_better  | approx     | -3           | lt         | -3     | met
            lower_better  | approx     | -3           | eq         | -2.5   | missed
            lower_better  | range      | -3~-2        | eq         | -2.5   | met
            ceiling       | approx     | 3            | eq         | 0.2    | met
            ceiling       | approx     | 3            | eq         | -0.8   | met
            ceiling       | approx     | 3            | eq         | 3.3    | missed
            ceiling       | le         | 3            | eq         | 3      | met
            none          | approx     | 5            | eq         | 5      | unclear
            none          | ge         | 5            | eq         | 6      | met
            none          | range      | 5~6          | eq         | 6.5    | missed
            none          | range      | 5~6          | eq         | 5.5    | met
            """)
    void status_byDirectionAndComparator(String direction, String tc, String target, String rc, String result,
            String status) {
        Direction d = Direction.ofCode(direction);
        assertEquals(status, Judge.status(d, q(tc, target), q(rc, result)).code());
    }

    @Test
    void status_missingSide() {
        assertEquals(Status.NO_RESULT, Judge.status(Direction.HIGHER_BETTER, q("eq", "1"), null));
        assertEquals(Status.NO_TARGET, Judge.status(Direction.HIGHER_BETTER, null, q("eq", "1")));
    }

    @Test
    void gap_resultMinusTheBoundThatCounts() {
        assertEquals(0, new BigDecimal("0.1").compareTo(Judge.gap(Direction.HIGHER_BETTER, q("approx", "6"), q("eq", "6.1"))));
        assertEquals(0, new BigDecimal("-0.5").compareTo(Judge.gap(Direction.HIGHER_BETTER, q("range", "5~5.5"), q("eq", "4.5"))));
        assertEquals(0, new BigDecimal("0.3").compareTo(Judge.gap(Direction.CEILING, q("range", "2~3"), q("eq", "3.3"))));
        assertNull(Judge.gap(Direction.HIGHER_BETTER, null, q("eq", "1")));
    }

    static Quantity q(String cmp, String v) {
        if (cmp.equals("range")) {
            String[] p = v.split("~");
            return Quantity.range(new BigDecimal(p[0]), new BigDecimal(p[1]), "%");
        }
        Comparison c = switch (cmp) {
            case "eq" -> Comparison.EQ;
            case "approx" -> Comparison.APPROX;
            case "ge" -> Comparison.GE;
            case "gt" -> Comparison.GT;
            case "le" -> Comparison.LE;
            case "lt" -> Comparison.LT;
            default -> throw new IllegalArgumentException(cmp);
        };
        return Quantity.of(new BigDecimal(v), "%", c);
    }
}
