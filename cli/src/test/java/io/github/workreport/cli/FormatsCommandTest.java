package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line over inputs of every format, told apart by content. */
class FormatsCommandTest {

    @TempDir
    Path dir;

    private static String html(String region, int year) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">政务公开</a> <a href=\"/b\">新闻</a></div>"
                + "<div class=\"content\">");
        for (String line : Fixtures.report(region, year).split("\n")) {
            h.append("<p>").append(line).append("</p>\n");
        }
        return h.append("</div></body></html>").toString();
    }

    /** A two-page PDF in Helvetica: no report, but pages, page numbers and a running header. */
    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= 3; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(50, 740);
                    cs.showText("Annual Budget Papers");
                    cs.newLineAtOffset(0, -40);
                    cs.showText("Body text of page " + p + " of the papers.");
                    cs.endText();
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(290, 30);
                    cs.showText("- " + p + " -");
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void parse_directoryOfMixedFormats_readsEachByContentAndRefusesBinaries() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), Fixtures.report("青川市", 2025), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.html"), html("白溪县", 2024), StandardCharsets.UTF_8);
        Files.write(in.resolve("c.pdf"), "%PDF-1.4\nnot really a PDF\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("d.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0});
        Files.write(in.resolve("e.zip"), new byte[] {'P', 'K', 3, 4, 0, 0}); // not taken by the default pattern
        Files.write(in.resolve("f.pdf"), pdf());
        Fixtures.Run r = Fixtures.run("parse", "--format", "jsonl", "-q", in.toString());
        assertEquals(1, r.exit(), "a refused input is an input error: " + r.err());
        List<String> errors = r.err().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.stream().anyMatch(l -> l.contains("d.txt") && l.contains("png")), r.err());
        assertTrue(errors.stream().anyMatch(l -> l.contains("c.pdf")), r.err());
        ObjectMapper m = new ObjectMapper();
        Map<String, JsonNode> bySource = new TreeMap<>();
        for (String line : r.out().lines().toList()) {
            JsonNode n = m.readTree(line);
            bySource.put(Path.of(n.get("source").asText()).getFileName().toString(), n);
        }
        assertEquals(List.of("a.txt", "b.html", "c.pdf", "d.txt", "f.pdf"), new ArrayList<>(bySource.keySet()));
        assertEquals("text", bySource.get("a.txt").get("format").asText());
        JsonNode html = bySource.get("b.html");
        assertEquals("html", html.get("format").asText());
        assertEquals("白溪县", html.get("reports").get(0).get("metadata").get("region").asText());
        assertTrue(html.get("reports").get(0).get("targets").size() >= 3);
        assertTrue(bySource.get("c.pdf").has("error"));
        JsonNode pdf = bySource.get("f.pdf");
        assertEquals("pdf", pdf.get("format").asText());
        assertEquals(3, pdf.get("pageCount").asInt());
    }

    @Test
    void parse_pdfWithNoise_everyStretchCarriesItsPages() throws IOException {
        Path f = dir.resolve("papers.pdf");
        Files.write(f, pdf());
        Fixtures.Run r = Fixtures.run("parse", "--noise", "-q", f.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals("pdf", n.get("format").asText());
        JsonNode noise = n.get("noise");
        assertTrue(noise.size() >= 3, noise.toString());
        int pageNumbers = 0;
        for (JsonNode x : noise) {
            JsonNode pages = x.get("pages");
            assertEquals(2, pages.size(), x.toString());
            assertTrue(pages.get(0).asInt() >= 1 && pages.get(1).asInt() <= 3, x.toString());
            if (x.get("kind").asText().equals("page_furniture")) {
                pageNumbers++;
            }
        }
        assertTrue(pageNumbers >= 3, noise.toString());
    }

    @Test
    void render_pdf_showsPageMarkers() throws IOException {
        Path f = dir.resolve("papers.pdf");
        Files.write(f, pdf());
        Path out = dir.resolve("papers.html");
        Fixtures.Run r = Fixtures.run("render", "-o", out.toString(), f.toString());
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(page.contains("<span class=\"page\">page 3</span>"), "page markers");
    }

    @Test
    void normalize_html_printsTheSourceWithChromeMarked() throws IOException {
        Path f = dir.resolve("b.html");
        Files.writeString(f, html("白溪县", 2024), StandardCharsets.UTF_8);
        Fixtures.Run text = Fixtures.run("normalize", f.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().startsWith("2024年白溪县政府工作报告\n"), text.out());
        assertTrue(!text.out().contains("政务公开") && !text.out().contains("<p>"), text.out());
        Fixtures.Run marked = Fixtures.run("normalize", "--mark-noise", f.toString());
        assertEquals(0, marked.exit(), marked.err());
        int menu = marked.out().indexOf("政务公开");
        assertTrue(menu > marked.out().lastIndexOf("⟦", menu), "the menu is marked as noise: " + marked.out());
    }
}
