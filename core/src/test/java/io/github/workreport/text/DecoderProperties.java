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
}
