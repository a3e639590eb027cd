package io.github.workreport.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.workreport.Comparison;
import io.github.workreport.Quantity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of forms in {@code quantity/cases.tsv} (parse, parseNumber) and {@code quantity/find.tsv}. */
class QuantitiesTableTest {

    static Stream<Arguments> cases() throws IOException {
        return rows("/quantity/cases.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    static Stream<Arguments> findCases() throws IOException {
        return rows("/quantity/find.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @MethodSource("cases")
    void casesTsv_rowHolds(String method, String input, String expected) {
        switch (method) {
            case "parse" -> assertQuantity(expected, Quantities.parse(input), input);
            case "number" -> {
                Optional<BigDecimal> got = Quantities.parseNumber(input);
                if (expected.equals("none")) {
                    assertTrue(got.isEmpty(), () -> input + " should not be a number but is " + got.get());
                } else {
                    assertTrue(got.isPresent(), () -> input + " should be " + expected);
                    assertEquals(0, new BigDecimal(expected).compareTo(got.get()), () -> input + " gave " + got.get());
                }
            }
            default -> fail("unknown method " + method);
        }
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @MethodSource("findCases")
    void findTsv_rowHolds(String input, String expected) {
        List<QuantityMatch> got = Quantities.find(input);
        if (expected.equals("none")) {
            assertTrue(got.isEmpty(), () -> input + " should have no quantity but has " + describe(input, got));
            return;
        }
        String[] parts = expected.split(" ; ");
        assertEquals(parts.length, got.size(), () -> input + " gave " + describe(input, got));
        int from = 0;
        for (int k = 0; k < parts.length; k++) {
            String[] f = parts[k].split("\\|");
            QuantityMatch m = got.get(k);
            int start = input.indexOf(f[0], from);
            assertTrue(start >= 0, "bad fixture " + parts[k]);
            int numberStart = input.indexOf(f[1], start);
            String ctx = input + " match " + k + " " + describe(input, got);
            assertEquals(start, m.start(), ctx);
            assertEquals(start + f[0].length(), m.end(), ctx);
            assertEquals(numberStart, m.numberStart(), ctx);
            assertEquals(numberStart + f[1].length(), m.numberEnd(), ctx);
            assertQuantity(f[2], Optional.of(m.quantity()), input);
            from = m.end();
        }
    }

    @Test
    void casesTsv_hasAtLeast300Rows() throws IOException {
        int n = rows("/quantity/cases.tsv").size() + rows("/quantity/find.tsv").size();
        assertTrue(n >= 300, "only " + n + " table cases");
    }

    static void assertQuantity(String expected, Optional<Quantity> got, String input) {
        if (expected.equals("none")) {
            assertTrue(got.isEmpty(), () -> input + " should not be a quantity but is " + got.get());
            return;
        }
        assertTrue(got.isPresent(), () -> input + " should be " + expected);
        Quantity q = got.get();
        String[] e = expected.split(" ");
        String unit = e[1].equals("-") ? "" : e[1];
        Comparison cmp = Comparison.valueOf(e[2].toUpperCase(java.util.Locale.ROOT));
        String desc = input + " gave " + q;
        assertEquals(cmp, q.comparison(), desc);
        assertEquals(unit, q.unit(), desc);
        if (cmp == Comparison.RANGE) {
            String[] lh = e[0].split("~(?=-?[0-9])");
            assertEquals(0, new BigDecimal(lh[0]).compareTo(q.low()), desc);
            assertEquals(0, new BigDecimal(lh[1]).compareTo(q.high()), desc);
        } else {
            assertEquals(0, new BigDecimal(e[0]).compareTo(q.value()), desc);
        }
    }

    static String describe(String input, List<QuantityMatch> ms) {
        StringBuilder sb = new StringBuilder("[");
        for (QuantityMatch m : ms) {
            sb.append(input, m.start(), m.end()).append('|').append(input, m.numberStart(), m.numberEnd())
                    .append('=').append(m.quantity()).append("; ");
        }
        return sb.append(']').toString();
    }

    static List<String[]> rows(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = QuantitiesTableTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }
}
