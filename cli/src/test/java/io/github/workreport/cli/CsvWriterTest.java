package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void field_plain_unquoted() {
        assertEquals("地区生产总值", CsvWriter.field("地区生产总值"));
        assertEquals("", CsvWriter.field(null));
        assertEquals("", CsvWriter.field(""));
    }

    @Test
    void field_commaQuoteNewline_quotedAndQuotesDoubled() {
        assertEquals("\"a,b\"", CsvWriter.field("a,b"));
        assertEquals("\"say \"\"5%\"\"\"", CsvWriter.field("say \"5%\""));
        assertEquals("\"line1\nline2\"", CsvWriter.field("line1\nline2"));
        assertEquals("\"cr\rhere\"", CsvWriter.field("cr\rhere"));
    }

    @Test
    void row_awkwardFields_roundTripThroughRfc4180Reader() {
        List<String> cells = Arrays.asList("a,b", "q\"uote", "multi\r\nline", null, "plain", "“全角”，逗号");
        String row = CsvWriter.row(cells);
        assertTrue(row.endsWith("\r\n"));
        List<List<String>> back = Fixtures.parseCsv(row);
        assertEquals(1, back.size());
        assertEquals(Arrays.asList("a,b", "q\"uote", "multi\r\nline", "", "plain", "“全角”，逗号"), back.get(0));
    }

    @Test
    void number_multipliersAndTrailingZeros_plainDecimal() {
        assertEquals("1600000000000", CsvWriter.number(new BigDecimal("1.6E12")));
        assertEquals("5.5", CsvWriter.number(new BigDecimal("5.50")));
        assertEquals("-3.2", CsvWriter.number(new BigDecimal("-3.20")));
        assertEquals("18000", CsvWriter.number(new BigDecimal("18000")));
        assertEquals(null, CsvWriter.number(null));
    }

    @Test
    void header_columns_asDocumented() {
        assertEquals(String.join(",", CsvWriter.COLUMNS) + "\r\n", CsvWriter.header());
        assertEquals(24, CsvWriter.COLUMNS.size());
        assertEquals(List.of("periodStart", "periodEnd", "periodBasis"), CsvWriter.COLUMNS.subList(17, 20));
        assertFalse(CsvWriter.header().contains("\""));
    }
}
