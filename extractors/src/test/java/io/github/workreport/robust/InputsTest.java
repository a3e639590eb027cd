package io.github.workreport.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Noise;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.Span;
import io.github.workreport.Warning;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd inputs: empty, blank, binary, broken or undeclared encodings, huge, truncated, and the
 * {@code maxChars} limit. Each gives a {@link ReportFile} (with reports and/or warnings) that keeps
 * the {@link Invariants}; only null arguments and unreadable files throw.
 */
class InputsTest {

    private static final ReportParser PARSER = ReportParser.defaults();
    private static final Charset GBK = Charset.forName("GBK");

    private static String report() {
        return Reports.workReport(new Random(7), 4);
    }

    private static boolean hasWarning(ReportFile f, String code) {
        return f.warnings().stream().anyMatch(w -> w.code().equals(code));
    }

    @Test
    void parseAll_empty_noReportWarning() {
        ReportFile f = PARSER.parseAll("");
        assertTrue(f.reports().isEmpty());
        assertTrue(hasWarning(f, "no-report"), f.warnings().toString());
        assertTrue(f.partition().isEmpty());
        Invariants.check(f, "empty");
        Invariants.check(PARSER.parseAll(new byte[0], "<empty>"), "empty bytes");
    }

    @Test
    void parseAll_whitespaceOnly_noReportAndCovered() {
        String blank = " \n\t\r\n\u3000\u00A0\f\n\n   ";
        ReportFile f = PARSER.parseAll(blank);
        assertTrue(f.reports().isEmpty(), f.reports().toString());
        assertTrue(hasWarning(f, "no-report"));
        Invariants.check(f, "blank");
        Report r = PARSER.parse(blank);
        assertEquals(new Span(0, blank.length()), r.span());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("no-report")));
    }

    @Test
    void parseAll_randomBytes_neverThrows() {
        Random rnd = new Random(1);
        for (int i = 0; i < 40; i++) {
            byte[] b = new byte[rnd.nextInt(20_000)];
            rnd.nextBytes(b);
            Invariants.check(PARSER.parseAll(b, "<random>"), "random bytes " + i);
        }
    }

    @Test
    void parseAll_pngHeader_givesWarningsNotException() {
        byte[] png = new byte[4096];
        new Random(2).nextBytes(png);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        ReportFile f = PARSER.parseAll(png, "image.png");
        assertFalse(f.warnings().isEmpty(), "binary input is not silently accepted");
        Invariants.check(f, "png");
    }

    @Test
    void parseAll_invalidUtf8_malformedOrGuessedWarning() {
        byte[] utf8 = report().getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(utf8, utf8.length + 3);
        broken[200] = (byte) 0xC3; // a lead byte followed by a non-continuation
        broken[201] = (byte) 0x28;
        broken[utf8.length] = (byte) 0xFF;
        broken[utf8.length + 1] = (byte) 0xFE;
        broken[utf8.length + 2] = (byte) 0x80;
        ReportFile f = PARSER.parseAll(broken, "<broken>");
        assertTrue(hasWarning(f, "malformed-input") || hasWarning(f, "charset-guessed"), f.warnings().toString());
        Invariants.check(f, "invalid utf-8");
    }

    @Test
    void parseAll_gbkUndeclared_detectedAndReportFound() {
        String text = report();
        ReportFile f = PARSER.parseAll(text.getBytes(GBK), "<gbk>");
        assertEquals("GB18030", f.charset());
        assertEquals(text, f.original());
        assertEquals(1, f.reports().size());
        assertTrue(f.reports().get(0).metadata().title().contains("政府工作报告"));
        assertFalse(f.reports().get(0).figures().isEmpty(), "figures read from GBK input");
        Invariants.check(f, "gbk");
    }

    @Test
    void parseAll_mostlyAsciiUtf8_decodedAsUtf8() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            b.append("Line ").append(i).append(": plain ASCII text, page ").append(i).append('\n');
        }
        b.append("地区生产总值增长5%。\n");
        String text = b.toString();
        ReportFile f = PARSER.parseAll(text.getBytes(StandardCharsets.UTF_8), "<ascii>");
        assertEquals("UTF-8", f.charset());
        assertEquals(text, f.original());
        Invariants.check(f, "mostly ascii");
    }

    @Test
    void parseAll_utf16WithAndWithoutBom_decodedAndReportFound() {
        String text = report();
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE"}) {
            byte[] body = text.getBytes(Charset.forName(cs));
            byte[] bom = cs.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            for (boolean withBom : new boolean[] {true, false}) {
                byte[] in = withBom ? concat(bom, body) : body;
                ReportFile f = PARSER.parseAll(in, cs + (withBom ? "+bom" : ""));
                String what = cs + (withBom ? " with BOM" : " without BOM");
                assertEquals(cs, f.charset(), what);
                assertEquals(text, f.original(), what);
                assertEquals(1, f.reports().size(), what);
                Invariants.check(f, what);
            }
        }
    }

    @Test
    void parseAll_truncatedMidSentenceAndMidCharacter_reportWithNoException() {
        String text = report();
        int cut = text.indexOf("增长", text.length() / 2) + 1; // inside a clause, after 增
        ReportFile f = PARSER.parseAll(text.substring(0, cut));
        assertEquals(1, f.reports().size());
        Invariants.check(f, "cut mid-sentence");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int mid = utf8.length / 2;
        while ((utf8[mid] & 0xC0) != 0x80) {
            mid++; // a continuation byte: the cut leaves a partial character
        }
        ReportFile g = PARSER.parseAll(Arrays.copyOf(utf8, mid), "<truncated>");
        assertEquals(1, g.reports().size());
        assertFalse(g.warnings().isEmpty(), "a partial character is reported");
        Invariants.check(g, "cut mid-character");
        byte[] gbk = text.getBytes(GBK);
        ReportFile h = PARSER.parseAll(Arrays.copyOf(gbk, gbk.length - 1), "<truncated gbk>");
        assertEquals(1, h.reports().size());
        Invariants.check(h, "gbk cut mid-character");
    }

    @Test
    void parseAll_fiftyMegabyteCompilation_allReportsAndNothingLost() {
        // 24 distinct composed reports, repeated: later copies are set aside as duplicates
        Random rnd = new Random(3);
        String[] parts = new String[24];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Reports.report(rnd, 4 + rnd.nextInt(4)) + "\n";
        }
        StringBuilder b = new StringBuilder();
        long bytes = 0;
        for (int i = 0; bytes < 50L * 1024 * 1024; i++) {
            String p = parts[i % parts.length];
            b.append(p);
            bytes += p.getBytes(StandardCharsets.UTF_8).length;
        }
        String text = b.toString();
        b = null;
        ReportFile f = PARSER.parseAll(text);
        assertTrue(f.reports().size() >= parts.length / 2, "reports: " + f.reports().size());
        assertTrue(f.noise().stream().anyMatch(n -> n.kind() == Noise.Kind.DUPLICATE), "repeated copies set aside");
        Invariants.check(f, "50 MB compilation");
    }

    @Test
    void maxChars_inputAboveLimit_truncatedWithWarningAndRestAsNoise() {
        String text = Reports.compilation(new Random(5), 3, 3);
        int max = text.length() / 3;
        ReportParser p = ReportParser.builder().discoverExtractors().maxChars(max).build();
        ReportFile f = p.parseAll(text);
        assertEquals(text, f.original(), "spans keep pointing into the full input");
        Warning w = f.warnings().stream().filter(x -> x.code().equals("input-truncated")).findFirst().orElseThrow();
        assertEquals(new Span(max, text.length()), w.span());
        assertTrue(f.noise().stream().anyMatch(n -> n.span().equals(new Span(max, text.length()))),
                "the rest is set aside: " + f.noise());
        for (Report r : f.reports()) {
            assertTrue(r.span().end() <= max, "report " + r.span() + " past the limit " + max);
        }
        Invariants.check(f, "maxChars");
        ReportFile under = p.parseAll(text.substring(0, max));
        assertFalse(under.warnings().stream().anyMatch(x -> x.code().equals("input-truncated")));
    }

    @Test
    void maxChars_bytesAboveLimit_truncatedToo() {
        String text = report();
        ReportParser p = ReportParser.builder().discoverExtractors().maxChars(100).build();
        ReportFile f = p.parseAll(text.getBytes(GBK), "<gbk>");
        assertTrue(f.warnings().stream().anyMatch(x -> x.code().equals("input-truncated")));
        Invariants.check(f, "maxChars bytes");
    }

    @Test
    void maxChars_invalidOrTwice_rejected() {
        assertThrows(IllegalArgumentException.class, () -> ReportParser.builder().maxChars(0));
        assertThrows(IllegalArgumentException.class, () -> ReportParser.builder().maxChars(-5));
        assertThrows(IllegalStateException.class, () -> ReportParser.builder().maxChars(10).maxChars(20));
        assertEquals(64 * 1024 * 1024, ReportParser.DEFAULT_MAX_CHARS);
    }

    @Test
    void parseAll_fileFarAboveLimit_ioException(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[4_001]);
        ReportParser p = ReportParser.builder().maxChars(1_000).build();
        assertThrows(IOException.class, () -> p.parseAll(big));
        assertThrows(IOException.class, () -> PARSER.parseAll(dir.resolve("missing.txt")));
        assertThrows(IOException.class, () -> PARSER.parseAll(dir), "a directory is unreadable as a file");
    }

    @Test
    void parseAll_nullArguments_nullPointerException() {
        assertThrows(NullPointerException.class, () -> PARSER.parseAll((CharSequence) null));
        assertThrows(NullPointerException.class, () -> PARSER.parseAll((byte[]) null, "x"));
        assertThrows(NullPointerException.class, () -> PARSER.parseAll(new byte[0], null));
        assertThrows(NullPointerException.class, () -> PARSER.parseAll((Path) null));
        assertThrows(NullPointerException.class, () -> PARSER.parse((CharSequence) null));
        assertThrows(NullPointerException.class, () -> PARSER.parse((byte[]) null));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(a);
        o.writeBytes(b);
        return o.toByteArray();
    }
}
