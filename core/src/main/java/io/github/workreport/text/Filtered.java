package io.github.workreport.text;

import io.github.workreport.Noise;
import io.github.workreport.Warning;
import java.util.List;
import java.util.Objects;

/**
 * The result of one {@link TextFilter}: its output, the map from output offsets to input offsets,
 * the input stretches it removed as noise, and the warnings it has about its input, all spans in
 * the filter's INPUT coordinates. The {@link Normalizer} maps noise and warning spans back to the
 * original text ({@link NormalizedText#noise()}, {@link NormalizedText#warnings()}); the parser
 * hands the warnings on to the report whose span holds them.
 *
 * @param text     the output text
 * @param map      output offsets to input offsets
 * @param noise    removed stretches, in input coordinates, sorted, not overlapping
 * @param warnings what the step wants the caller to know about a change it made (a restored
 *                 masked word: {@code redaction-restored}), spans in input coordinates (a
 *                 warning without a span is allowed); empty for most steps
 */
public record Filtered(String text, OffsetMap map, List<Noise> noise, List<Warning> warnings) {

    public Filtered {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(map, "map");
        noise = List.copyOf(noise);
        warnings = List.copyOf(warnings);
        if (map.outputLength() != text.length()) {
            throw new IllegalArgumentException("map output length " + map.outputLength()
                    + " differs from text length " + text.length());
        }
        for (Warning w : warnings) {
            if (w.span() != null && w.span().end() > map.inputLength()) {
                throw new IllegalArgumentException("warning span " + w.span() + " outside the input of length "
                        + map.inputLength());
            }
        }
    }

    /** A result without warnings. */
    public Filtered(String text, OffsetMap map, List<Noise> noise) {
        this(text, map, noise, List.of());
    }

    /** A step that changed nothing. */
    public static Filtered unchanged(String input) {
        return new Filtered(input, OffsetMap.identity(input.length()), List.of(), List.of());
    }
}
