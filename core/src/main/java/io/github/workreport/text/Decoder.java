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
 * <p>In order: a byte-order mark (UTF-8, UTF-32LE/BE, UTF-16LE/BE) decides; then UTF-16 without a
 * mark, recognized by its zero bytes and a plausible reading; then binary content ({@link
 * #looksBinary}: magic bytes, control bytes), decoded byte for character with a {@value
 * #BINARY_INPUT} warning; otherwise bytes that are valid UTF-8 are UTF-8; then UTF-8 with
 * stretches of GB18030 lines (files glued together) is decoded stretch by stretch with {@value
 * #MIXED_ENCODING} warnings; otherwise bytes that are valid GB18030 (a superset of GBK and
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

    /** The code of the warning on binary input (a PDF, an archive, an image, an executable): no text in it. */
    public static final String BINARY_INPUT = "binary-input";
    /** The code of the warning on input mixing UTF-8 and GB18030 (GBK) stretches, one per stretch set apart. */
    public static final String MIXED_ENCODING = "mixed-encoding";
    /** Bytes looked at to tell UTF-16 without byte-order mark and binary content. */
    private static final int SNIFF = 64 * 1024;
    /** The prefix a quick first look reads (a text of 4 KiB without a zero byte is no UTF-16). */
    private static final int QUICK = 4 * 1024;
    /** Share of plausible characters a BOM-less UTF-16 reading must reach. */
    private static final double UTF16_PLAUSIBLE = 0.9;

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
        // 2. UTF-16 without byte-order mark: zero bytes, and read so nearly every character is CJK, ASCII or punctuation
        String utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            Charset cs = utf16.equals("UTF-16LE") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            List<Warning> w = new ArrayList<>();
            w.add(Warning.of("charset-guessed", "no byte-order mark; detected " + utf16 + " by its zero bytes"));
            return lenient(bytes, 0, cs, utf16, w);
        }
        // 3. binary content: no text to read
        String binary = binaryKind(bytes);
        if (binary != null) {
            return new DecodedText(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1", List.of(
                    Warning.of(BINARY_INPUT, "binary content (" + binary + "), not text: nothing read from it")));
        }
        // 4. strict UTF-8
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8", List.of());
        }
        // 5. UTF-8 with stretches of GB18030 (files glued together): each stretch decoded with its own charset
        DecodedText mixed = MixedEncoding.decode(bytes);
        if (mixed != null) {
            return mixed;
        }
        // 6. detection among sensible candidates, when there is any besides GB18030
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
     * Whether {@code bytes} look binary rather than text: the magic bytes of a known binary format (PDF,
     * zip and the office formats built on it, gzip, bzip2, xz, 7z, RAR, zstd, PNG, JPEG, GIF, TIFF, WebP,
     * ELF, Windows and Mach-O executables, Java classes, OLE2 documents, SQLite), or many control bytes
     * (other than tab, line feed, form feed and carriage return). UTF-16 text, whose zero bytes are
     * control bytes, is not binary: it is recognized first. Cheap: only the start is looked at.
     *
     * @throws NullPointerException when {@code bytes} is null
     */
    public static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return false; // a UTF-16 (or UTF-32) byte-order mark
        }
        return bomlessUtf16(bytes) == null && binaryKind(bytes) != null;
    }

    /** The kind of binary content, such as {@code PDF}, or null when the bytes may be text. */
    static String binaryKind(byte[] b) {
        String magic = magic(b);
        if (magic != null) {
            return magic;
        }
        int n = Math.min(b.length, SNIFF);
        if (n == 0 || noControlBytes(b, Math.min(n, QUICK))) {
            return null; // a text starts as text: most files stop here
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                control++;
            }
        }
        // random bytes (compressed or encrypted data) hold about 11% control bytes; text next to none. Between a
        // few and 10% (a text with NULs sprinkled through it), only bytes that are no text are binary
        if (control * 10L >= n && n >= 16) {
            return "control bytes";
        }
        if (control * 33L >= n && n >= 16 && !isValid(b, StandardCharsets.UTF_8, SNIFF) && !isValid(b, GB18030, SNIFF)) {
            return "control bytes";
        }
        return null;
    }

    private static String magic(byte[] b) {
        if (startsWith(b, 0, 0x25, 0x50, 0x44, 0x46, 0x2D) || find(b, "%PDF-", 1024)) {
            return "PDF";
        }
        if (startsWith(b, 0, 'P', 'K', 3, 4) || startsWith(b, 0, 'P', 'K', 5, 6) || startsWith(b, 0, 'P', 'K', 7, 8)) {
            return "zip";
        }
        if (startsWith(b, 0, 0x1F, 0x8B)) {
            return "gzip";
        }
        if (startsWith(b, 0, 'B', 'Z', 'h') && b.length > 4 && b[3] >= '1' && b[3] <= '9' && (b[4] & 0xFF) == 0x31) {
            return "bzip2";
        }
        if (startsWith(b, 0, 0xFD, '7', 'z', 'X', 'Z', 0)) {
            return "xz";
        }
        if (startsWith(b, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "7z";
        }
        if (startsWith(b, 0, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return "RAR";
        }
        if (startsWith(b, 0, 0x28, 0xB5, 0x2F, 0xFD)) {
            return "zstd";
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "PNG";
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return "GIF";
        }
        if (startsWith(b, 0, 'I', 'I', 0x2A, 0) || startsWith(b, 0, 'M', 'M', 0, 0x2A)) {
            return "TIFF";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "WebP";
        }
        if (startsWith(b, 0, 0x7F, 'E', 'L', 'F')) {
            return "ELF executable";
        }
        if (startsWith(b, 0, 'M', 'Z') && b.length >= 64 && hasZero(b, 64)) {
            return "Windows executable";
        }
        if (startsWith(b, 0, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(b, 0, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(b, 0, 0xFE, 0xED, 0xFA, 0xCF) || startsWith(b, 0, 0xFE, 0xED, 0xFA, 0xCE)) {
            return "Mach-O executable";
        }
        if (startsWith(b, 0, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "Java class or Mach-O executable";
        }
        if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "OLE2 document (doc, xls, ppt)";
        }
        if (startsWith(b, 0, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0)) {
            return "SQLite database";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean find(byte[] b, String ascii, int within) {
        int n = Math.min(b.length, within) - ascii.length();
        for (int i = nextByte(b, ascii.charAt(0), 0, n); i >= 0; i = nextByte(b, ascii.charAt(0), i + 1, n)) {
            int k = 0;
            while (k < ascii.length() && b[i + k] == ascii.charAt(k)) {
                k++;
            }
            if (k == ascii.length()) {
                return true;
            }
        }
        return false;
    }

    /** The first index of {@code b[from, last]} holding {@code c}, or -1 (a tight loop: most bytes are not it). */
    private static int nextByte(byte[] b, char c, int from, int last) {
        for (int i = from; i <= last; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasZero(byte[] b, int within) {
        for (int i = 0; i < Math.min(b.length, within); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code b[0, n)} holds no control byte (line ends, tabs and form feeds aside). */
    private static boolean noControlBytes(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code b[0, n)} holds the byte {@code x}. */
    private static boolean holds(byte[] b, int n, byte x) {
        for (int i = 0; i < n; i++) {
            if (b[i] == x) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code UTF-16LE} or {@code UTF-16BE} when the bytes are UTF-16 without a byte-order mark, else null.
     * UTF-16 of Chinese text holds zero bytes (the high byte of every ASCII character, line ends
     * included, and the low byte of characters such as 一 U+4E00), which UTF-8 and GBK text do not
     * (but for a stray NUL); read in the right order nearly every character is CJK, ASCII or
     * punctuation, while the wrong order (a line feed reads U+0A00), or UTF-8 or GBK bytes read as
     * UTF-16, give Hangul, private-use and unassigned characters. The order whose reading is
     * plausible, and more so than the other's, wins. Only the first {@value #SNIFF} bytes are looked at.
     */
    static String bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, SNIFF) & ~1;
        if (n < 4) {
            return null;
        }
        if (!holds(b, Math.min(n, QUICK), (byte) 0)) {
            return null; // UTF-16 text has a zero byte in every line end and every ASCII character: most files stop here
        }
        int zeros = 0;
        boolean high = false;
        for (int i = 0; i < n; i++) {
            zeros += b[i] == 0 ? 1 : 0;
            high |= b[i] < 0;
        }
        int units = n / 2;
        // a stray NUL or two is no UTF-16: zero bytes in at least one unit of 200 (a line end per paragraph);
        // ASCII with NULs in it reads as CJK too, so bytes all below 0x80 need the zeros of ASCII text in UTF-16
        if (zeros * 200L < units || !high && zeros * 4L < units) {
            return null;
        }
        double le = plausibleShare(b, n, true);
        double be = plausibleShare(b, n, false);
        if (le >= UTF16_PLAUSIBLE && le > be) {
            return "UTF-16LE";
        }
        if (be >= UTF16_PLAUSIBLE && be > le) {
            return "UTF-16BE";
        }
        return null;
    }

    /** The share of the code units in {@code b[0, n)}, read in one byte order, that are plausible text. */
    private static double plausibleShare(byte[] b, int n, boolean littleEndian) {
        int good = 0;
        int units = n / 2;
        for (int i = 0; i < n; i += 2) {
            int lo = b[littleEndian ? i : i + 1] & 0xFF;
            int hi = b[littleEndian ? i + 1 : i] & 0xFF;
            char c = (char) (hi << 8 | lo);
            if (plausible(c)) {
                good++;
            } else if (Character.isHighSurrogate(c) && i + 3 < n) {
                int lo2 = b[littleEndian ? i + 2 : i + 3] & 0xFF;
                int hi2 = b[littleEndian ? i + 3 : i + 2] & 0xFF;
                if (Character.isLowSurrogate((char) (hi2 << 8 | lo2))) {
                    good += 2; // a whole supplementary character (CJK extension B and beyond)
                    i += 2;
                }
            }
        }
        return (double) good / units;
    }

    /** Characters of Chinese text: CJK ideographs and punctuation, ASCII, Latin-1, full-width forms and the like. */
    private static boolean plausible(char c) {
        return c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t' || c == '\f'
                || c >= 0x4E00 && c <= 0x9FFF      // CJK unified ideographs
                || c >= 0x3400 && c <= 0x4DBF      // extension A
                || c >= 0x3000 && c <= 0x33FF      // CJK punctuation, kana, enclosed, compatibility
                || c >= 0xFF00 && c <= 0xFFEF      // full-width forms
                || c >= 0xA0 && c <= 0x17F         // Latin-1, Latin extended A (pinyin)
                || c >= 0x391 && c <= 0x3C9        // Greek (in GB2312)
                || c >= 0x401 && c <= 0x451        // Cyrillic (in GB2312)
                || c >= 0x2000 && c <= 0x22FF      // general punctuation, letterlike, number forms, arrows, maths
                || c >= 0x2460 && c <= 0x24FF      // enclosed alphanumerics (①)
                || c >= 0x2500 && c <= 0x25FF      // box drawing, shapes
                || c >= 0xF900 && c <= 0xFAFF      // CJK compatibility ideographs
                || c >= 0xFE30 && c <= 0xFE4F      // CJK compatibility forms
                || c == 0xFEFF;
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
        if (bytes.length > WHOLE_DECODE && !validUtf8Prefix(bytes)) {
            return null; // GBK and the like fail within their first lines: no large text built for nothing
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') < 0 ? s : strict(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Whether the first {@link #PREFIX_CHECK} bytes are valid UTF-8. The JDK's replacing decoder is
     * intrinsic and far faster than a reporting one: a prefix it decodes without a replacement
     * character is valid; only one with a replacement (malformed, cut at the limit, or a real U+FFFD)
     * goes to the reporting decoder.
     */
    private static boolean validUtf8Prefix(byte[] bytes) {
        int n = Math.min(bytes.length, PREFIX_CHECK);
        for (int back = 0; back < 3 && n > 0 && n < bytes.length && (bytes[n] & 0xC0) == 0x80; back++) {
            n--; // end the prefix between two characters, not inside one
        }
        if (new String(bytes, 0, n, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0) {
            return true;
        }
        return isValid(bytes, StandardCharsets.UTF_8, PREFIX_CHECK);
    }

    /** Inputs up to this size are decoded whole at once; a larger one has its prefix checked first. */
    private static final int WHOLE_DECODE = 64 * 1024;

    /** Bytes checked before the whole input is decoded as UTF-8. */
    private static final int PREFIX_CHECK = 4096;

    /**
     * Whether the first {@code limit} bytes (all of them when {@code limit} is larger) are valid in
     * {@code cs}, a sequence cut at the limit counting as valid. Decodes through a small buffer, so
     * that a check that fails early costs little and allocates nothing in proportion to the input.
     */
    static boolean isValid(byte[] bytes, Charset cs, int limit) {
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
    static String strict(byte[] bytes, Charset cs) {
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
