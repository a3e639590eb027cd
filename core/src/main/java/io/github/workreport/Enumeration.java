package io.github.workreport;

import io.github.workreport.text.Utf16;
import java.util.Objects;

/**
 * An item of an in-paragraph enumeration (一是…, 二是…) inside a section.
 *
 * @param ordinal the ordinal as written ({@code 一是})
 * @param text    the item's text up to the next item or the end of its paragraph, normalized
 * @param span    where it is in the original input
 */
public record Enumeration(String ordinal, String text, Span span) {

    public Enumeration {
        Objects.requireNonNull(ordinal, "ordinal");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        // a name cut at a fixed length may end in half a surrogate pair: no character, not encodable
        text = Utf16.wellFormed(text);
    }
}
