package io.github.workreport;

import io.github.workreport.text.Utf16;
import java.util.List;
import java.util.Objects;

/**
 * A term explained by the report: a footnote (①…), a 名词解释 / 注释 entry, or an inline
 * ［1］ note.
 *
 * @param marker     the marker as written ({@code ①}, {@code 1}), or the empty string
 * @param term       the term explained
 * @param definition the explanation, normalized
 * @param span       where the entry is in the original input
 * @param references where the body refers to the entry with its marker (an inline ［1］), in order
 */
public record GlossaryEntry(String marker, String term, String definition, Span span, List<Span> references) {

    /** An entry no inline marker refers to. */
    public GlossaryEntry(String marker, String term, String definition, Span span) {
        this(marker, term, definition, span, List.of());
    }

    public GlossaryEntry {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(span, "span");
        // a name cut at a fixed length may end in half a surrogate pair: no character, not encodable
        marker = Utf16.wellFormed(marker);
        term = Utf16.wellFormed(term);
        definition = Utf16.wellFormed(definition);
        references = List.copyOf(references);
    }
}
