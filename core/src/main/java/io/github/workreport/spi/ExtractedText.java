package io.github.workreport.spi;

import io.github.workreport.Noise;
import io.github.workreport.Pages;
import io.github.workreport.Warning;
import io.github.workreport.text.OffsetMap;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link FormatReader} read from a file: the original text spans point into, the text the
 * parser goes on with, the offset map between them, and what was set aside on the way.
 *
 * <p>For HTML the original is the decoded page source and the text its readable content; for
 * PDF and Word files, which have no text of their own, the original is the extracted text
 * (page furniture included) and the text is the original without the stretches set aside.
 *
 * @param format   the format's short name ({@code html}, {@code pdf}, {@code docx})
 * @param charset  the charset the bytes were decoded with, or null when the format has none of its own
 * @param original the original text; every span of the result points into it
 * @param text     the text handed to the normalizer
 * @param map      maps offsets in {@code text} back to {@code original}; input length = original's
 *                 length, output length = text's length
 * @param noise    stretches of the original set aside by the reader (in original coordinates)
 * @param pages    where pages begin in the original, or {@link Pages#none()}
 * @param warnings diagnostics (a font without a Unicode map, a guessed charset)
 * @param refusal  null, or why the file cannot be read at all (encrypted, broken, not a report
 *                 format): then the parser finds nothing in it and says so
 */
public record ExtractedText(String format, String charset, String original, String text, OffsetMap map,
        List<Noise> noise, Pages pages, List<Warning> warnings, String refusal) {

    /**
     * @throws IllegalArgumentException when the map does not lead from the original to the text
     */
    public ExtractedText {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(pages, "pages");
        noise = List.copyOf(noise);
        warnings = List.copyOf(warnings);
        if (map.inputLength() != original.length() || map.outputLength() != text.length()) {
            throw new IllegalArgumentException("offset map " + map + " does not lead from the original ("
                    + original.length() + " chars) to the text (" + text.length() + " chars)");
        }
    }

    /** Text read as it is: the original is the text, nothing set aside. */
    public static ExtractedText plain(String format, String charset, String text, Pages pages, List<Warning> warnings) {
        return new ExtractedText(format, charset, text, text, OffsetMap.identity(text.length()), List.of(), pages,
                warnings, null);
    }

    /** A file that cannot be read: no text, one reason. */
    public static ExtractedText refused(String format, String reason) {
        Objects.requireNonNull(reason, "reason");
        return new ExtractedText(format, null, "", "", OffsetMap.identity(0), List.of(), Pages.none(), List.of(),
                reason);
    }

    /** Whether the file was refused. */
    public boolean isRefused() {
        return refusal != null;
    }
}
