package io.github.workreport.evaluation;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One gold file in the format of the extraction spec (section 2): the document it answers for ({@code doc}, a path
 * relative to a root folder), the document's encoding, and the gold reports (metadata, sections, scopes, targets,
 * achievements, glossary count). Read as {@code evaluate.py} reads it: JSON numbers without fraction or exponent
 * are integers, the others floats; {@code NaN} and {@code Infinity} are accepted.
 */
public final class GoldFile {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private final String name;
    private final Map<String, Object> json;

    private GoldFile(String name, Map<String, Object> json) {
        this.name = name;
        this.json = json;
    }

    /**
     * Reads a gold file.
     *
     * @throws IOException   when it cannot be read or is not JSON
     * @throws GoldException when it is not a JSON object with a {@code doc} string and a {@code reports} list
     */
    public static GoldFile read(Path file) throws IOException {
        Object o;
        try (InputStream in = Files.newInputStream(file)) {
            o = MAPPER.readValue(in, Object.class);
        }
        return of(file.getFileName().toString(), o);
    }

    /** A gold file from its JSON text; {@code name} is what messages call it. */
    public static GoldFile parse(String name, String json) throws IOException {
        return of(name, MAPPER.readValue(json, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static GoldFile of(String name, Object o) {
        if (!(o instanceof Map<?, ?> m) || !(m.get("doc") instanceof String) || !(m.get("reports") instanceof List)) {
            throw new GoldException("gold " + name + ": not an object with a 'doc' string and a 'reports' list");
        }
        return new GoldFile(name, (Map<String, Object>) m);
    }

    /** The gold file's name ({@code national-2024-gwr.json}). */
    public String name() {
        return name;
    }

    /** The document it answers for, as written ({@code corpus/real/national-2024-gwr.txt}). */
    public String doc() {
        return (String) json.get("doc");
    }

    /** The document's encoding as the gold names it ({@code UTF-8} when it names none). */
    public String encoding() {
        Object e = json.get("encoding");
        return e == null ? "UTF-8" : Py.str(e);
    }

    /** The number of gold reports. */
    public int reportCount() {
        return reports().size();
    }

    /** The document's path: {@code doc} resolved against {@code root} (an absolute {@code doc} is kept). */
    public Path source(Path root) {
        return root.resolve(doc());
    }

    /**
     * The document's text as the evaluator sees it: its bytes decoded strictly with {@link #encoding()}, without a
     * leading byte-order mark. Scopes are looked up in this text.
     *
     * @throws IOException   when the document cannot be read
     * @throws GoldException when the bytes are not valid in the encoding, or the encoding is unknown
     */
    public String text(Path root) throws IOException {
        return decode(Files.readAllBytes(source(root)));
    }

    /** Decodes a document's bytes as {@link #text(Path)} does. */
    public String decode(byte[] raw) {
        Charset cs = charset(encoding());
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new GoldException("gold " + name + ": " + doc() + " is not valid " + encoding() + ": " + e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private Charset charset(String encoding) {
        String e = encoding.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String java = switch (e) {
            case "utf-8-sig", "utf8", "u8", "utf" -> "UTF-8";
            case "cp936", "936", "ms936" -> "GBK";
            case "utf-16", "utf16", "u16" -> "UTF-16";
            default -> encoding.strip();
        };
        try {
            return Charset.forName(java);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
            throw new GoldException("gold " + name + ": unknown encoding " + encoding);
        }
    }

    @SuppressWarnings("unchecked")
    List<Object> reports() {
        return (List<Object>) json.get("reports");
    }

    Map<String, Object> json() {
        return json;
    }
}
