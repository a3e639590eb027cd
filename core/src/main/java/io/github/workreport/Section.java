package io.github.workreport;

import io.github.workreport.text.Utf16;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A numbered heading and the text it governs, with its sub-sections.
 *
 * @param level       1 for the top numbering style present, 2 below it, …
 * @param style       the numbering style ({@code 一、}, {@code (一)}, {@code 1.}, {@code (1)}, …)
 * @param number      the numeral as written, simplified and half-width, without brackets or the
 *                    trailing 、/. ({@code 一}, {@code 3})
 * @param title       the heading text without its number; for a heading that runs on into its
 *                    paragraph, its first sentence without the closing 。
 * @param headingSpan where the number and title are in the original input
 * @param span        the heading and all the text it governs, in the original input
 * @param children    sub-sections, in order
 * @param items       the 一是/二是 enumeration items of the section's own text (not of its sub-sections)
 */
public record Section(int level, String style, String number, String title, Span headingSpan, Span span,
        List<Section> children, List<Enumeration> items) {

    /** A section without enumeration items. */
    public Section(int level, String style, String number, String title, Span headingSpan, Span span,
            List<Section> children) {
        this(level, style, number, title, headingSpan, span, children, List.of());
    }

    public Section {
        if (level < 1) {
            throw new IllegalArgumentException("level must be >= 1: " + level);
        }
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(headingSpan, "headingSpan");
        Objects.requireNonNull(span, "span");
        // a name cut at a fixed length may end in half a surrogate pair: no character, not encodable
        number = Utf16.wellFormed(number);
        title = Utf16.wellFormed(title);
        children = List.copyOf(children);
        items = List.copyOf(items);
    }

    /** This section and all below it, depth first. */
    public List<Section> flatten() {
        List<Section> out = new ArrayList<>();
        walk(out::add);
        return out;
    }

    /** Visits this section and all below it, depth first. */
    public void walk(Consumer<Section> visitor) {
        visitor.accept(this);
        for (Section c : children) {
            c.walk(visitor);
        }
    }
}
