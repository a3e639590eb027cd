package io.github.workreport.text;

import io.github.workreport.Noise;
import java.util.List;
import java.util.Objects;

/**
 * The result of one {@link TextFilter}: its output, the map from output offsets to input offsets,
 * and the input stretches it removed as noise, with spans in the filter's INPUT coordinates.
 *
 * @param text  the output text
 * @param map   output offsets to input offsets
 * @param noise removed stretches, in input coordinates, sorted, not overlapping
 */
public record Filtered(String text, OffsetMap map, List<Noise> noise) {

    public Filtered {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(map, "map");
        noise = List.copyOf(noise);
        if (map.outputLength() != text.length()) {
            throw new IllegalArgumentException("map output length " + map.outputLength()
                    + " differs from text length " + text.length());
        }
    }

    /** A step that changed nothing. */
    public static Filtered unchanged(String input) {
        return new Filtered(input, OffsetMap.identity(input.length()), List.of());
    }
}
