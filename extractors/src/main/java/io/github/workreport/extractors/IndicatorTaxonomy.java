package io.github.workreport.extractors;

import io.github.workreport.Measure;
import io.github.workreport.extractors.internal.Indicators;
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

    /** Time and scope words tried away before a name, besides the lexicon's scope prefixes: 年末城镇登记失业率. */
    private static final List<String> TIME_PREFIXES = List.of("年末", "年底", "全年", "今年", "去年", "上年", "平均");

    /** A five-year plan's period before a name: “十四五”期间地区生产总值, 十三五”时期. */
    private static final java.util.regex.Pattern PLAN_PERIOD =
            java.util.regex.Pattern.compile("“?十[一二三四五六七八九]?五”?(?:时期|期间|末|规划期)?(?:内)?");

    /**
     * Verbs and target words an extracted name may keep at its end, tried away: 城镇调查失业率降(到5.2%),
     * 经济增长预期目标(为5%左右), 地区生产总值增速. Longest first.
     */
    private static final List<String> TRAILING = List.of("的预期目标", "的调控目标", "预期目标", "调控目标", "回落到",
            "回落至", "下降到", "下降至", "控制在", "保持在", "稳定在", "降到", "降至", "达到", "目标", "增速", "降", "为", "达");

    /**
     * The id of the indicator an extracted name denotes: the name itself, or the name after a
     * short scope or time prefix (全市规上工业增加值, 年末城镇登记失业率), or without a verb or target
     * word left at its end (经济增长预期目标, 城镇调查失业率降).
     */
    public Optional<String> idOf(String indicator) {
        if (indicator == null || indicator.isEmpty()) {
            return Optional.empty();
        }
        String k = key(indicator);
        String id = lookup(k, 2);
        if (id == null) {
            java.util.regex.Matcher m = PLAN_PERIOD.matcher(k);
            if (m.lookingAt() && m.end() < k.length()) {
                k = k.substring(m.end());
                id = lookup(k, 2);
            }
        }
        if (id == null) {
            for (String t : TRAILING) {
                if (k.length() > t.length() + 1 && k.endsWith(t)) {
                    id = lookup(k.substring(0, k.length() - t.length()), 2);
                    break;
                }
            }
        }
        return Optional.ofNullable(id);
    }

    /** The id of {@code k}, or of {@code k} after up to {@code prefixes} scope or time prefixes, or null. */
    private String lookup(String k, int prefixes) {
        String id = idByName.get(k);
        if (id != null || prefixes == 0) {
            return id;
        }
        for (String p : Indicators.scopePrefixes()) { // 全市, 全省, …: the lexicon's role scope-prefix
            if (k.length() > p.length() && k.startsWith(p)) {
                id = lookup(k.substring(p.length()), prefixes - 1);
                if (id != null) {
                    return id;
                }
            }
        }
        for (String p : TIME_PREFIXES) {
            if (k.length() > p.length() && k.startsWith(p)) {
                id = lookup(k.substring(p.length()), prefixes - 1);
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
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
     * Which way an indicator should move, used to judge whether a result meets a target (see
     * docs/panel.md). The comparator of a target decides first ({@code 900万人以上}: at least); the
     * direction decides for a plain or approximate figure ({@code 增长6%左右}).
     */
    public enum Direction {
        /** More is better: growth, output, jobs, income. A result at or above the target meets it. */
        HIGHER_BETTER,
        /** Less is better: unemployment, energy intensity, PM2.5. A result at or below the target meets it. */
        LOWER_BETTER,
        /** The target is a ceiling, not a goal to approach: consumer prices, deficits. At or below meets it. */
        CEILING,
        /** No direction: a result is judged by the target's comparator only. */
        NONE;

        /** The table and JSON spelling: {@code higher_better}, {@code lower_better}, {@code ceiling}, {@code none}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The direction spelled {@code code}. */
        public static Direction ofCode(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * One canonical indicator.
     *
     * @param id        a stable snake_case id
     * @param english   an English name
     * @param measure   the usual measure
     * @param unit      the usual unit, or the empty string
     * @param direction which way the indicator should move
     * @param names     Chinese names and synonyms, first the preferred one
     */
    public record Entry(String id, String english, Measure measure, String unit, Direction direction,
            List<String> names) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(direction, "direction");
            names = List.copyOf(names);
            if (id.isBlank() || names.isEmpty()) {
                throw new IllegalArgumentException("an entry needs an id and at least one name: " + id);
            }
        }

        /** An entry without a direction ({@link Direction#NONE}). */
        public Entry(String id, String english, Measure measure, String unit, List<String> names) {
            this(id, english, measure, unit, Direction.NONE, names);
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
            List<String> lines = io.github.workreport.spi.ResourceLines.read(IndicatorTaxonomy.class, "indicators.tsv",
                    "indicators.tsv", "workreport-extractors");
            for (int no = 1; no <= lines.size(); no++) {
                String line = lines.get(no - 1);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException("indicators.tsv line " + no + ": expected 6 columns, got " + f.length);
                }
                List<String> names = new ArrayList<>(List.of(f[5].split("\\|")));
                Entry e = new Entry(f[0], f[1], Measure.valueOf(f[2].toUpperCase(Locale.ROOT)), f[3],
                        Direction.ofCode(f[4]), names);
                if (m.putIfAbsent(e.id(), e) != null) {
                    throw new IllegalStateException("indicators.tsv line " + no + ": duplicate id " + e.id());
                }
            }
            return new IndicatorTaxonomy(m);
        }
    }
}
