package io.github.workreport.extractors;

import io.github.workreport.Measure;
import io.github.workreport.extractors.internal.Indicators;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Canonical indicators with their Chinese names and synonyms (地区生产总值 / 生产总值 / GDP →
 * {@code gdp}). Immutable and thread-safe. The defaults are read once from
 * {@code indicators.tsv} in this package; add your own entries with {@link #builder()}.
 *
 * <pre>{@code
 * IndicatorTaxonomy t = IndicatorTaxonomy.builder()
 *         .addDefaults()
 *         .add(new IndicatorTaxonomy.Entry("ev_output", "New-energy vehicle output", Measure.LEVEL, "辆",
 *                 List.of("新能源汽车产量")))
 *         .build();
 * t.idOf("规上工业增加值"); // Optional[industrial_va_above_scale]
 * }</pre>
 */
public final class IndicatorTaxonomy {

    /** Scope words allowed before a name when matching by suffix. */
    private final Map<String, Entry> byId;
    private final Map<String, String> idByName;
    private final int longestName;

    private IndicatorTaxonomy(Map<String, Entry> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        Map<String, String> names = new HashMap<>();
        int longest = 0;
        for (Entry e : byId.values()) {
            for (String n : e.names()) {
                String k = key(n);
                String prev = names.putIfAbsent(k, e.id());
                if (prev != null && !prev.equals(e.id())) {
                    throw new IllegalArgumentException("name '" + n + "' belongs to both " + prev + " and " + e.id());
                }
                longest = Math.max(longest, k.length());
            }
        }
        this.idByName = Map.copyOf(names);
        this.longestName = longest;
    }

    /** The built-in taxonomy. */
    public static IndicatorTaxonomy defaults() {
        return Defaults.INSTANCE;
    }

    /** Starts an empty taxonomy; call {@link Builder#addDefaults()} to start from the built-in one. */
    public static Builder builder() {
        return new Builder();
    }

    /** All entries, in file order. */
    public List<Entry> entries() {
        return List.copyOf(byId.values());
    }

    /** An entry by id. */
    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The id of the indicator an extracted name denotes: the name itself, or the name after a
     * short scope prefix (全市规上工业增加值).
     */
    public Optional<String> idOf(String indicator) {
        if (indicator == null || indicator.isEmpty()) {
            return Optional.empty();
        }
        String k = key(indicator);
        String id = idByName.get(k);
        if (id != null) {
            return Optional.of(id);
        }
        for (String p : Indicators.scopePrefixes()) { // 全市, 全省, …: the lexicon's role scope-prefix
            if (k.startsWith(p)) {
                id = idByName.get(k.substring(p.length()));
                if (id != null) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** The indicator name as extracted; a hook for canonical spelling, currently the identity. */
    public String canonicalSpelling(String indicator) {
        return indicator;
    }

    /** Length of the longest name, in characters. */
    public int longestName() {
        return longestName;
    }

    private static String key(String name) {
        boolean plain = true;
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = c >= '\u4E00' && c <= '\u9FFF' || !Character.isWhitespace(c) && c != '(' && c != ')' && c != '“' && c != '”' && c != '"'
                    && !Character.isLowerCase(c);
        }
        if (plain) {
            return name; // the common case: a name of Chinese characters, already its own key
        }
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c) && c != '(' && c != ')' && c != '“' && c != '”' && c != '"') {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    /**
     * One canonical indicator.
     *
     * @param id      a stable snake_case id
     * @param english an English name
     * @param measure the usual measure
     * @param unit    the usual unit, or the empty string
     * @param names   Chinese names and synonyms, first the preferred one
     */
    public record Entry(String id, String english, Measure measure, String unit, List<String> names) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(unit, "unit");
            names = List.copyOf(names);
            if (id.isBlank() || names.isEmpty()) {
                throw new IllegalArgumentException("an entry needs an id and at least one name: " + id);
            }
        }
    }

    /** Collects entries; ids must be unique and a name may belong to one id only. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds the built-in entries. */
        public Builder addDefaults() {
            for (Entry e : defaults().entries()) {
                add(e);
            }
            return this;
        }

        /**
         * Adds an entry.
         *
         * @throws IllegalArgumentException when the id is already present
         */
        public Builder add(Entry e) {
            Objects.requireNonNull(e, "entry");
            if (entries.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate indicator id " + e.id());
            }
            return this;
        }

        /**
         * Builds the taxonomy.
         *
         * @throws IllegalArgumentException when a name belongs to two ids
         */
        public IndicatorTaxonomy build() {
            return new IndicatorTaxonomy(entries);
        }
    }

    /** Reads the built-in table once, on first use. */
    private static final class Defaults {
        static final IndicatorTaxonomy INSTANCE = load();

        private static IndicatorTaxonomy load() {
            Map<String, Entry> m = new LinkedHashMap<>();
            try (InputStream in = IndicatorTaxonomy.class.getResourceAsStream("indicators.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("indicators.tsv missing from the workreport-extractors jar");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length != 5) {
                        throw new IllegalStateException("indicators.tsv line " + no + ": expected 5 columns, got " + f.length);
                    }
                    List<String> names = new ArrayList<>(List.of(f[4].split("\\|")));
                    Entry e = new Entry(f[0], f[1], Measure.valueOf(f[2].toUpperCase(Locale.ROOT)), f[3], names);
                    if (m.putIfAbsent(e.id(), e) != null) {
                        throw new IllegalStateException("indicators.tsv line " + no + ": duplicate id " + e.id());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read indicators.tsv", e);
            }
            return new IndicatorTaxonomy(m);
        }
    }
}
