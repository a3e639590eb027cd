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
 * tables one line per row (cells separated by a space), content controls, then footnotes and
 * endnotes. Numbers that Word draws for its automatic lists are not part of the text. The original is the extracted text; spans point into
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
            body(doc.getBodyElements(), sb, maxChars);
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

    private static void body(List<IBodyElement> elements, StringBuilder sb, int maxChars) {
        for (IBodyElement e : elements) {
            if (sb.length() > maxChars) {
                return;
            }
            if (e instanceof XWPFParagraph p) {
                paragraph(p, sb);
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

    private static void paragraph(XWPFParagraph p, StringBuilder sb) {
        String t = p.getText();
        if (t.isBlank()) {
            sb.append('\n');
            return;
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
}
