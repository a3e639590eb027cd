package io.github.workreport.spi;

import io.github.workreport.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one extractor found in one report: items of any type and warnings. Immutable.
 *
 * @param items    findings, each of a type the extractor {@link Extractor#provides() provides}
 * @param warnings diagnostics with spans
 */
public record Findings(List<Object> items, List<Warning> warnings) {

    public Findings {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /** Nothing found. */
    public static Findings empty() {
        return new Findings(List.of(), List.of());
    }

    /** Starts collecting findings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The items of one type, in the order found. */
    public <T> List<T> get(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : items) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    /** Collects findings; not thread-safe. */
    public static final class Builder {
        private final List<Object> items = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();

        private Builder() {
        }

        /** Adds an item. */
        public Builder add(Object item) {
            items.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /** Adds items. */
        public Builder addAll(List<?> more) {
            more.forEach(this::add);
            return this;
        }

        /** Adds a warning. */
        public Builder warn(Warning w) {
            warnings.add(Objects.requireNonNull(w, "warning"));
            return this;
        }

        /** Finishes. */
        public Findings build() {
            return new Findings(items, warnings);
        }
    }
}
