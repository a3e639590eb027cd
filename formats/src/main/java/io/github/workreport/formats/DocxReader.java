package io.github.workreport.formats;

import io.github.workreport.Pages;
import io.github.workreport.internal.BinaryFormats;
import io.github.workreport.spi.ExtractedText;
import io.github.workreport.spi.FormatReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads Word documents (.docx) with Apache POI: paragraphs one per line (indentation dropped),
 * headings and list items numbered by Word's automatic numbering with the number Word draws
 * ({@code 一、}, {@code （一）}, {@code 1.}, {@code ①}), tables one line per row (cells separated
 * by a space), content controls, then footnotes and endnotes. The original is the extracted text; spans point into
 * it. Immutable and thread-safe.
 */
public final class DocxReader implements FormatReader {

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public boolean accepts(byte[] bytes) {
        return "docx".equals(BinaryFormats.kind(bytes));
    }

    @Override
    public ExtractedText read(byte[] bytes, int maxChars) {
        Logs.quiet();
        StringBuilder sb = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            body(doc.getBodyElements(), sb, maxChars, new Numbering());
            boolean first = true;
            for (XWPFAbstractFootnoteEndnote f : doc.getFootnotes()) {
                first = note(f, sb, first, maxChars);
            }
            for (XWPFAbstractFootnoteEndnote f : doc.getEndnotes()) {
                first = note(f, sb, first, maxChars);
            }
        } catch (IOException | RuntimeException e) {
            return ExtractedText.refused("docx", "the Word document cannot be read: " + Logs.why(e));
        }
        return ExtractedText.plain("docx", null, sb.toString(), Pages.none(), List.of());
    }

    private static boolean note(XWPFAbstractFootnoteEndnote f, StringBuilder sb, boolean first, int maxChars) {
        StringBuilder n = new StringBuilder();
        for (XWPFParagraph p : f.getParagraphs()) {
            String t = p.getText();
            if (!t.isBlank()) {
                n.append(t.strip()).append('\n');
            }
        }
        if (n.length() == 0 || sb.length() > maxChars) {
            return first;
        }
        if (first) {
            sb.append('\n');
        }
        sb.append(n);
        return false;
    }

    private static void body(List<IBodyElement> elements, StringBuilder sb, int maxChars, Numbering numbering) {
        for (IBodyElement e : elements) {
            if (sb.length() > maxChars) {
                return;
            }
            if (e instanceof XWPFParagraph p) {
                paragraph(p, sb, numbering);
            } else if (e instanceof XWPFTable t) {
                table(t, sb);
            } else if (e instanceof XWPFSDT sdt) {
                String t = sdt.getContent().getText();
                if (!t.isBlank()) {
                    sb.append(Text.stripIndent(t)).append('\n');
                }
            }
        }
    }

    private static void paragraph(XWPFParagraph p, StringBuilder sb, Numbering numbering) {
        String t = p.getText();
        if (t.isBlank()) {
            sb.append('\n');
            return;
        }
        String label = numbering.label(p);
        if (label != null) {
            sb.append(label);
        }
        sb.append(Text.stripIndent(t.replace('\r', '\n'))).append('\n');
    }

    private static void table(XWPFTable t, StringBuilder sb) {
        for (XWPFTableRow row : t.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                String c = cell.getText().replace('\n', ' ').replace('\r', ' ').strip();
                if (c.isEmpty()) {
                    continue;
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(c);
            }
            if (line.length() > 0) {
                sb.append(line).append('\n');
            }
        }
    }

    /** Word's automatic numbering: a counter per list and level, drawn as Word draws it. */
    static final class Numbering {
        private final java.util.Map<java.math.BigInteger, int[]> counters = new java.util.HashMap<>();

        /** The label of a numbered paragraph ({@code 一、}), or null for one without a number. */
        String label(XWPFParagraph p) {
            try {
                java.math.BigInteger id = p.getNumID();
                if (id == null) {
                    return null;
                }
                java.math.BigInteger il = p.getNumIlvl();
                int lvl = il == null ? 0 : il.intValue();
                String fmt = p.getNumFmt();
                String text = p.getNumLevelText();
                if (lvl < 0 || lvl > 8 || fmt == null || text == null || fmt.equals("bullet") || fmt.equals("none")) {
                    return null;
                }
                int[] c = counters.computeIfAbsent(id, k -> new int[9]);
                c[lvl]++;
                for (int k = lvl + 1; k < 9; k++) {
                    c[k] = 0;
                }
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < text.length(); i++) {
                    char ch = text.charAt(i);
                    if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                        int level = text.charAt(i + 1) - '1';
                        int v = Math.max(1, c[level]);
                        sb.append(level == lvl ? format(v, fmt) : Integer.toString(v));
                        i++;
                    } else {
                        sb.append(ch);
                    }
                }
                return sb.toString();
            } catch (RuntimeException e) {
                return null; // a numbering definition POI cannot read: the text without its number
            }
        }

        static String format(int n, String fmt) {
            switch (fmt) {
                case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                        "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand" -> {
                    return chinese(n);
                }
                case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> {
                    return n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : Integer.toString(n);
                }
                case "decimalFullWidth", "decimalFullWidth2" -> {
                    StringBuilder sb = new StringBuilder();
                    for (char d : Integer.toString(n).toCharArray()) {
                        sb.append((char) (d - '0' + '\uFF10'));
                    }
                    return sb.toString();
                }
                case "lowerLetter" -> {
                    return n >= 1 && n <= 26 ? String.valueOf((char) ('a' + n - 1)) : Integer.toString(n);
                }
                case "upperLetter" -> {
                    return n >= 1 && n <= 26 ? String.valueOf((char) ('A' + n - 1)) : Integer.toString(n);
                }
                default -> {
                    return Integer.toString(n);
                }
            }
        }

        /** 1 to 99 in Chinese numerals (一, 十一, 二十三); larger numbers in digits. */
        static String chinese(int n) {
            String d = "零一二三四五六七八九";
            if (n < 1 || n > 99) {
                return Integer.toString(n);
            }
            if (n < 10) {
                return String.valueOf(d.charAt(n));
            }
            String tens = n / 10 == 1 ? "十" : d.charAt(n / 10) + "十";
            return n % 10 == 0 ? tens : tens + d.charAt(n % 10);
        }
    }
}
