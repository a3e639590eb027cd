package io.github.workreport.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Pages;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.spi.ExtractedText;
import io.github.workreport.spi.FormatReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DetectionTest {

    private static final ReportParser PARSER = ReportParser.defaults();

    @Test
    void defaults_discoverEveryReader() {
        List<String> formats = PARSER.readers().stream().map(FormatReader::format).toList();
        assertEquals(List.of("pdf", "docx", "doc", "html"), formats);
    }

    @Test
    void parse_formatToldByContentNotName() throws IOException {
        assertEquals("text", PARSER.parseAll(Docs.text().getBytes(StandardCharsets.UTF_8), "report.pdf").format());
        assertEquals("html", PARSER.parseAll(Docs.html().getBytes(StandardCharsets.UTF_8), "report.txt").format());
        assertEquals("pdf", PARSER.parseAll(Docs.pdf(PdfReaderTest.threePages(), null, 0), "report.html").format());
        assertEquals("docx", PARSER.parseAll(OfficeReaderTest.docx(), "report.doc").format());
    }

    @Test
    void parse_otherBinaries_refusedWithoutFigures() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("report.txt"));
            z.write(Docs.text().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(Docs.text().getBytes(StandardCharsets.UTF_8));
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0};
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i += 3) {
            noise[i] = (byte) (i % 9); // control bytes throughout
        }
        Object[][] cases = {{zip.toByteArray(), "zip"}, {gz.toByteArray(), "gzip"}, {png, "png"},
            {elf, "elf executable"}, {noise, "binary"}};
        for (Object[] c : cases) {
            ReportFile f = PARSER.parseAll((byte[]) c[0], "x");
            assertEquals(c[1], f.format());
            assertNotNull(f.refusal(), c[1].toString());
            assertTrue(f.reports().isEmpty());
            assertEquals(ReportFile.REFUSED, f.warnings().get(f.warnings().size() - 1).code());
        }
    }

    @Test
    void builder_explicitReader_askedFirst() {
        FormatReader ofd = new FormatReader() {
            @Override
            public String format() {
                return "ofd";
            }

            @Override
            public boolean accepts(byte[] bytes) {
                return bytes.length > 3 && bytes[0] == 'O' && bytes[1] == 'F' && bytes[2] == 'D';
            }

            @Override
            public ExtractedText read(byte[] bytes, int maxChars) {
                String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
                return ExtractedText.plain("ofd", null, text, Pages.of(new int[] {0}, text.length()), List.of());
            }
        };
        ReportParser p = ReportParser.builder().discoverExtractors().addReader(ofd).discoverReaders().build();
        assertEquals("ofd", p.readers().get(0).format());
        ReportFile f = p.parseAll(("OFD" + Docs.text()).getBytes(StandardCharsets.UTF_8), "x.ofd");
        assertEquals("ofd", f.format());
        assertNull(f.refusal());
        assertEquals(1, f.reports().size());
        assertEquals(1, f.pageAt(f.reports().get(0).targets().get(0).span().start()));
    }
}
