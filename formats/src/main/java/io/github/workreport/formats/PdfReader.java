package io.github.workreport.formats;

import io.github.workreport.Noise;
import io.github.workreport.Pages;
import io.github.workreport.Span;
import io.github.workreport.Warning;
import io.github.workreport.spi.ExtractedText;
import io.github.workreport.spi.FormatReader;
import io.github.workreport.text.OffsetMap;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads PDF files with Apache PDFBox. A PDF has no text of its own: the original is the text
 * extracted page by page in reading order, pages separated by a form feed, and spans point into
 * it; {@link Pages} says where each page begins. Page numbers and running headers or footers
 * repeated across pages, and the form feeds, are set aside as page furniture. Glyphs of fonts
 * without a Unicode map are left out, with a warning naming the pages. An encrypted PDF that
 * needs a password, or one that cannot be parsed, is refused. Immutable and thread-safe.
 */
public final class PdfReader implements FormatReader {

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean accepts(byte[] bytes) {
        return "pdf".equals(io.github.workreport.internal.BinaryFormats.kind(bytes));
    }

    @Override
    public ExtractedText read(byte[] bytes, int maxChars) {
        Logs.quiet();
        List<String> pages;
        Stripper s;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            s = new Stripper(maxChars);
            s.setSortByPosition(true);
            s.setLineSeparator("\n");
            s.setWordSeparator(" ");
            s.setPageStart("");
            s.setPageEnd("");
            s.setParagraphStart("");
            s.setParagraphEnd("");
            StringWriter w = new StringWriter();
            s.extract(doc, w);
            if (!s.failed.isEmpty() && s.failed.size() == doc.getNumberOfPages()) {
                return ExtractedText.refused("pdf", "no page of the PDF can be read: " + s.firstError);
            }
            pages = s.split(w.getBuffer());
        } catch (InvalidPasswordException e) {
            return ExtractedText.refused("pdf", "the PDF is encrypted and needs a password to be read");
        } catch (IOException | RuntimeException e) {
            return ExtractedText.refused("pdf", "the PDF cannot be read: " + Logs.why(e));
        }
        ExtractedText x = assemble(pages, s.unmapped, s.glyphs);
        if (s.decimalPoints > 0 || !s.failed.isEmpty()) {
            List<Warning> w = new ArrayList<>(x.warnings());
            if (!s.failed.isEmpty()) {
                w.add(Warning.of("pdf-page-unreadable", pageList(s.failed) + " cannot be read (" + s.firstError
                        + "); their text is missing"));
            }
            if (s.decimalPoints > 0) {
                w.add(Warning.of("pdf-private-use-decimal-point", s.decimalPoints + " private-use characters after "
                        + "digits were read as points (a font maps its '.' to a private code point, seen between digits)"));
            }
            x = new ExtractedText(x.format(), x.charset(), x.original(), x.text(), x.map(), x.noise(), x.pages(), w,
                    null);
        }
        return x;
    }

    /** Page texts to the extracted text, furniture set aside. */
    static ExtractedText assemble(List<String> pages, TreeSet<Integer> unmappedPages, int[] glyphs) {
        StringBuilder original = new StringBuilder();
        int[] starts = new int[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                original.append('\f');
            }
            starts[i] = original.length();
            String p = pages.get(i);
            original.append(p);
            if (!p.isEmpty() && p.charAt(p.length() - 1) != '\n') {
                original.append('\n');
            }
        }
        String orig = original.toString();
        List<Span> furniture = Furniture.find(orig, starts);
        List<Noise> noise = new ArrayList<>();
        OffsetMap.Builder map = OffsetMap.builder();
        StringBuilder text = new StringBuilder(orig.length());
        int pos = 0;
        for (Span f : furniture) {
            text.append(orig, pos, f.start());
            map.copy(f.start() - pos);
            map.replace(f.length(), 0);
            noise.add(new Noise(Noise.Kind.PAGE_FURNITURE, f, orig.charAt(f.start()) == '\f' ? "page break"
                    : "page number, header or footer"));
            pos = f.end();
        }
        text.append(orig, pos, orig.length());
        map.copy(orig.length() - pos);
        List<Warning> warnings = new ArrayList<>();
        if (!unmappedPages.isEmpty()) {
            warnings.add(Warning.of("pdf-font-without-unicode", "fonts without a Unicode map on "
                    + pageList(unmappedPages) + ": their glyphs are left out of the text (they could only give garbage)"));
        }
        TreeSet<Integer> empty = new TreeSet<>();
        for (int i = 0; i < pages.size(); i++) {
            if (glyphs != null && i < glyphs.length && glyphs[i] == 0) {
                empty.add(i + 1);
            }
        }
        if (!pages.isEmpty() && empty.size() == pages.size()) {
            warnings.add(Warning.of("pdf-no-text-layer", "the PDF has no text layer (a scan?): it needs OCR before "
                    + "it can be parsed"));
        } else if (!empty.isEmpty() && empty.size() * 2 > pages.size()) {
            warnings.add(Warning.of("pdf-no-text-layer", "no text on " + pageList(empty)
                    + " (scanned pages need OCR first)"));
        }
        return new ExtractedText("pdf", null, orig, text.toString(), map.build(orig.length()), noise,
                Pages.of(starts, orig.length()), warnings, null);
    }

    static String pageList(TreeSet<Integer> pages) {
        StringBuilder sb = new StringBuilder(pages.size() == 1 ? "page " : "pages ");
        int n = 0;
        for (int p : pages) {
            if (n++ > 0) {
                sb.append(", ");
            }
            if (n > 20) {
                sb.append("… (").append(pages.size()).append(" pages)");
                break;
            }
            sb.append(p);
        }
        return sb.toString();
    }

    /** PDFBox's stripper, noting where pages start and which glyphs have no Unicode value. */
    private static final class Stripper extends PDFTextStripper {
        /** The glyph names PDFBox's own text extraction knows: Adobe's list and PDFBox's additions. */
        private static final GlyphList GLYPHS = glyphs();

        private static GlyphList glyphs() {
            try (java.io.InputStream in = GlyphList.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
                return in == null ? GlyphList.getAdobeGlyphList() : new GlyphList(GlyphList.getAdobeGlyphList(), in);
            } catch (IOException e) {
                return GlyphList.getAdobeGlyphList();
            }
        }

        private final int maxChars;
        private final List<Integer> pageStarts = new ArrayList<>();
        private final TreeSet<Integer> unmapped = new TreeSet<>();
        private final TreeSet<Integer> failed = new TreeSet<>();
        private String firstError;
        private int[] glyphs;
        private int page;

        Stripper(int maxChars) throws IOException {
            this.maxChars = maxChars;
        }

        /**
         * Extracts page by page: a page that cannot be read loses its text (and is named in a
         * warning), the others are still read; extraction stops once the text passes the limit.
         */
        void extract(PDDocument doc, StringWriter w) {
            int n = doc.getNumberOfPages();
            glyphs = new int[n];
            for (int i = 1; i <= n; i++) {
                page = i;
                int start = w.getBuffer().length();
                pageStarts.add(start);
                setStartPage(i);
                setEndPage(i);
                lineStarts.clear();
                lineStartPending = true;
                this.buffer = w.getBuffer();
                try {
                    writeText(doc, w);
                    indent(w.getBuffer(), start);
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    w.getBuffer().setLength(start);
                    failed.add(i);
                    if (firstError == null) {
                        firstError = Logs.why(e);
                    }
                }
                if (w.getBuffer().length() > maxChars) {
                    break; // the rest is past the parser's limit
                }
            }
        }

        /** Per line of the current page: {offset in the text, x of its first glyph, width of a space}. */
        private final List<float[]> lineStarts = new ArrayList<>();
        private boolean lineStartPending;
        private StringBuffer buffer;

        @Override
        protected void writeLineSeparator() throws IOException {
            super.writeLineSeparator();
            lineStartPending = true;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (lineStartPending && !positions.isEmpty()) {
                TextPosition first = positions.get(0);
                float em = Math.max(first.getFontSizeInPt(), first.getWidth());
                lineStarts.add(new float[] {buffer.length(), first.getXDirAdj(), em});
                lineStartPending = false;
            }
            super.writeString(text, positions);
        }

        /**
         * Marks the lines of the page just written that start right of the page's left margin
         * (a paragraph's indented first line, a centred heading) with two ideographic spaces, the
         * indentation text documents carry, so that the unwrap step does not join them to the
         * line before. The margin is the leftmost start that two lines or more share.
         */
        private void indent(StringBuffer sb, int pageStart) {
            if (lineStarts.size() < 3) {
                return;
            }
            Map<Integer, Integer> votes = new HashMap<>();
            for (float[] l : lineStarts) {
                votes.merge(Math.round(l[1] / 2), 1, Integer::sum);
            }
            // the leftmost start shared by two lines or more (a stray line further left does not count)
            int best = Integer.MAX_VALUE;
            int leftmost = Integer.MAX_VALUE;
            for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
                leftmost = Math.min(leftmost, e.getKey());
                if (e.getValue() >= 2) {
                    best = Math.min(best, e.getKey());
                }
            }
            float margin = (best == Integer.MAX_VALUE ? leftmost : best) * 2f;
            for (int i = lineStarts.size() - 1; i >= 0; i--) {
                float[] l = lineStarts.get(i);
                int at = (int) l[0];
                if (at < pageStart || at > sb.length()) {
                    continue;
                }
                boolean alreadyIndented = at < sb.length() && Text.isSpace(sb.charAt(at));
                if (!alreadyIndented && l[1] - margin > 1.5f * l[2]) {
                    sb.insert(at, "\u3000\u3000");
                }
            }
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            String u = font.toUnicode(code, GLYPHS);
            if (u == null || u.isEmpty() || isGarbage(u)) {
                unmapped.add(page);
                return; // without a Unicode value the glyph could only give a wrong character
            }
            if (page >= 1 && page <= glyphs.length) {
                glyphs[page - 1]++;
            }
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }

        /** Control characters: what a font's broken map gives instead of text. */
        private static boolean isGarbage(String u) {
            char c = u.charAt(0);
            return c < 0x20 && c != '\t';
        }

        /** Private-use characters read as decimal points, for the warning. */
        int decimalPoints;

        /**
         * Each of {@code points} right after a digit becomes '.' (same length for a BMP
         * character, one shorter for a supplementary one).
         */
        String decimalPoints(String s, java.util.Set<Integer> points) {
            StringBuilder sb = null;
            int n = s.length();
            for (int i = 1; i < n; i++) {
                int cp = s.codePointAt(i);
                int len = Character.charCount(cp);
                if (points.contains(cp) && isDigit(s.charAt(i - 1))) {
                    if (sb == null) {
                        sb = new StringBuilder(s);
                    }
                    int at = i - (s.length() - sb.length());
                    sb.replace(at, at + len, ".");
                    decimalPoints++;
                }
                i += len - 1;
            }
            return sb == null ? s : sb.toString();
        }

        private static boolean isPrivateUse(int cp) {
            return cp >= 0xE000 && cp <= 0xF8FF || cp >= 0xF0000 && cp <= 0x10FFFF;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9' || c >= '０' && c <= '９';
        }

        /**
         * The private-use characters that stand between two digits somewhere in the text: the
         * decimal point of a font that maps it to a private code point. After a digit they are
         * read as '.' everywhere, so also in list numbers ({@code 5.持续增加…}).
         */
        static java.util.Set<Integer> pointsBetweenDigits(CharSequence s) {
            java.util.Set<Integer> out = new java.util.HashSet<>();
            int n = s.length();
            for (int i = 1; i < n; i++) {
                char c = s.charAt(i);
                if (!(c >= '\uE000' && c <= '\uF8FF' || Character.isHighSurrogate(c))) {
                    continue;
                }
                int cp = Character.codePointAt(s, i);
                int len = Character.charCount(cp);
                if (isPrivateUse(cp) && isDigit(s.charAt(i - 1)) && i + len < n && isDigit(s.charAt(i + len))) {
                    out.add(cp);
                }
                i += len - 1;
            }
            return out;
        }

        List<String> split(StringBuffer all) {
            java.util.Set<Integer> points = pointsBetweenDigits(all);
            List<String> out = new ArrayList<>(pageStarts.size());
            for (int i = 0; i < pageStarts.size(); i++) {
                int s = pageStarts.get(i);
                int e = i + 1 < pageStarts.size() ? pageStarts.get(i + 1) : all.length();
                String page = points.isEmpty() ? all.substring(s, e).replace('\f', '\n')
                        : decimalPoints(all.substring(s, e).replace('\f', '\n'), points);
                out.add(page);
            }
            return out;
        }
    }
}
