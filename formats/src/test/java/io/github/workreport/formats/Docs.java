package io.github.workreport.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;

/**
 * Documents composed for the tests: a short fictional report (places and figures invented), as
 * HTML, PDF and DOCX built here at test time.
 */
final class Docs {

    private Docs() {
    }

    static final String TITLE = "2025年青川市政府工作报告";

    /** The report's lines after its title. */
    static final List<String> BODY = List.of(
            "——2025年1月9日在青川市第十届人民代表大会第四次会议上",
            "市长 李明远",
            "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。",
            "一、2024年工作回顾",
            "过去一年，全市经济回升向好。全市地区生产总值增长5.6%，一般公共预算收入120.5亿元、增长6%。",
            "（一）产业发展提质增效。规上工业增加值增长7.2%，新增“四上”企业312家。",
            "二、2025年工作安排",
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，规模以上工业增加值增长6%以上，"
                    + "城镇调查失业率控制在5.5%以内。",
            "（一）扩大有效投资。实施重点项目200个以上。",
            "三、全面加强政府自身建设",
            "各位代表！让我们团结奋斗，再创佳绩！");

    /** The report as plain text. */
    static String text() {
        return TITLE + "\n" + String.join("\n", BODY) + "\n";
    }

    /** The report as a web page: a menu, a breadcrumb, the title in h1, the body in paragraphs, a footer, scripts. */
    static String html() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(TITLE)
                .append("_青川市人民政府</title>\n<script>var menu = '首页 新闻 增长99%';</script>\n")
                .append("<style>p { text-indent: 2em; }</style></head>\n<body>\n")
                .append("<div class=\"top\"><h1>青川市人民政府</h1></div>\n")
                .append("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/news\">新闻中心</a></li>"
                        + "<li><a href=\"/gk\">政务公开</a></li><li><a href=\"/hd\">互动交流</a></li></ul></div>\n")
                .append("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/gk\">政务公开</a></div>\n")
                .append("<div class=\"main\">\n<h1 class=\"title\">").append(TITLE).append("</h1>\n")
                .append("<div class=\"subtitle\">").append(BODY.get(0)).append("</div>\n")
                .append("<div class=\"info\"><span>发布时间：2025-01-20</span></div>\n")
                .append("<div class=\"content\" id=\"zoom\">\n");
        for (String line : BODY.subList(1, BODY.size())) {
            h.append("<p>&emsp;&emsp;").append(line.replace("“", "&ldquo;").replace("”", "&rdquo;"))
                    .append("</p>\n");
        }
        h.append("</div>\n</div>\n")
                .append("<div class=\"related\"><h3>相关报道</h3><ul><li><a href=\"/a\">青川市召开经济工作会议部署增长8%目标</a></li>"
                        + "<li><a href=\"/b\">青川市两会开幕</a></li><li><a href=\"/c\">代表热议政府工作报告</a></li></ul></div>\n")
                .append("<div class=\"footer\">主办：青川市人民政府办公室 网站标识码1234567890 备案号：青ICP备000001号</div>\n")
                .append("<script>document.write('增长100%');</script>\n</body></html>\n");
        return h.toString();
    }

    // ---- PDF

    /**
     * A PDF with the given pages of lines (a line opening with a tab is indented by two
     * characters), each page with a running header and a page number at its foot. The font is Helvetica with a ToUnicode map sending single-byte codes to the
     * characters used, so any CJK text extracts without a CJK font file (the glyphs drawn are
     * wrong, the text is right).
     *
     * @param unmappedOnPage a page (1-based) that also shows two glyphs without a Unicode value, or 0
     */
    static byte[] pdf(List<List<String>> pages, String header, int unmappedOnPage) throws IOException {
        Map<Integer, Integer> codes = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            all.addAll(pages.get(p));
            all.add(pageNumber(p + 1));
        }
        if (header != null) {
            all.add(header);
        }
        int next = 1;
        for (String line : all) {
            line = line.replace("\t", "");
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                if (!codes.containsKey(cp)) {
                    if (next == 0x81) {
                        next++; // kept without a Unicode value
                    }
                    if (next > 0xFF) {
                        throw new IllegalArgumentException("more than 254 distinct characters");
                    }
                    codes.put(cp, next++);
                }
                i += Character.charCount(cp);
            }
        }
        try (PDDocument doc = new PDDocument()) {
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setName(COSName.BASE_FONT, "Helvetica");
            font.setInt(COSName.FIRST_CHAR, 1);
            font.setInt(COSName.LAST_CHAR, 255);
            COSArray widths = new COSArray();
            for (int i = 1; i <= 255; i++) {
                widths.add(COSInteger.get(1000));
            }
            font.setItem(COSName.WIDTHS, widths);
            PDStream cmap = new PDStream(doc);
            try (OutputStream o = cmap.createOutputStream()) {
                o.write(toUnicode(codes).getBytes(StandardCharsets.US_ASCII));
            }
            font.setItem(COSName.TO_UNICODE, cmap.getCOSObject());
            var pdFont = PDFontFactory.createFont(font);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources res = new PDResources();
                res.put(COSName.getPDFName("F1"), pdFont);
                page.setResources(res);
                StringBuilder cs = new StringBuilder("BT /F1 12 Tf 16 TL\n");
                if (header != null) {
                    cs.append("1 0 0 1 50 810 Tm ").append(hex(header, codes)).append(" Tj\n");
                }
                int y = 770;
                for (String line : pages.get(p)) {
                    // a tab opens an indented line: two characters right of the margin
                    int x = line.startsWith("\t") ? 74 : 50;
                    cs.append("1 0 0 1 ").append(x).append(' ').append(y).append(" Tm ")
                            .append(hex(line.replace("\t", ""), codes)).append(" Tj\n");
                    y -= 16;
                }
                cs.append("1 0 0 1 50 ").append(y).append(" Tm\n");
                if (p + 1 == unmappedOnPage) {
                    cs.append("<8181> Tj T*\n");
                }
                cs.append("1 0 0 1 280 40 Tm ").append(hex(pageNumber(p + 1), codes)).append(" Tj\nET\n");
                PDStream content = new PDStream(doc);
                try (OutputStream o = content.createOutputStream()) {
                    o.write(cs.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(content);
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static String pageNumber(int page) {
        return "- " + page + " -";
    }

    private static String hex(String line, Map<Integer, Integer> codes) {
        StringBuilder sb = new StringBuilder("<");
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            sb.append(String.format("%02X", codes.get(cp)));
            i += Character.charCount(cp);
        }
        return sb.append('>').toString();
    }

    private static String toUnicode(Map<Integer, Integer> codes) {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(codes.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, Integer>> chunk = entries.subList(i, Math.min(entries.size(), i + 100));
            sb.append(chunk.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> e : chunk) {
                sb.append(String.format("<%02X> <", e.getValue()));
                for (char c : Character.toChars(e.getKey())) {
                    sb.append(String.format("%04X", (int) c));
                }
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString();
    }

    /** Cuts a line into pieces of at most {@code width} characters: the hard wraps of a PDF page. */
    static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < line.length(); i += width) {
            out.add(line.substring(i, Math.min(line.length(), i + width)));
        }
        return out;
    }
}
