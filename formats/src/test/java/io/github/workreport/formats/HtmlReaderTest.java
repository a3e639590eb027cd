package io.github.workreport.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Figure;
import io.github.workreport.Noise;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.spi.ExtractedText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static final ReportParser PARSER = ReportParser.defaults();

    @Test
    void parse_pageWithMenu_readsTheReportAndSetsTheChromeAside() {
        String html = Docs.html();
        ReportFile f = PARSER.parseAll(html.getBytes(StandardCharsets.UTF_8), "page.html");
        assertEquals("html", f.format());
        assertEquals("UTF-8", f.charset());
        assertEquals(html, f.original(), "the original is the decoded page source");
        assertEquals(1, f.reports().size(), f.warnings().toString());
        Report r = f.reports().get(0);
        assertEquals("青川市", r.metadata().region());
        assertEquals(2025, r.metadata().year());
        assertEquals(Docs.TITLE, r.metadata().title());
        assertEquals(java.time.LocalDate.of(2025, 1, 9), r.metadata().date(), "the meeting line under the title is kept");
        assertTrue(noiseCovers(f, html.indexOf("青川市人民政府</h1>")), "a logo heading is not the title");
        assertEquals(List.of("一", "二", "三"), r.sections().stream().map(Section::number).toList());
        assertTrue(r.targets().stream().anyMatch(t -> "地区生产总值".equals(t.indicator())
                && t.quantity().value().doubleValue() == 5.5), r.targets().toString());
        // nothing from scripts, the menu, the related links or the footer
        List<Figure> all = new ArrayList<>(r.targets());
        all.addAll(r.achievements());
        for (Figure x : all) {
            assertFalse(x.text().contains("99") || x.text().contains("100%") || x.text().contains("8%目标"), x.text());
        }
        assertTrue(noiseCovers(f, html.indexOf("新闻中心")), "the menu is noise");
        assertTrue(noiseCovers(f, html.indexOf("相关报道")), "related links are noise");
        assertTrue(noiseCovers(f, html.indexOf("备案号")), "the footer is noise");
        assertTrue(noiseCovers(f, html.indexOf("document.write")), "scripts are noise");
    }

    @Test
    void parse_itemSpans_pointAtTheMarkupHoldingTheItem() {
        String html = Docs.html();
        ReportFile f = PARSER.parseAll(html.getBytes(StandardCharsets.UTF_8), "page.html");
        Report r = f.reports().get(0);
        List<Figure> all = new ArrayList<>(r.targets());
        all.addAll(r.achievements());
        assertFalse(all.isEmpty());
        for (Figure x : all) {
            Span s = x.span();
            assertTrue(s.end() <= html.length(), s.toString());
            String markup = s.of(html);
            String shown = Jsoup.parse(markup).text();
            // the markup stretch shows the item's clause, as a reader of the page sees it
            assertTrue(nfkc(shown).contains(nfkc(x.text())), markup + " / " + x.text());
        }
        // a section's heading span holds its heading text
        Section first = r.sections().get(0);
        assertTrue(Jsoup.parse(first.headingSpan().of(html)).text().contains("2024年工作回顾"));
    }

    @Test
    void read_entitiesBreaksAndTables_decodedOneLinePerRow() {
        String html = "<html><body><div><p>收入&amp;支出&nbsp;增长&#x4E00;成<br>第二行</p>"
                + "<table><tr><td>项目</td><td>金额</td></tr><tr><td>收入</td><td>12.5亿元</td></tr></table>"
                + "<p>  &emsp;缩进的段落</p></div></body></html>";
        ExtractedText x = new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8), 1 << 20);
        List<String> lines = x.text().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of("收入&支出\u00A0增长一成", "第二行", "项目 金额", "收入 12.5亿元", "缩进的段落"), lines);
        // the entity maps back to its source stretch
        int amp = x.text().indexOf('&');
        assertEquals("&amp;", html.substring(x.map().toInputStart(amp), x.map().toInputEnd(amp + 1)));
        int yi = x.text().indexOf('一');
        assertEquals("&#x4E00;", html.substring(x.map().toInputStart(yi), x.map().toInputEnd(yi + 1)));
    }

    @Test
    void read_preformattedText_keepsItsLineBreaks() {
        String html = "<html><body><pre>" + Docs.TITLE + "\n" + String.join("\r\n", Docs.BODY) + "</pre></body></html>";
        ExtractedText x = new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8), 1 << 20);
        List<String> lines = x.text().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(Docs.TITLE, lines.get(0));
        assertEquals(Docs.BODY.size() + 1, lines.size(), x.text());
        ReportFile f = PARSER.parseAll(html.getBytes(StandardCharsets.UTF_8), "pre.html");
        assertEquals(3, f.reports().get(0).sections().size());
    }

    @Test
    void read_gb2312Declared_decodedAsGbk() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>" + Docs.TITLE + "</p></body></html>";
        byte[] gbk = html.getBytes(Charset.forName("GBK"));
        ExtractedText x = new HtmlReader().read(gbk, 1 << 20);
        assertEquals("GB18030", x.charset());
        assertTrue(x.text().contains(Docs.TITLE), x.text());
        assertEquals(html, x.original());
    }

    @Test
    void read_declaredCharsetWrong_detectsAndWarns() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>" + Docs.TITLE + "</p></body></html>";
        ExtractedText x = new HtmlReader().read(html.getBytes(Charset.forName("GBK")), 1 << 20);
        assertTrue(x.text().contains(Docs.TITLE), x.text());
        assertTrue(x.warnings().stream().anyMatch(w -> w.code().equals("charset-mismatch")), x.warnings().toString());
    }

    @Test
    void accepts_htmlByMarkupNotByName() {
        HtmlReader r = new HtmlReader();
        assertTrue(r.accepts("\uFEFF  <!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.accepts("<!-- saved --><HTML><BODY>x".getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.accepts("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC><html>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(r.accepts(Docs.text().getBytes(StandardCharsets.UTF_8)));
        assertFalse(r.accepts("<b>加粗</b>的文本".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void parse_emptyPage_givesNoReportAndNoCrash() {
        ReportFile f = PARSER.parseAll("<html><body><div class=\"nav\"><a href=\"/\">首页</a></div></body></html>"
                .getBytes(StandardCharsets.UTF_8), "empty.html");
        assertEquals("html", f.format());
        assertTrue(f.reports().isEmpty());
        assertNotNull(f.warnings());
    }

    private static String nfkc(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
    }

    private static boolean noiseCovers(ReportFile f, int offset) {
        assertTrue(offset >= 0);
        for (Noise n : f.noise()) {
            if (n.span().contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
