package io.github.workreport.text;

import io.github.workreport.Noise;
import io.github.workreport.Span;
import io.github.workreport.Warning;
import java.util.List;
import java.util.Objects;

/**
 * Normalized text together with the chain of offset maps that lead back to the original input,
 * the noise the steps set aside and the warnings they gave ({@link Filtered#warnings()}), both
 * in original coordinates. Immutable and thread-safe.
 *
 * <pre>{@code
 * NormalizedText n = Normalizer.defaults().normalize("經(jīng)濟增長５％");
 * n.text();                       // "经济增长5%"
 * n.toOriginal(0, 2);             // [0, 8): "經(jīng)濟"
 * }</pre>
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final List<OffsetMap> maps; // maps.get(0) is applied to the original
    private final List<Noise> noise;
    private final List<Warning> warnings;

    /**
     * Creates normalized text; normally done by {@link Normalizer}.
     *
     * @param original the original decoded input
     * @param text     the final normalized text
     * @param maps     one map per step, in the order the steps ran
     * @param noise    removed stretches in ORIGINAL coordinates
     * @throws IllegalArgumentException when the maps do not chain from the original to the text
     */
    public NormalizedText(String original, String text, List<OffsetMap> maps, List<Noise> noise) {
        this(original, text, maps, noise, List.of());
    }

    /**
     * Creates normalized text with the steps' warnings; normally done by {@link Normalizer}.
     *
     * @param original the original decoded input
     * @param text     the final normalized text
     * @param maps     one map per step, in the order the steps ran
     * @param noise    removed stretches in ORIGINAL coordinates
     * @param warnings the steps' warnings, spans in ORIGINAL coordinates
     * @throws IllegalArgumentException when the maps do not chain from the original to the text, or
     *                                  a warning span is outside the original
     */
    public NormalizedText(String original, String text, List<OffsetMap> maps, List<Noise> noise,
            List<Warning> warnings) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        this.maps = List.copyOf(maps);
        this.noise = List.copyOf(noise);
        this.warnings = List.copyOf(warnings);
        for (Warning w : this.warnings) {
            if (w.span() != null && w.span().end() > original.length()) {
                throw new IllegalArgumentException("warning span " + w.span() + " outside the original of length "
                        + original.length());
            }
        }
        int len = original.length();
        for (OffsetMap m : this.maps) {
            if (m.inputLength() != len) {
                throw new IllegalArgumentException("offset maps do not chain: expected input length " + len
                        + ", got " + m.inputLength());
            }
            len = m.outputLength();
        }
        if (len != text.length()) {
            throw new IllegalArgumentException("last map output " + len + " differs from text length " + text.length());
        }
    }

    /** Text that no step changed. */
    public static NormalizedText unchanged(String original) {
        return new NormalizedText(original, original, List.of(), List.of());
    }

    /** The original decoded input. */
    public String original() {
        return original;
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    /** The length of the normalized text. */
    public int length() {
        return text.length();
    }

    /** Stretches of the original set aside by the normalizer, sorted by start. */
    public List<Noise> noise() {
        return noise;
    }

    /**
     * The warnings of the steps ({@code redaction-restored}), spans in the original, in the order
     * the steps ran and, within a step, by position.
     */
    public List<Warning> warnings() {
        return warnings;
    }

    /** The per-step maps, first step first. */
    public List<OffsetMap> maps() {
        return maps;
    }

    /**
     * Maps a normalized offset used as a range start back to the original.
     *
     * @throws IllegalArgumentException when {@code offset} is outside {@code [0, length()]}
     */
    public int toOriginalStart(int offset) {
        int o = offset;
        for (int i = maps.size() - 1; i >= 0; i--) {
            o = maps.get(i).toInputStart(o);
        }
        return o;
    }

    /**
     * Maps a normalized offset used as a range end back to the original.
     *
     * @throws IllegalArgumentException when {@code offset} is outside {@code [0, length()]}
     */
    public int toOriginalEnd(int offset) {
        int o = offset;
        for (int i = maps.size() - 1; i >= 0; i--) {
            o = maps.get(i).toInputEnd(o);
        }
        return o;
    }

    /**
     * Maps the normalized range {@code [start, end)} to a span of the original input.
     *
     * @throws IllegalArgumentException when the range is not within the normalized text
     */
    public Span toOriginal(int start, int end) {
        if (start > end) {
            throw new IllegalArgumentException("start " + start + " after end " + end);
        }
        int s = toOriginalStart(start);
        int e = toOriginalEnd(end);
        if (start == end) {
            return new Span(s, s);
        }
        return new Span(Math.min(s, e), Math.max(s, e));
    }

    @Override
    public String toString() {
        return "NormalizedText[" + original.length() + " -> " + text.length() + " chars, " + noise.size() + " noise, "
                + warnings.size() + " warnings]";
    }
}
