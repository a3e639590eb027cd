package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Figure;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.output.ItemsCsv;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void render_report_tableRowsMatchItemsAndLinkToText() throws IOException {
        String text = Fixtures.report("青川市", 2025);
        Path f = dir.resolve("r.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Path html = dir.resolve("out/r.html");
        Fixtures.Run r = Fixtures.run("render", f.toString(), "-o", html.toString());
        assertEquals(0, r.exit(), r.err());

        ReportFile rf = ReportParser.defaults().parseAll(f);
        Report report = rf.reports().get(0);
        List<Figure> items = new ArrayList<>(report.targets());
        items.addAll(report.achievements());

        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(0, doc.select("link[href], script[src], img[src]").size(), "self-contained");
        Elements rows = doc.select("table.items tbody tr");
        assertEquals(items.size(), rows.size());
        int t = 0;
        int a = 0;
        for (int i = 0; i < items.size(); i++) {
            Figure x = items.get(i);
            Element row = rows.get(i);
            boolean target = i < report.targets().size();
            String id = HtmlRenderer.itemId(0, target, target ? t++ : a++);
            Elements cells = row.select("td");
            assertEquals(HtmlRenderer.COLUMNS.size(), cells.size());
            assertEquals(target ? "target" : "achievement", cells.get(1).text());
            assertTrue(cells.get(2).text().startsWith(x.indicator()), cells.get(2).text());
            assertEquals(x.measure().code(), cells.get(3).text());
            BigDecimal v = x.quantity() == null ? null : x.quantity().value();
            assertEquals(v == null ? "" : ItemsCsv.plainNumber(v), cells.get(4).text());
            assertEquals(x.year() == null ? "" : x.year().toString(), cells.get(9).text());
            assertEquals(x.estimated() ? "yes" : "no", cells.get(10).text());
            // the row links to an anchor in the text, followed by the highlighted clause
            String href = row.selectFirst("a[href]").attr("href");
            assertEquals("#" + id, href);
            Element anchor = doc.getElementById(id);
            assertNotNull(anchor, id);
            Element mark = anchor.nextElementSibling();
            assertNotNull(mark, id);
            assertTrue(mark.hasClass(target ? "target" : "achievement"), mark.outerHtml());
            assertTrue(mark.attr("data-row").contains("row-" + id));
            assertTrue(mark.attr("title").contains("rule: mode."), "hover names the deciding rule: " + mark.attr("title"));
        }
        Elements gdp = doc.select("table.items tbody tr:contains(地区生产总值):contains(5.5)");
        assertFalse(gdp.isEmpty());
        // the text block is the original text, whole
        assertEquals(text, doc.getElementById("text").wholeText());
        assertEquals(report.allSections().size(), doc.select("#text .heading").size());
    }

    @Test
    void render_markupInText_escaped() throws IOException {
        String text = Fixtures.report("青川市", 2025) + "\n<script>alert('x')</script> & \"quoted\"";
        Path f = dir.resolve("r.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Fixtures.Run r = Fixtures.run("render", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("<script>alert"));
        assertTrue(r.out().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
        Document doc = Jsoup.parse(r.out());
        assertEquals(1, doc.select("script").size(), "only the page's own script");
        assertEquals(text, doc.getElementById("text").wholeText());
    }

    @Test
    void render_missingFile_exitOne() {
        Fixtures.Run r = Fixtures.run("render", dir.resolve("nope.txt").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nope.txt"));
    }

    @Test
    void esc_specialCharacters_entities() {
        assertEquals("a&lt;b&gt;&amp;&quot;&#39;", HtmlRenderer.esc("a<b>&\"'"));
        assertEquals("地区生产总值", HtmlRenderer.esc("地区生产总值"));
    }
}
