package io.github.workreport.bench;

import io.github.workreport.ReportParser;
import io.github.workreport.formats.HtmlReader;
import io.github.workreport.formats.PdfReader;
import io.github.workreport.spi.FormatReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput over HTML pages and PDF files composed at setup from {@link Corpus}'s invented
 * reports (about 300 KB of UTF-8 text in a dozen reports; as PDF about 100 pages):
 *
 * <ul>
 *   <li>{@code read}: the format reader alone (HTML: charset, jsoup parse, main content and the
 *       offset map; PDF: PDFBox extraction, page furniture);</li>
 *   <li>{@code parse}: the whole default parse of the file ({@link ReportParser#defaults()});</li>
 *   <li>{@code reference}: the library's own text extraction in the same run, for comparing
 *       machines: jsoup's {@code Document.text()} for HTML, PDFBox's {@code PDFTextStripper} for
 *       PDF.</li>
 * </ul>
 *
 * <p>The {@code ·bytes} secondary result counts the UTF-8 bytes of the report TEXT each document
 * holds (not the file's bytes), so that the figures compare with {@link ParseBenchmark}'s. The
 * PDFs draw their text with Helvetica under ToUnicode maps (no CJK font is needed; the glyphs
 * shown are wrong, the text extracted is right). Run:
 * {@code java -jar bench/target/benchmarks.jar FormatsBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FormatsBenchmark {

    static final int TEXT_BYTES = 300_000;

    @Param({"html", "pdf"})
    String format;

    byte[][] files;
    long textBytes;
    int pages;
    FormatReader reader;
    private final ReportParser parser = ReportParser.defaults();

    @Setup
    public void compose() throws IOException {
        List<String> texts = Corpus.simplified(TEXT_BYTES);
        files = new byte[texts.size()][];
        textBytes = 0;
        pages = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            textBytes += t.getBytes(StandardCharsets.UTF_8).length;
            files[i] = format.equals("html") ? html(t) : pdf(t);
        }
        reader = format.equals("html") ? new HtmlReader() : new PdfReader();
        com.hankcs.hanlp.HanLP.segment(texts.get(0));
        long fileBytes = 0;
        for (byte[] f : files) {
            fileBytes += f.length;
        }
        System.out.println("corpus: " + format + ", " + files.length + " files, " + fileBytes + " file bytes, "
                + textBytes + " text bytes" + (pages > 0 ? ", " + pages + " pages" : ""));
    }

    @Benchmark
    public void read(Bytes b, Blackhole bh) {
        for (byte[] f : files) {
            bh.consume(reader.read(f, ReportParser.DEFAULT_MAX_CHARS));
        }
        b.bytes += textBytes;
    }

    @Benchmark
    public void parse(Bytes b, Blackhole bh) {
        for (byte[] f : files) {
            bh.consume(parser.parseAll(f, "bench"));
        }
        b.bytes += textBytes;
    }

    @Benchmark
    public void reference(Bytes b, Blackhole bh) throws IOException {
        for (byte[] f : files) {
            if (format.equals("html")) {
                bh.consume(Jsoup.parse(new String(f, StandardCharsets.UTF_8)).text());
            } else {
                try (PDDocument d = Loader.loadPDF(f)) {
                    bh.consume(new PDFTextStripper().getText(d));
                }
            }
        }
        b.bytes += textBytes;
    }

    static byte[] html(String text) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>报告</title>"
                + "<script>var x = 1;</script></head><body><div class=\"nav\"><ul>");
        for (int i = 0; i < 12; i++) {
            h.append("<li><a href=\"/c").append(i).append("\">栏目").append(i).append("</a></li>");
        }
        h.append("</ul></div><div class=\"content\">");
        for (String line : text.split("\n")) {
            h.append("<p style=\"text-indent:2em\">&emsp;&emsp;<span>").append(line).append("</span></p>\n");
        }
        h.append("</div><div class=\"footer\">主办单位 版权所有</div></body></html>");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text as a PDF: 36 characters a line, 44 lines a page, a page number at each foot. */
    byte[] pdf(String text) throws IOException {
        List<List<String>> pageLines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (int i = 0; i < line.length(); i += 36) {
                cur.add(line.substring(i, Math.min(line.length(), i + 36)));
                if (cur.size() == 44) {
                    pageLines.add(cur);
                    cur = new ArrayList<>();
                }
            }
        }
        if (!cur.isEmpty()) {
            pageLines.add(cur);
        }
        pages += pageLines.size();
        // every character gets a font and a one-byte code: 254 characters a font
        Map<Character, int[]> codes = new HashMap<>();
        List<Map<Integer, Character>> fonts = new ArrayList<>();
        for (int p = 0; p < pageLines.size(); p++) {
            List<String> all = new ArrayList<>(pageLines.get(p));
            all.add("- " + (p + 1) + " -");
            for (String l : all) {
                for (char c : l.toCharArray()) {
                    if (!codes.containsKey(c)) {
                        if (fonts.isEmpty() || fonts.get(fonts.size() - 1).size() == 254) {
                            fonts.add(new HashMap<>());
                        }
                        Map<Integer, Character> f = fonts.get(fonts.size() - 1);
                        int code = f.size() + 1;
                        f.put(code, c);
                        codes.put(c, new int[] {fonts.size() - 1, code});
                    }
                }
            }
        }
        try (PDDocument doc = new PDDocument()) {
            List<PDFont> pdFonts = new ArrayList<>();
            for (Map<Integer, Character> f : fonts) {
                pdFonts.add(font(doc, f));
            }
            for (int p = 0; p < pageLines.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources res = new PDResources();
                for (int i = 0; i < pdFonts.size(); i++) {
                    res.put(COSName.getPDFName("F" + i), pdFonts.get(i));
                }
                page.setResources(res);
                StringBuilder cs = new StringBuilder("BT 16 TL 1 0 0 1 60 780 Tm\n");
                for (String line : pageLines.get(p)) {
                    show(cs, line, codes);
                    cs.append("T*\n");
                }
                cs.append("1 0 0 1 280 40 Tm\n");
                show(cs, "- " + (p + 1) + " -", codes);
                cs.append("ET\n");
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

    private static void show(StringBuilder cs, String line, Map<Character, int[]> codes) {
        int font = -1;
        for (char c : line.toCharArray()) {
            int[] fc = codes.get(c);
            if (fc[0] != font) {
                if (font >= 0) {
                    cs.append("> Tj ");
                }
                font = fc[0];
                cs.append("/F").append(font).append(" 12 Tf <");
            }
            cs.append(String.format("%02X", fc[1]));
        }
        if (font >= 0) {
            cs.append("> Tj ");
        }
    }

    private static PDFont font(PDDocument doc, Map<Integer, Character> codes) throws IOException {
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
        StringBuilder sb = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
                + "endcodespacerange\n");
        List<Map.Entry<Integer, Character>> entries = new ArrayList<>(codes.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, Character>> chunk = entries.subList(i, Math.min(entries.size(), i + 100));
            sb.append(chunk.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Character> e : chunk) {
                sb.append(String.format("<%02X> <%04X>%n", e.getKey(), (int) e.getValue()));
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        PDStream cmap = new PDStream(doc);
        try (OutputStream o = cmap.createOutputStream()) {
            o.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        font.setItem(COSName.TO_UNICODE, cmap.getCOSObject());
        return PDFontFactory.createFont(font);
    }
}
