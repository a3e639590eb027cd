package io.github.workreport.text;

import io.github.workreport.Noise;
import io.github.workreport.Span;
import io.github.workreport.Warning;
import io.github.workreport.internal.text.InvisibleCharFilter;
import io.github.workreport.internal.text.LetterSpacingFilter;
import io.github.workreport.internal.text.LineUnwrapFilter;
import io.github.workreport.internal.text.NoiseFilter;
import io.github.workreport.internal.text.PinyinAnnotationFilter;
import io.github.workreport.internal.text.RedactionFilter;
import io.github.workreport.internal.text.TraditionalToSimplifiedFilter;
import io.github.workreport.internal.text.WidthFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A chain of {@link TextFilter} steps that turns decoded report text into normalized text while
 * keeping a map back to every original offset. Immutable and thread-safe.
 *
 * <p>The default chain, in order:
 * <ol>
 *   <li>{@code invisible}: line endings to {@code \n}, zero-width characters, BOMs, literal
 *       {@code <U+00A0>} escapes;</li>
 *   <li>{@code width}: full-width ASCII and U+3000 to half-width, leaving CJK punctuation,
 *       circled numbers and unit signs alone;</li>
 *   <li>{@code pinyin}: pinyin readings after characters removed ({@code 經(jīng)濟 → 經濟});</li>
 *   <li>{@code t2s}: traditional to simplified characters, phrase by phrase;</li>
 *   <li>{@code redaction}: masked political words of reposts restored ({@code X的二十大 → 党的二十大}),
 *       each with a {@code redaction-restored} warning ({@link NormalizedText#warnings()}). After
 *       width and t2s, so that it sees half-width, simplified text; before the steps whose decisions
 *       depend on the kind of character (letter spacing counts ideographs, unwrap measures line widths,
 *       noise judges line shapes), so that they see the same text on every run;</li>
 *   <li>{@code spacing}: letter-spaced PDF text joined ({@code 同  比  增  长} → {@code 同比增长});</li>
 *   <li>{@code noise}: web chrome, advertising, page headers and numbers set aside;</li>
 *   <li>{@code unwrap}: hard line wraps of PDF text rejoined.</li>
 * </ol>
 *
 * <pre>{@code
 * Normalizer n = Normalizer.builder().traditionalToSimplified(false).build();
 * NormalizedText t = n.normalize(text);
 * }</pre>
 */
public final class Normalizer {

    /** Names of the built-in steps, in the order they run. */
    public static final List<String> STEPS = List.of("invisible", "width", "pinyin", "t2s", "redaction", "spacing",
            "noise", "unwrap");

    private static final Normalizer DEFAULTS = builder().build();

    private final List<TextFilter> filters;

    private Normalizer(List<TextFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /** The default chain with every built-in step on. */
    public static Normalizer defaults() {
        return DEFAULTS;
    }

    /** A normalizer that changes nothing. */
    public static Normalizer none() {
        return new Normalizer(List.of());
    }

    /** Starts a builder with every built-in step on. */
    public static Builder builder() {
        return new Builder();
    }

    /** The steps of this chain, in order. */
    public List<TextFilter> filters() {
        return filters;
    }

    /** Applications at most of a filter that {@linkplain TextFilter#repeatUntilStable() repeats until stable}. */
    public static final int MAX_ROUNDS = 8;

    /**
     * Normalizes {@code original}. Never throws for any string.
     *
     * @throws NullPointerException when {@code original} is null
     */
    public NormalizedText normalize(CharSequence original) {
        String source = Objects.requireNonNull(original, "original").toString();
        String text = source;
        List<OffsetMap> maps = new ArrayList<>(filters.size());
        List<Noise> noise = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (TextFilter f : filters) {
            int rounds = f.repeatUntilStable() ? MAX_ROUNDS : 1;
            for (int round = 0; round < rounds; round++) {
                Filtered r = f.apply(text);
                if (!r.noise().isEmpty() || !r.warnings().isEmpty()) {
                    NormalizedText sofar = maps.isEmpty() ? null : new NormalizedText(source, text, maps, List.of());
                    for (Noise n : r.noise()) {
                        Span s = n.span();
                        Span o = sofar == null ? s : toOriginalCovering(sofar, s);
                        noise.add(new Noise(n.kind(), o, n.detail()));
                    }
                    for (Warning w : r.warnings()) {
                        Span s = w.span();
                        Span o = s == null || sofar == null ? s : toOriginalCovering(sofar, s);
                        warnings.add(new Warning(w.code(), w.message(), o));
                    }
                }
                boolean changed = !r.text().equals(text);
                if (!r.map().isIdentity() || changed) {
                    maps.add(r.map());
                }
                text = r.text();
                if (!changed) {
                    break;
                }
            }
        }
        noise.sort(Comparator.comparing(Noise::span));
        return new NormalizedText(source, text, dropIdentity(maps), Noise.disjoint(noise), warnings);
    }

    private static List<OffsetMap> dropIdentity(List<OffsetMap> maps) {
        List<OffsetMap> out = new ArrayList<>(maps.size());
        for (OffsetMap m : maps) {
            if (!m.isIdentity()) {
                out.add(m);
            }
        }
        return out;
    }

    /** A removed stretch of intermediate text mapped to the whole original stretch it came from. */
    private static Span toOriginalCovering(NormalizedText sofar, Span s) {
        int start = sofar.toOriginalStart(s.start());
        int end = sofar.toOriginalEnd(s.end());
        if (s.isEmpty() || end < start) {
            return new Span(start, Math.max(start, end));
        }
        return new Span(start, end);
    }

    /**
     * Configures a {@link Normalizer}. Each built-in step can be switched off; custom steps run
     * after the built-in ones in the order added. {@link #build()} does not change the builder.
     */
    public static final class Builder {
        private final Set<String> off = new LinkedHashSet<>();
        private final List<TextFilter> extra = new ArrayList<>();

        private Builder() {
        }

        /** Switches the line-ending and invisible-character step. */
        public Builder invisible(boolean on) {
            return set("invisible", on);
        }

        /** Switches full-width to half-width folding. */
        public Builder width(boolean on) {
            return set("width", on);
        }

        /** Switches removal of pinyin annotations. */
        public Builder pinyin(boolean on) {
            return set("pinyin", on);
        }

        /** Switches traditional to simplified conversion. */
        public Builder traditionalToSimplified(boolean on) {
            return set("t2s", on);
        }

        /** Switches joining of letter-spaced text. */
        public Builder letterSpacing(boolean on) {
            return set("spacing", on);
        }

        /** Switches removal of web chrome, advertising and page furniture. */
        public Builder noise(boolean on) {
            return set("noise", on);
        }

        /** Switches rejoining of hard line wraps. */
        public Builder unwrapLines(boolean on) {
            return set("unwrap", on);
        }

        /**
         * Switches restoration of masked political words ({@code X的二十大 → 党的二十大}), each
         * with a {@code redaction-restored} warning.
         */
        public Builder restoreRedactions(boolean on) {
            return set("redaction", on);
        }

        /**
         * Switches a built-in step by name.
         *
         * @throws IllegalArgumentException for a name not in {@link #STEPS}
         */
        public Builder set(String step, boolean on) {
            if (!STEPS.contains(step)) {
                throw new IllegalArgumentException("unknown normalizer step '" + step + "'; known: " + STEPS);
            }
            if (on) {
                off.remove(step);
            } else {
                off.add(step);
            }
            return this;
        }

        /**
         * Adds a custom step after the built-in ones.
         *
         * @throws IllegalArgumentException when a step of the same name is already present
         */
        public Builder addFilter(TextFilter filter) {
            Objects.requireNonNull(filter, "filter");
            if (STEPS.contains(filter.name()) || extra.stream().anyMatch(f -> f.name().equals(filter.name()))) {
                throw new IllegalArgumentException("a normalizer step named '" + filter.name() + "' is already present");
            }
            extra.add(filter);
            return this;
        }

        /** Builds the normalizer; the builder can go on being used. */
        public Normalizer build() {
            List<TextFilter> fs = new ArrayList<>();
            for (String s : STEPS) {
                if (!off.contains(s)) {
                    fs.add(builtIn(s));
                }
            }
            fs.addAll(extra);
            return new Normalizer(fs);
        }

        private static TextFilter builtIn(String name) {
            return switch (name) {
                case "invisible" -> new InvisibleCharFilter();
                case "width" -> new WidthFilter();
                case "pinyin" -> new PinyinAnnotationFilter();
                case "t2s" -> new TraditionalToSimplifiedFilter();
                case "spacing" -> new LetterSpacingFilter();
                case "noise" -> new NoiseFilter();
                case "unwrap" -> new LineUnwrapFilter();
                case "redaction" -> new RedactionFilter();
                default -> throw new IllegalStateException("no built-in step " + name);
            };
        }
    }
}
