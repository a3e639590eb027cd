package io.github.workreport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Warning;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {

    private static final String REPORT = "政府工作报告\r\n——2003年3月5日在第十届全国人民代表大会第一次会议上\r\n国务院总理 朱镕基\r\n各位代表：\r\n"
            + "现在，我代表国务院，向大会作政府工作报告，请予审议。";

    @Test
    void decode_empty_emptyUtf8() {
        DecodedText d = Decoder.defaults().decode(new byte[0]);
        assertEquals("", d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void decode_utf8Bom_strippedFromText() {
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        DecodedText d = Decoder.defaults().decode(b);
        assertEquals(REPORT, d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void decode_gbk_decodedAsGb18030WithGuessWarning() {
        // 镕 is outside GB2312 but in GBK
        DecodedText d = Decoder.defaults().decode(REPORT.getBytes(Charset.forName("GBK")));
        assertEquals(REPORT, d.text());
        assertTrue(d.text().contains("朱镕基"));
        assertEquals("GB18030", d.charset());
        assertEquals("charset-guessed", d.warnings().get(0).code());
    }

    @Test
    void decode_utf16LeWithoutBom_detected() {
        DecodedText d = Decoder.defaults().decode(REPORT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(REPORT, d.text());
        assertEquals("UTF-16LE", d.charset());
    }

    @Test
    void decode_big5_detected() {
        String trad = "政府工作報告：各位代表，現在，我代表國務院，向大會報告政府工作，請予審議，並請全國政協委員提出意見。"
                + "過去一年，國民經濟穩中有進，經濟社會發展主要目標任務圓滿完成。";
        DecodedText d = Decoder.defaults().decode(trad.getBytes(Charset.forName("Big5")));
        assertEquals(trad, d.text(), d.charset());
        assertEquals("Big5", d.charset());
    }

    @Test
    void decode_brokenBytes_replacedWithWarning() {
        byte[] b = {(byte) 0xD5, (byte) 0xFE, (byte) 0x80, (byte) 0xFF, (byte) 0xFF, 'a'};
        DecodedText d = Decoder.defaults().decode(b);
        assertTrue(d.warnings().stream().map(Warning::code).anyMatch("malformed-input"::equals), d.warnings().toString());
    }

    @Test
    void decode_utf8HoldingReplacementCharacter_stillUtf8WithoutWarning() {
        // a U+FFFD that is really in the text must not be taken for malformed input
        String t = REPORT + "（原文此处有乱码\uFFFD）";
        DecodedText d = Decoder.defaults().decode(t.getBytes(StandardCharsets.UTF_8));
        assertEquals(t, d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void decode_truncatedUtf8_notUtf8() {
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(body, body.length - 1); // the last character loses a byte
        DecodedText d = Decoder.defaults().decode(cut);
        assertTrue(!d.charset().equals("UTF-8") || !d.warnings().isEmpty(), d.charset() + " " + d.warnings());
    }

    @Test
    void decode_utf16BeWithoutBom_detected() {
        DecodedText d = Decoder.defaults().decode(REPORT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(REPORT, d.text());
        assertEquals("UTF-16BE", d.charset());
        assertEquals("charset-guessed", d.warnings().get(0).code());
    }

    @Test
    void decode_utf8WithGbkStretch_eachStretchDecodedWithItsSpan() {
        String utf8 = REPORT + "\n";
        String gbk = "二、今年工作安排\n今年全市地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内。\n";
        String tail = "各位代表！让我们团结奋斗，再创佳绩！\n";
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes(utf8.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(gbk.getBytes(Charset.forName("GBK")));
        b.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        DecodedText d = Decoder.defaults().decode(b.toByteArray());
        assertEquals(utf8 + gbk + tail, d.text());
        assertEquals("UTF-8", d.charset());
        Warning w = d.warnings().get(0);
        assertEquals(Decoder.MIXED_ENCODING, w.code());
        assertEquals(gbk, w.span().of(d.text()));
        assertEquals(1, d.warnings().size(), d.warnings().toString());
    }

    @Test
    void looksBinary_knownFormats_trueAndTextFalse() {
        byte[][] binaries = {
            "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1),
            {'P', 'K', 3, 4, 20, 0, 0, 0},
            {0x1F, (byte) 0x8B, 8, 0, 0, 0},
            {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            {0x7F, 'E', 'L', 'F', 2, 1, 1, 0},
            "GIF89a".getBytes(StandardCharsets.ISO_8859_1)};
        for (byte[] b : binaries) {
            assertTrue(Decoder.looksBinary(b), new String(b, StandardCharsets.ISO_8859_1));
            assertEquals(Decoder.BINARY_INPUT, Decoder.defaults().decode(b).warnings().get(0).code());
        }
        assertTrue(!Decoder.looksBinary(REPORT.getBytes(StandardCharsets.UTF_8)));
        assertTrue(!Decoder.looksBinary(new byte[0]));
        assertTrue(!Decoder.looksBinary("MZ is a name".getBytes(StandardCharsets.UTF_8)), "MZ without zero bytes is text");
    }
}
