package io.github.workreport.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Noise;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.Section;
import io.github.workreport.Target;
import io.github.workreport.spi.ExtractedText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

    private static final ReportParser PARSER = ReportParser.defaults();
    private static final String HEADER = "青川市人民政府文件";

    /**
     * The report over three pages, lines hard-wrapped at 24 characters, each paragraph's first
     * line indented by two and holding two fewer, as a typeset page has them.
     */
    static List<List<String>> threePages() {
        List<String> lines = new ArrayList<>();
        lines.add("\t" + Docs.TITLE);
        for (String l : Docs.BODY) {
            int first = Math.min(l.length(), 22);
            lines.add("\t" + l.substring(0, first));
            lines.addAll(Docs.wrap(l.substring(first), 24));
        }
        int third = lines.size() / 3;
        return List.of(lines.subList(0, third), lines.subList(third, 2 * third), lines.subList(2 * third, lines.size()));
    }

    @Test
    void parse_threePages_readsTheReportWithPagesAndSetsFurnitureAside() throws IOException {
        byte[] pdf = Docs.pdf(threePages(), HEADER, 0);
        ReportFile f = PARSER.parseAll(pdf, "report.pdf");
        assertEquals("pdf", f.format());
        assertNull(f.charset());
        assertNull(f.refusal());
        assertEquals(3, f.pages().count());
        assertEquals(1, f.reports().size(), f.warnings().toString());
        Report r = f.reports().get(0);
        assertEquals("青川市", r.metadata().region());
        assertEquals(2025, r.metadata().year());
        assertEquals(List.of("一", "二", "三"), r.sections().stream().map(Section::number).toList());
        assertEquals(List.of("2024年工作回顾", "2025年工作安排", "全面加强政府自身建设"),
                r.sections().stream().map(Section::title).toList(), "headings stay apart from their paragraphs");
        assertTrue(f.original().contains("\u3000\u3000二、2025年工作安排\n"), "an indented line carries the indentation");
        Target gdp = r.targets().stream().filter(t -> "地区生产总值".equals(t.indicator())).findFirst().orElseThrow();
        assertEquals(0, gdp.quantity().value().compareTo(new java.math.BigDecimal("5.5")));
        // the span points into the extracted text, and its page is known
        String original = f.original();
        assertTrue(gdp.span().of(original).replace("\n", "").contains("5.5%"), gdp.span().of(original));
        int page = f.pageAt(gdp.span().start());
        assertTrue(page >= 2 && page <= 3, "page " + page);
        assertTrue(original.substring(f.pages().start(page)).contains(gdp.text().substring(0, 2)));
        // page breaks, page numbers and the running header are noise, not text
        assertEquals(2, original.chars().filter(c -> c == '\f').count());
        for (int p = 1; p <= 3; p++) {
            int at = original.indexOf(Docs.pageNumber(p));
            assertTrue(at >= 0 && covered(f, at), "page number " + p);
            assertEquals(p, f.pageAt(at));
        }
        int header = original.lastIndexOf(HEADER);
        assertTrue(covered(f, header), "running header");
        for (Noise n : f.noise()) {
            if (n.kind() == Noise.Kind.PAGE_FURNITURE) {
                assertNotNull(f.pages().pagesOf(n.span()));
            }
        }
        // every report and section knows its pages
        assertArrayEquals(new int[] {1, 3}, f.pages().pagesOf(r.span()));
        Section first = r.sections().get(0);
        int[] firstPages = f.pages().pagesOf(first.span());
        assertEquals(f.pageAt(first.headingSpan().start()), firstPages[0]);
        assertEquals(f.pageAt(first.span().end() - 1), firstPages[1]);
        assertTrue(firstPages[0] >= 1 && firstPages[1] <= 3 && firstPages[0] <= firstPages[1]);
        assertArrayEquals(new int[] {3, 3}, f.pages().pagesOf(r.sections().get(2).span()));
    }

    @Test
    void read_unmappedGlyphs_leftOutWithAWarningNamingThePage() throws IOException {
        byte[] pdf = Docs.pdf(threePages(), null, 2);
        ExtractedText x = new PdfReader().read(pdf, 1 << 20);
        assertTrue(x.warnings().stream().anyMatch(w -> w.code().equals("pdf-font-without-unicode")
                && w.message().contains("page 2")), x.warnings().toString());
        assertFalse(x.original().contains("\u0081"));
    }

    @Test
    void parse_encryptedPdf_refusedWithOneClearReason() throws IOException {
        byte[] plain = Docs.pdf(threePages(), null, 0);
        byte[] locked;
        try (PDDocument doc = Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            locked = out.toByteArray();
        }
        ReportFile f = PARSER.parseAll(locked, "locked.pdf");
        assertEquals("pdf", f.format());
        assertNotNull(f.refusal());
        assertTrue(f.refusal().contains("encrypted"), f.refusal());
        assertTrue(f.reports().isEmpty());
    }

    @Test
    void parse_brokenPdf_refusedNotGarbage() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref 0 1\ntrailer << >>\n%%EOF"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ReportFile f = PARSER.parseAll(broken, "broken.pdf");
        assertEquals("pdf", f.format());
        assertTrue(f.reports().isEmpty());
        assertTrue(f.refusal() != null || f.warnings().stream().anyMatch(w -> w.code().equals("no-report")),
                f.warnings().toString());
    }

    @Test
    void parse_pdfWithoutTextLayer_saysItNeedsOcr() throws IOException {
        byte[] scan;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            scan = out.toByteArray();
        }
        ReportFile f = PARSER.parseAll(scan, "scan.pdf");
        assertEquals("pdf", f.format());
        assertEquals(2, f.pages().count());
        assertTrue(f.reports().isEmpty());
        assertTrue(f.warnings().stream().anyMatch(w -> w.code().equals("pdf-no-text-layer") && w.message().contains("OCR")),
                f.warnings().toString());
    }

    @Test
    void isPageNumber_commonForms() {
        for (String s : List.of("1", "- 12 -", "—12—", "－ ３ －", "第3页", "第 3 页 共 20 页", "3/20", "·7·")) {
            assertTrue(Furniture.isPageNumber(s), s);
        }
        for (String s : List.of("12345", "一、总体要求", "增长5%", "第三章", "")) {
            assertFalse(Furniture.isPageNumber(s), s);
        }
    }

    private static boolean covered(ReportFile f, int offset) {
        for (Noise n : f.noise()) {
            if (n.span().contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
