package io.github.workreport;

import io.github.workreport.text.Utf16;
import java.util.Objects;
import java.util.Optional;

/**
 * A diagnostic collected while parsing: the report was still produced, but something looked
 * wrong or could not be found.
 *
 * @param code    a stable kebab-case code ({@code numbering-gap}, {@code missing-date},
 *                {@code charset-guessed})
 * @param message a human-readable message
 * @param span    where in the original input, or null when the warning concerns no place
 */
public record Warning(String code, String message, Span span) {

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        // a name cut at a fixed length may end in half a surrogate pair: no character, not encodable
        message = Utf16.wellFormed(message);
    }

    /** A warning about no particular place. */
    public static Warning of(String code, String message) {
        return new Warning(code, message, null);
    }

    /** The place, when there is one. */
    public Optional<Span> location() {
        return Optional.ofNullable(span);
    }
}
