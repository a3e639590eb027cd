package io.github.workreport.formats;

import io.github.workreport.Pages;
import io.github.workreport.internal.BinaryFormats;
import io.github.workreport.spi.ExtractedText;
import io.github.workreport.spi.FormatReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;

/**
 * Reads the older binary Word format (.doc, Word 97 to 2003) with Apache POI's HWPF: paragraphs
 * one per line, table cells one per line, field codes removed. An OLE2 file that is not a Word
 * document (a spreadsheet, an encrypted file) is refused. Immutable and thread-safe.
 */
public final class DocReader implements FormatReader {

    @Override
    public String format() {
        return "doc";
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public boolean accepts(byte[] bytes) {
        return "ole2".equals(BinaryFormats.kind(bytes));
    }

    @Override
    public ExtractedText read(byte[] bytes, int maxChars) {
        Logs.quiet();
        StringBuilder sb = new StringBuilder();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
                WordExtractor x = new WordExtractor(doc)) {
            for (String p : x.getParagraphText()) {
                if (sb.length() > maxChars) {
                    break;
                }
                String t = clean(WordExtractor.stripFields(p));
                sb.append(Text.stripIndent(t)).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return ExtractedText.refused("doc", "the file is not a Word document that can be read (.doc): "
                    + Logs.why(e));
        }
        return ExtractedText.plain("doc", null, sb.toString(), Pages.none(), List.of());
    }

    /** Word's control characters: cell and row marks to spaces, line breaks kept, the rest dropped. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\u000B') {
                sb.append('\n');
            } else if (c == '\u0007' || c == '\t') {
                sb.append(' ');
            } else if (c >= 0x20 || c == '\n') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
