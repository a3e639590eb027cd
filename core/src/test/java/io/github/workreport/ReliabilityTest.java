package io.github.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.text.Decoder;
import io.github.workreport.text.Utf16;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: nothing lost, every encoding read right, no figures from garbage (composed passages). */
class ReliabilityTest {

    private static final String POINT = new String(Character.toChars(0x1001B0));
    private static final ReportParser P = ReportParser.builder().build();

    @Test
    void records_loneSurrogateFromACut_dropped() {
        String cut = ("收入" + POINT).substring(0, 3); // ends in a high surrogate
        Achievement a = new Achievement(cut, null, Measure.QUALITATIVE, null, null, false, "\uDDB0" + cut,
                new Span(0, 1), List.of(cut));
        assertEquals("收入", a.indicator());
        assertEquals("收入", a.text());
        assertEquals(List.of("收入"), a.sectionPath());
        Section s = new Section(1, "一、", "一、", cut, new Span(0, 1), new Span(0, 1), List.of());
        assertEquals("收入", s.title());
        assertEquals("收入", new Warning("x", cut, null).message());
        assertEquals("收入", new Noise(Noise.Kind.OTHER, new Span(0, 1), cut).detail());
    }

    @Test
    void parse_headingTitleCutAtLimitInsidePair_noLoneSurrogate() {
        // a heading whose title is longer than the 120 kept, with a supplementary character across the cut
        StringBuilder title = new StringBuilder();
        while (title.length() < 119) {
            title.append("规划");
        }
        title.setLength(119);
        title.append(POINT).append("建设");
        String text = "2025年青川市政府工作报告\n一、" + title + "\n过去一年，全市地区生产总值增长5%。\n二、今年工作\n今年增长5%左右。\n";
        Report r = P.parse(text);
        for (Section s : r.sections()) {
            assertFalse(Utf16.hasLoneSurrogate(s.title()), s.title());
        }
    }

    @Test
    void parse_inputAboveLimitCutInsidePair_noLoneSurrogateAndSpansWhole() {
        String text = "2025年青川市政府工作报告\n一、工作回顾\n过去一年增长5" + POINT + "2%。\n";
        int inside = text.indexOf(POINT) + 1;
        ReportFile f = ReportParser.builder().maxChars(inside).build().parseAll(text);
        Warning w = f.warnings().stream().filter(x -> x.code().equals("input-truncated")).findFirst().orElseThrow();
        assertEquals(inside - 1, w.span().start(), "the cut moved before the pair");
        for (ReportFile.Piece p : f.partition()) {
            assertFalse(Utf16.hasLoneSurrogate(p.span().of(text)), p.toString());
        }
    }

    @Test
    void parse_pdfBytesNamedTxt_noReportAndBinaryWarning() {
        byte[] pdf = ("%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n<< /Length 44 >>\nstream\nBT (增长5%) Tj ET\nendstream\n"
                + "地区生产总值增长5%。\n").getBytes(StandardCharsets.ISO_8859_1);
        ReportFile f = P.parseAll(pdf, "a.txt");
        // told by its content: without the formats module on the class path a PDF is refused, no text read
        assertTrue(f.reports().isEmpty());
        assertEquals("pdf", f.format());
        assertEquals(ReportFile.REFUSED, f.warnings().get(f.warnings().size() - 1).code());
        assertTrue(f.refusal().contains("pdf"), f.refusal());
        assertTrue(f.partition().isEmpty(), "nothing read, nothing to account for");
    }

    @Test
    void parse_gzipAndRandomBytes_noFigures() {
        byte[] gz = new byte[600];
        new java.util.Random(7).nextBytes(gz);
        gz[0] = 0x1F;
        gz[1] = (byte) 0x8B;
        assertTrue(Decoder.looksBinary(gz));
        assertTrue(P.parseAll(gz, "g.txt").reports().isEmpty());
        byte[] random = new byte[4000];
        new java.util.Random(8).nextBytes(random);
        assertTrue(Decoder.looksBinary(random));
    }

    @Test
    void looksBinary_textInEveryEncoding_false() {
        String t = Fixtures.CITY_REPORT;
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("GB18030"),
                StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16, Charset.forName("Big5"))) {
            assertFalse(Decoder.looksBinary(t.getBytes(cs)), cs.name());
        }
        // a report with NULs sprinkled through it is still text
        assertFalse(Decoder.looksBinary(t.replace("，", "，\u0000").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void parse_nulsSprinkledThroughReport_sameFiguresAsWithout() {
        String clean = Fixtures.CITY_REPORT;
        String dirty = clean.replace("，", "\u0000，").replace("%", "%\u0000").replace("增长", "增\u0000长");
        Report a = P.parse(clean);
        Report b = P.parse(dirty.getBytes(StandardCharsets.UTF_8));
        assertEquals(a.sections().size(), b.sections().size());
        assertEquals(a.metadata().region(), b.metadata().region());
    }

    @Test
    void parse_endlessStream_ioExceptionNamingTheLimit() {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        ReportParser p = ReportParser.builder().maxChars(1000).build();
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> p.parse(endless));
        assertTrue(e.getMessage().contains("limit of 4000 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("maxChars"), e.getMessage());
    }

    @Test
    void parse_streamWithinLimit_parsed() throws java.io.IOException {
        byte[] b = Fixtures.CITY_REPORT.getBytes(StandardCharsets.UTF_8);
        assertEquals(P.parse(b).metadata(), P.parse(new java.io.ByteArrayInputStream(b)).metadata());
    }
}
