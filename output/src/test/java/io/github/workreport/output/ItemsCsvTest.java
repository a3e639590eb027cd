package io.github.workreport.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemsCsvTest {

    /** Reads RFC 4180 text back into rows of fields with Jackson's CSV reader. */
    static List<List<String>> read(String csv) throws IOException {
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }

    private static String csv(ReportFile f) throws IOException {
        StringWriter w = new StringWriter();
        try (ItemsCsv csv = ItemsCsv.to(w)) {
            csv.writeHeader();
            csv.writeRows(f);
        }
        return w.toString();
    }

    @Test
    void writeHeader_columns_asDocumentedUnquoted() throws IOException {
        StringWriter w = new StringWriter();
        try (ItemsCsv csv = ItemsCsv.to(w)) {
            csv.writeHeader();
        }
        assertEquals(String.join(",", ItemsCsv.COLUMNS) + "\r\n", w.toString());
        assertEquals(24, ItemsCsv.COLUMNS.size());
        assertEquals(List.of("periodStart", "periodEnd", "periodBasis"), ItemsCsv.COLUMNS.subList(17, 20));
    }

    @Test
    void writeRows_sample_oneRowPerItemInOrder() throws IOException {
        ReportFile f = ReportParser.defaults().parseAll(ReportJsonTest.SAMPLE);
        Report r = f.reports().get(0);
        String text = csv(f);
        assertTrue(text.endsWith("\r\n"));
        List<List<String>> rows = read(text);
        assertEquals(1 + r.targets().size() + r.achievements().size(), rows.size());
        List<String> first = rows.get(1);
        assertEquals(ItemsCsv.COLUMNS.size(), first.size());
        assertEquals("target", first.get(ItemsCsv.COLUMNS.indexOf("item")));
        assertEquals("青川市", first.get(ItemsCsv.COLUMNS.indexOf("region")));
        assertEquals(r.targets().get(0).text(), first.get(ItemsCsv.COLUMNS.indexOf("text")));
        assertEquals("achievement", rows.get(rows.size() - 1).get(ItemsCsv.COLUMNS.indexOf("item")));
    }

    @Test
    void writeRows_quoting_onlyCommaQuoteCrLfQuoted() throws IOException {
        // a section path holding a comma is quoted; a per cent sign or a colon never makes a field quoted
        ReportFile f = ReportParser.defaults().parseAll(ReportJsonTest.SAMPLE);
        String text = csv(f);
        assertTrue(text.contains(",\"2025年工作安排 > 坚持创新驱动,加快构建现代化产业体系\","), text);
        assertTrue(text.contains(",今年主要预期目标是:地区生产总值增长5.5%左右,"), text);
        assertFalse(text.contains("\"5.5\""), text);
    }

    @Test
    void writeFailure_sourceAndReason_errorRow() throws IOException {
        StringWriter w = new StringWriter();
        try (ItemsCsv csv = ItemsCsv.to(w)) {
            csv.writeFailure("a, b.pdf", "the PDF is encrypted");
        }
        assertEquals("\"a, b.pdf\",,,,,,,error,,,,,,,,,,,,,,the PDF is encrypted,,\r\n", w.toString());
    }

    @Test
    void close_writer_leftOpenAndFlushed() throws IOException {
        StringWriter w = new StringWriter();
        ItemsCsv csv = ItemsCsv.to(w);
        csv.writeHeader();
        csv.close();
        w.write("more");
        assertTrue(w.toString().endsWith("\r\nmore"));
    }

    @Test
    void plainNumber_multipliersAndTrailingZeros_plainDecimal() {
        assertEquals("1600000000000", ItemsCsv.plainNumber(new BigDecimal("1.6E12")));
        assertEquals("5.5", ItemsCsv.plainNumber(new BigDecimal("5.50")));
        assertEquals("-3.2", ItemsCsv.plainNumber(new BigDecimal("-3.20")));
        assertEquals("18000", ItemsCsv.plainNumber(new BigDecimal("18000")));
        assertEquals(null, ItemsCsv.plainNumber(null));
    }
}
