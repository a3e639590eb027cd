package io.github.workreport.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** PLACEHOLDER: bytes to text with charset detection. */
public final class Decoder {

    private static final Decoder DEFAULTS = new Decoder();

    private Decoder() {
    }

    /** The default decoder. */
    public static Decoder defaults() {
        return DEFAULTS;
    }

    /** Decodes bytes; never throws for any input. */
    public DecodedText decode(byte[] bytes) {
        return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8", List.of());
    }
}
