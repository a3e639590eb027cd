package io.github.workreport.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.github.workreport.Warning;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Bytes to text. Immutable and thread-safe.
 *
 * <p>In order: a byte-order mark (UTF-8, UTF-32LE/BE, UTF-16LE/BE) decides; otherwise bytes
 * that are valid UTF-8 are UTF-8; otherwise bytes that are valid GB18030 (a superset of GBK and
 * GB2312, the usual encodings of Chinese government pages) are reported as {@code GB18030}
 * unless ICU's {@link CharsetDetector}, restricted to Big5 and BOM-less UTF-16, is confident
 * of one of those and its strict decoding works (the detector, statistical and comparatively
 * slow, is asked only when the bytes could be one of those: valid Big5, or holding a zero byte); the fallback is GB18030 with malformed bytes
 * replaced and a {@code malformed-input} warning. Any guess beyond a BOM or valid UTF-8 adds a
 * {@code charset-guessed} warning. The byte-order mark is not part of the text.
 *
 * <pre>{@code
 * DecodedText d = Decoder.defaults().decode(Files.readAllBytes(path));
 * d.text();     // the text
 * d.charset();  // "UTF-8", "GB18030", "Big5", "UTF-16LE", ...
 * }</pre>
 */
public final class Decoder {

    private static final Decoder DEFAULTS = new Decoder();
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Set<String> DETECTABLE = Set.of("Big5", "UTF-16LE", "UTF-16BE", "GB18030");
    private static final int DETECT_CONFIDENCE = 50;
    /** Bytes handed to ICU's detector: as many as its own stream API reads. */
    private static final int DETECT_PREFIX = 8000;

    private Decoder() {
    }

    /** The default decoder. */
    public static Decoder defaults() {
        return DEFAULTS;
    }

    /**
     * Decodes bytes; never throws for any input. Empty input gives empty text in UTF-8.
     *
     * @throws NullPointerException when {@code bytes} is null
     */
    public DecodedText decode(byte[] bytes) {
        int n = bytes.length;
        if (n == 0) {
            return new DecodedText("", "UTF-8", List.of());
        }
        // 1. byte-order marks; UTF-32LE before UTF-16LE because FF FE 00 00 starts both
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return lenient(bytes, 3, StandardCharsets.UTF_8, "UTF-8", List.of());
        }
        if (n >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF) {
            Charset c = utf32("UTF-32BE");
            if (c != null) {
                return lenient(bytes, 4, c, "UTF-32BE", List.of());
            }
        }
        if (n >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            Charset c = utf32("UTF-32LE");
            if (c != null) {
                return lenient(bytes, 4, c, "UTF-32LE", List.of());
            }
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE", List.of());
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE", List.of());
        }
        // 2. strict UTF-8
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8", List.of());
        }
        // 3. detection among sensible candidates, when there is any besides GB18030
        String detected = mayBeBig5OrUtf16(bytes) ? detect(bytes) : null;
        if (detected != null && !detected.equals("GB18030")) {
            String text = strict(bytes, Charset.forName(detected));
            if (text != null) {
                return new DecodedText(text, detected, List.of(Warning.of("charset-guessed",
                        "no byte-order mark and not UTF-8; detected " + detected)));
            }
        }
        String gb = strict(bytes, GB18030);
        if (gb != null) {
            return new DecodedText(gb, "GB18030", List.of(Warning.of("charset-guessed",
                    "no byte-order mark and not UTF-8; decoded as GB18030 (GBK/GB2312)")));
        }
        List<Warning> w = new ArrayList<>();
        w.add(Warning.of("charset-guessed", "no byte-order mark, not UTF-8 and no charset fits; decoded as GB18030"));
        return lenient(bytes, 0, GB18030, "GB18030", w);
    }

    /**
     * Whether ICU's detector could name anything but GB18030: bytes that are valid Big5, or that
     * hold a zero byte (BOM-less UTF-16 of a text with any ASCII in it). Most GBK input fails the
     * strict Big5 decoder within its first lines, which is far cheaper than statistical detection.
     */
    private static boolean mayBeBig5OrUtf16(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return isValid(bytes, BIG5, Integer.MAX_VALUE);
    }

    private static String detect(byte[] bytes) {
        try {
            CharsetDetector d = new CharsetDetector();
            // the statistics settle long before the end; a bounded prefix keeps detection cheap
            d.setText(bytes.length <= DETECT_PREFIX ? bytes : Arrays.copyOf(bytes, DETECT_PREFIX));
            for (CharsetMatch m : d.detectAll()) {
                if (m.getConfidence() < DETECT_CONFIDENCE) {
                    break;
                }
                String name = m.getName();
                if (name.equals("GB18030") || name.equals("GBK") || name.equals("GB2312")) {
                    return "GB18030";
                }
                if (DETECTABLE.contains(name)) {
                    return name;
                }
            }
        } catch (RuntimeException e) {
            // detection is only a hint
        }
        return null;
    }

    private static Charset utf32(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The text when {@code bytes} are valid UTF-8, else null. The JDK's replacing decoder is much
     * faster than a reporting {@link CharsetDecoder}; only when it produced a replacement character
     * (malformed input, or a U+FFFD that was really in the input) does the strict decoder decide.
     */
    private static String strictUtf8(byte[] bytes) {
        if (!isValid(bytes, StandardCharsets.UTF_8, PREFIX_CHECK)) {
            return null; // GBK and the like fail within their first lines: no text built for nothing
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') < 0 ? s : strict(bytes, StandardCharsets.UTF_8);
    }

    /** Bytes checked before the whole input is decoded as UTF-8. */
    private static final int PREFIX_CHECK = 4096;

    /**
     * Whether the first {@code limit} bytes (all of them when {@code limit} is larger) are valid in
     * {@code cs}, a sequence cut at the limit counting as valid. Decodes through a small buffer, so
     * that a check that fails early costs little and allocates nothing in proportion to the input.
     */
    private static boolean isValid(byte[] bytes, Charset cs, int limit) {
        CharsetDecoder d = reporting(cs);
        boolean whole = limit >= bytes.length;
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, Math.min(limit, bytes.length));
        CharBuffer out = CharBuffer.allocate(2048);
        while (true) {
            java.nio.charset.CoderResult r = d.decode(in, out, whole);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return !whole || !d.flush(out.clear()).isError();
            }
            out.clear(); // overflow: the buffer is full, go on
        }
    }

    /** A decoder of {@code cs} that reports malformed and unmappable input instead of replacing it. */
    private static CharsetDecoder reporting(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The text when {@code bytes} are valid in {@code cs}, else null. */
    private static String strict(byte[] bytes, Charset cs) {
        CharsetDecoder d = reporting(cs);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static DecodedText lenient(byte[] bytes, int offset, Charset cs, String name, List<Warning> warnings) {
        CharsetDecoder d = reporting(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return new DecodedText(d.decode(in).toString(), name, warnings);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, cs);
            List<Warning> w = new ArrayList<>(warnings);
            w.add(Warning.of("malformed-input", "bytes not valid in " + name + " were replaced by U+FFFD"));
            return new DecodedText(text, name, w);
        }
    }
}
