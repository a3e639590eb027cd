package io.github.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.spi.ExtractedText;
import io.github.workreport.spi.FormatReader;
import io.github.workreport.text.OffsetMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input formats as core sees them: text by default, binaries refused, readers through the SPI. */
class InputFormatTest {

    @Test
    void parseAll_text_formatText() {
        ReportFile f = ReportParser.builder().build().parseAll(Fixtures.CITY_REPORT.getBytes(StandardCharsets.UTF_8), "x");
        assertEquals("text", f.format());
        assertTrue(f.pages().isEmpty());
        assertNull(f.refusal());
        assertEquals("text", ReportParser.builder().build().parseAll(Fixtures.CITY_REPORT).format());
    }

    @Test
    void parseAll_pdfWithoutReader_refusedNamingTheModule() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Length 3 >> stream\nze 333/Root 90 0 R\nendstream\n".getBytes(
                StandardCharsets.ISO_8859_1);
        ReportFile f = ReportParser.builder().build().parseAll(pdf, "a.pdf");
        assertEquals("pdf", f.format());
        assertTrue(f.reports().isEmpty(), "no figures from a PDF's bytes");
        assertNotNull(f.refusal());
        assertTrue(f.refusal().contains("workreport-formats"), f.refusal());
    }

    @Test
    void parseAll_readerWithOwnOriginal_spansAndNoiseInItsCoordinates() {
        // a reader whose original has a 6-character header it sets aside
        String original = "HEADER" + Fixtures.CITY_REPORT;
        FormatReader r = new FormatReader() {
            @Override
            public String format() {
                return "test";
            }

            @Override
            public boolean accepts(byte[] bytes) {
                return true;
            }

            @Override
            public ExtractedText read(byte[] bytes, int maxChars) {
                OffsetMap.Builder m = OffsetMap.builder().replace(6, 0);
                return new ExtractedText("test", null, original, Fixtures.CITY_REPORT, m.build(original.length()),
                        List.of(new Noise(Noise.Kind.OTHER, new Span(0, 6), "header")), Pages.none(), List.of(), null);
            }
        };
        ReportFile f = ReportParser.builder().addReader(r).build().parseAll(new byte[] {1}, "x");
        assertEquals("test", f.format());
        assertEquals(original, f.original());
        Report rep = f.reports().get(0);
        assertEquals("青川市", rep.metadata().region());
        assertTrue(rep.span().start() >= 6);
        assertEquals(new Span(0, 6), f.noise().get(0).span());
        Section first = rep.sections().get(0);
        assertTrue(first.headingSpan().of(original).startsWith("一、"), first.headingSpan().of(original));
    }

    @Test
    void parseAll_readerThatThrows_isARefusalNotACrash() {
        FormatReader bad = new FormatReader() {
            @Override
            public String format() {
                return "bad";
            }

            @Override
            public boolean accepts(byte[] bytes) {
                return true;
            }

            @Override
            public ExtractedText read(byte[] bytes, int maxChars) {
                throw new IllegalStateException("boom");
            }
        };
        ReportFile f = ReportParser.builder().addReader(bad).build().parseAll(new byte[] {1, 2}, "x");
        assertEquals("bad", f.format());
        assertTrue(f.refusal().contains("boom"), f.refusal());
    }

    @Test
    void builder_twoReadersOfOneFormat_illegalArgument() {
        FormatReader r = new FormatReader() {
            @Override
            public String format() {
                return "x";
            }

            @Override
            public boolean accepts(byte[] bytes) {
                return false;
            }

            @Override
            public ExtractedText read(byte[] bytes, int maxChars) {
                return ExtractedText.refused("x", "never");
            }
        };
        ReportParser.Builder b = ReportParser.builder().addReader(r);
        assertThrows(IllegalArgumentException.class, () -> b.addReader(r));
    }

    @Test
    void extractedText_mapNotLeadingToText_illegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractedText("x", null, "abc", "ab",
                OffsetMap.identity(3), List.of(), Pages.none(), List.of(), null));
    }
}
