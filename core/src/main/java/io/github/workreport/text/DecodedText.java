package io.github.workreport.text;

import io.github.workreport.Warning;
import java.util.List;
import java.util.Objects;

/**
 * Bytes decoded to text.
 *
 * @param text     the decoded text, without a byte-order mark
 * @param charset  the canonical name of the charset used ({@code UTF-8}, {@code GB18030}, {@code Big5},
 *                 {@code UTF-16LE})
 * @param warnings what was doubtful (a guessed charset, malformed bytes replaced)
 */
public record DecodedText(String text, String charset, List<Warning> warnings) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
    }
}
