package io.github.workreport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random text encoded with a byte-order mark, or as UTF-8, decodes back to itself. */
class DecoderProperties {

    @Provide
    Arbitrary<String> text() {
        // well-formed text: CJK, ASCII, full-width forms, supplementary characters
        return Arbitraries.strings()
                .withCharRange('\u4E00', '\u9FA5')
                .withCharRange(' ', '~')
                .withCharRange('\uFF01', '\uFF5E')
                .withChars('\n', '\u3000', '。', '，')
                .ofMaxLength(200)
                .map(s -> s.isEmpty() ? s : s + "\uD842\uDFB7");
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] b = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, b, 0, bom.length);
        System.arraycopy(body, 0, b, bom.length, body.length);
        return b;
    }

    @Property
    void decode_utf8_roundTrips(@ForAll("text") String s) {
        assertEquals(s, Decoder.defaults().decode(s.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(s, Decoder.defaults().decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                s.getBytes(StandardCharsets.UTF_8))).text());
    }

    @Property
    void decode_utf16WithBom_roundTrips(@ForAll("text") String s) {
        DecodedText le = Decoder.defaults().decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                s.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(s, le.text());
        assertEquals("UTF-16LE", le.charset());
        DecodedText be = Decoder.defaults().decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                s.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(s, be.text());
    }

    @Property
    void decode_gb18030_roundTrips(@ForAll("text") String s) {
        byte[] gb = s.getBytes(Charset.forName("GB18030"));
        DecodedText d = Decoder.defaults().decode(gb);
        // GB18030 bytes that happen to be valid UTF-8 (e.g. pure ASCII) are UTF-8 and mean the same
        assertEquals(s, d.text(), d.charset());
    }

    @Property
    void decode_anyBytes_neverThrows(@ForAll byte[] bytes) {
        Decoder.defaults().decode(bytes);
    }

    // ---- corpus-like composed text: paragraphs of report phrases, figures, punctuation and line ends

    private static final java.util.List<String> PHRASES = java.util.List.of(
            "各位代表", "现在，我代表市人民政府", "向大会报告工作", "请予审议", "过去一年", "全市地区生产总值", "增长", "5.2%",
            "一般公共预算收入", "120.5亿元", "城镇新增就业", "3.2万人", "一、", "（二）", "1.", "①", "2025年", "今年",
            "主要预期目标是", "左右", "以上", "以内", "，", "、", "；", "：", "“", "”", "《", "》", "（", "）", "——",
            "规上工业增加值", "居民人均可支配收入", "粮食产量", "万吨", "一是", "二是", "稳中求进", "高质量发展",
            "国務院", "經濟", "GDP", "R&D", "\u3000", " ", "𠀀", "㎡", "Ⅲ", "αβ", "№", "～", "…", "％", "５", "ＡＢ");

    @Provide
    Arbitrary<String> report() {
        Arbitrary<String> paragraph = Arbitraries.of(PHRASES).list().ofMinSize(1).ofMaxSize(14)
                .map(l -> String.join("", l) + "。\n");
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(60)
                .map(x -> x + "\n");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, paragraph), net.jqwik.api.Tuple.of(1, cjk))
                .list().ofMinSize(1).ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> shortReport() {
        return Arbitraries.of(PHRASES).list().ofMinSize(1).ofMaxSize(14).map(l -> String.join("", l) + "。\n")
                .list().ofMaxSize(4).map(l -> String.join("", l));
    }

    @Property
    void decode_utf16WithoutBom_roundTripsInBothOrders(@ForAll("report") String s) {
        // the one ambiguity left: UTF-16 none of whose bytes reaches 0x80 (①①①。 is 60 24 … 02 30) with fewer
        // zero bytes than one unit in four reads as well as ASCII with NULs in it; a real report's UTF-16 always has
        // such bytes (most ideographs do)
        byte[] le16 = s.getBytes(StandardCharsets.UTF_16LE);
        boolean high = false;
        int zeros = 0;
        for (byte x : le16) {
            high |= x < 0;
            zeros += x == 0 ? 1 : 0;
        }
        net.jqwik.api.Assume.that(high || zeros * 4 >= le16.length / 2);
        DecodedText le = Decoder.defaults().decode(s.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(s, le.text());
        assertEquals("UTF-16LE", le.charset());
        DecodedText be = Decoder.defaults().decode(s.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(s, be.text());
        assertEquals("UTF-16BE", be.charset());
    }

    @Property
    void decode_reportInEveryCharset_roundTrips(@ForAll("report") String s) {
        assertEquals(s, Decoder.defaults().decode(s.getBytes(StandardCharsets.UTF_8)).text(), "UTF-8");
        byte[] gb = s.getBytes(Charset.forName("GB18030"));
        if (!Decoder.isValid(gb, StandardCharsets.UTF_8, Integer.MAX_VALUE)) {
            // (a short GB18030 text can be valid UTF-8 too, 一 as һ: valid UTF-8 is read as UTF-8)
            assertEquals(s, Decoder.defaults().decode(gb).text(), "GB18030");
        }
        assertEquals(s, Decoder.defaults().decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                s.getBytes(StandardCharsets.UTF_16LE))).text(), "UTF-16LE with BOM");
        assertEquals(s, Decoder.defaults().decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                s.getBytes(StandardCharsets.UTF_16BE))).text(), "UTF-16BE with BOM");
        String gbkable = s.replace("𠀀", "").replace("№", "");
        Charset gbk = Charset.forName("GBK");
        if (gbk.newEncoder().canEncode(gbkable)
                && !Decoder.isValid(gbkable.getBytes(gbk), StandardCharsets.UTF_8, Integer.MAX_VALUE)) {
            assertEquals(gbkable, Decoder.defaults().decode(gbkable.getBytes(gbk)).text(), "GBK");
        }
        assertEquals(false, Decoder.looksBinary(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Property
    void decode_mixedUtf8AndGbk_eachStretchReadRight(@ForAll("shortReport") String a,
            @ForAll("shortReport") String b, @ForAll("shortReport") String c) {
        String head = LONG_UTF8 + a;
        String middle = b.replace("𠀀", "").replace("№", "") + LONG_GBK;
        byte[] bytes = concat(head.getBytes(StandardCharsets.UTF_8), middle.getBytes(Charset.forName("GBK")),
                c.getBytes(StandardCharsets.UTF_8));
        DecodedText d = Decoder.defaults().decode(bytes);
        String expected = head + middle + c;
        // the stretch boundaries fall at line ends; a line of the GBK stretch without 3 multi-byte characters, or a
        // UTF-8 line after it, may join a neighbour, so compare the parts that are certain
        // the charset named is the one of most bytes; the other's stretches have the warnings
        assertEquals(true, d.charset().equals("UTF-8") || d.charset().equals("GB18030"), d.charset());
        assertEquals(true, d.text().startsWith(LONG_UTF8), d.text());
        assertEquals(true, d.text().contains(LONG_GBK), d.text());
        assertEquals(true, d.warnings().stream().anyMatch(w -> w.code().equals(Decoder.MIXED_ENCODING)));
        if (b.isEmpty() && c.chars().allMatch(x -> x < 0x80)) {
            assertEquals(expected, d.text());
        }
    }

    private static final String LONG_UTF8 = "2025年青川市政府工作报告\n过去一年，全市地区生产总值增长5.2%，一般公共预算收入增长6%。\n";
    private static final String LONG_GBK = "\n今年全市主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内。\n";

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    @Property
    void decode_anyBytesOrBinary_neverThrowsAndBinaryHasNoText(@ForAll byte[] bytes) {
        DecodedText d = Decoder.defaults().decode(bytes);
        if (d.warnings().stream().anyMatch(w -> w.code().equals(Decoder.BINARY_INPUT))) {
            assertEquals(bytes.length, d.text().length(), "binary input maps byte for character");
        }
    }

    private static final java.util.List<String> BIG5_PHRASES = java.util.List.of(
            "政府工作報告", "各位代表", "現在，我代表市政府", "向大會報告工作", "請予審議", "過去一年", "全市地區生產總值", "增長",
            "5.2%", "一般公共預算收入", "120.5億元", "城鎮新增就業", "3.2萬人", "一、", "（二）", "2025年", "今年",
            "主要預期目標是", "左右", "以上", "，", "、", "；", "：", "「", "」", "經濟社會發展", "國民經濟穩中有進");

    @Provide
    Arbitrary<String> big5Report() {
        return Arbitraries.of(BIG5_PHRASES).list().ofMinSize(8).ofMaxSize(20).map(l -> String.join("", l) + "。\n")
                .list().ofMinSize(2).ofMaxSize(10).map(l -> String.join("", l));
    }

    @Property
    void decode_big5Report_roundTrips(@ForAll("big5Report") String s) {
        DecodedText d = Decoder.defaults().decode(s.getBytes(Charset.forName("Big5")));
        assertEquals(s, d.text(), d.charset());
    }
}
