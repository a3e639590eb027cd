package io.github.workreport.panel;

import io.github.workreport.Achievement;
import io.github.workreport.AdminLevel;
import io.github.workreport.Figure;
import io.github.workreport.Measure;
import io.github.workreport.Period;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportKind;
import io.github.workreport.ReportParser;
import io.github.workreport.Target;
import io.github.workreport.extractors.IndicatorTaxonomy;
import io.github.workreport.extractors.IndicatorTaxonomy.Direction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Targets beside results: one {@link PanelRow} per (region, indicator id, year, period), the target a
 * report sets for the year beside the result a later report gives for it, with a status and the
 * source of every figure. Immutable.
 *
 * <pre>{@code
 * Panel panel = Panel.of(Path.of("national-2013-gwr.txt"), Path.of("national-2014-gwr.txt"));
 * panel.rows().forEach(r -> System.out.println(r.indicatorId() + " " + r.year() + " " + r.status().code()));
 * }</pre>
 *
 * <p>Rules (docs/panel.md): only figures with an indicator id, a year, a report region and the
 * indicator's usual measure and unit enter (a growth indicator also takes a level in percent:
 * {@code 经济增长目标为7.5%}). Reports are ordered by plan year, then work report, plan report,
 * budget report, other, then input order. The target is the first report's; within a report a
 * figure not about the past year, not hedged with 力争/争取, not in a multi-year plan's section and in a
 * section naming the year comes first, then text order, and a hedged better figure is the stretch. The result is the first report's; within a report a plain
 * figure before an approximate one before a bound, then text order. The same figure in another
 * report adds a source; a different one is the revision (the last one differing), never
 * overwriting the first.
 */
public final class Panel {

    private static final Pattern HEDGE = Pattern.compile("力争|争取");
    private static final Pattern PAST = Pattern.compile("去年|上年|过去");
    private static final Pattern PLAN_SECTION = Pattern.compile("十[一二三四五六七八九]?五|五年|规划|中长期|远景");

    private final List<PanelRow> rows;
    private final Counts counts;

    private Panel(List<PanelRow> rows, Counts counts) {
        this.rows = List.copyOf(rows);
        this.counts = counts;
    }

    /** The panel of parsed files, with the default taxonomy. */
    public static Panel of(Collection<ReportFile> files) {
        Builder b = builder();
        files.forEach(b::add);
        return b.build();
    }

    /** Parses the files with {@link ReportParser#defaults()} and builds their panel. */
    public static Panel of(Path... files) throws IOException {
        Builder b = builder();
        for (Path p : files) {
            b.add(ReportParser.defaults().parseAll(p));
        }
        return b.build();
    }

    /** Starts a panel. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rows, sorted by region, indicator (taxonomy order), period (single years first) and year. */
    public List<PanelRow> rows() {
        return rows;
    }

    /** How many figures went in and why the others were left out. */
    public Counts counts() {
        return counts;
    }

    /**
     * Figures seen and left out.
     *
     * @param figures     targets and achievements of every report
     * @param used        figures that went into a row
     * @param noIndicator left out: no indicator id (or qualitative)
     * @param noYear      left out: no year
     * @param noRegion    left out: the report names no region
     * @param otherUnit   left out: a measure or unit other than the indicator's usual one
     */
    public record Counts(int figures, int used, int noIndicator, int noYear, int noRegion, int otherUnit) {
    }

    /** Collects parsed files; {@link #build()} makes the panel. */
    public static final class Builder {
        private IndicatorTaxonomy taxonomy = IndicatorTaxonomy.defaults();
        private final Map<String, String> regionCodes = new HashMap<>(RegionCodes.PROVINCES);
        private final List<ReportFile> files = new ArrayList<>();

        private Builder() {
        }

        /** The taxonomy giving each indicator its name, usual measure and unit, and direction. */
        public Builder taxonomy(IndicatorTaxonomy t) {
            this.taxonomy = Objects.requireNonNull(t, "taxonomy");
            return this;
        }

        /** Region codes to use besides the built-in province-level ones (region as written → code). */
        public Builder regionCodes(Map<String, String> codes) {
            regionCodes.putAll(codes);
            return this;
        }

        /** Adds a parsed file; the order of files breaks ties between reports of the same year and kind. */
        public Builder add(ReportFile f) {
            files.add(Objects.requireNonNull(f, "file"));
            return this;
        }

        /** Builds the panel. */
        public Panel build() {
            return new Assembler(taxonomy, regionCodes).assemble(files);
        }
    }

    /** A figure with where it comes from. */
    private record Item(Figure figure, Source source, int order) {
        boolean target() {
            return figure instanceof Target;
        }
    }

    /** A report's place in the order of reports. */
    private record ReportRef(int year, int kindRank, int file, int index) implements Comparable<ReportRef> {
        private static final Comparator<ReportRef> ORDER = Comparator.comparingInt(ReportRef::year)
                .thenComparingInt(ReportRef::kindRank).thenComparingInt(ReportRef::file).thenComparingInt(ReportRef::index);

        @Override
        public int compareTo(ReportRef o) {
            return ORDER.compare(this, o);
        }
    }

    private static final class Assembler {
        private final IndicatorTaxonomy taxonomy;
        private final Map<String, String> regionCodes;
        private final Map<String, Integer> idOrder = new HashMap<>();

        Assembler(IndicatorTaxonomy taxonomy, Map<String, String> regionCodes) {
            this.taxonomy = taxonomy;
            this.regionCodes = regionCodes;
            int i = 0;
            for (IndicatorTaxonomy.Entry e : taxonomy.entries()) {
                idOrder.put(e.id(), i++);
            }
        }

        Panel assemble(List<ReportFile> files) {
            int figures = 0;
            int noIndicator = 0;
            int noYear = 0;
            int noRegion = 0;
            int otherUnit = 0;
            Map<PanelRow.Key, List<Item>> byKey = new LinkedHashMap<>();
            Map<String, AdminLevel> levels = new HashMap<>();
            Map<Source, ReportRef> reportOf = new HashMap<>();
            for (int fi = 0; fi < files.size(); fi++) {
                ReportFile f = files.get(fi);
                for (int ri = 0; ri < f.reports().size(); ri++) {
                    Report r = f.reports().get(ri);
                    List<Figure> all = new ArrayList<>(r.targets());
                    all.addAll(r.achievements());
                    figures += all.size();
                    String region = r.metadata().region();
                    if (region == null || region.isBlank()) {
                        noRegion += all.size();
                        continue;
                    }
                    if (r.metadata().level() != null) {
                        levels.putIfAbsent(region, r.metadata().level());
                    }
                    Integer ry = r.metadata().year();
                    ReportRef ref = new ReportRef(ry == null ? Integer.MAX_VALUE : ry, kindRank(r.metadata().kind()), fi, ri);
                    for (int k = 0; k < all.size(); k++) {
                        Figure x = all.get(k);
                        IndicatorTaxonomy.Entry e = x.indicatorId() == null ? null : taxonomy.entry(x.indicatorId()).orElse(null);
                        if (e == null || x.quantity() == null) {
                            noIndicator++;
                            continue;
                        }
                        if (x.year() == null) {
                            noYear++;
                            continue;
                        }
                        if (!fits(e, x)) {
                            otherUnit++;
                            continue;
                        }
                        Period p = x.period();
                        PanelRow.Key key = new PanelRow.Key(region, e.id(), x.year(), p == null ? null : p.start(),
                                p == null ? null : p.end());
                        Source s = new Source(f.source(), ri, x.span().start(), x.span().end(), r.metadata().kind(), ry);
                        reportOf.put(s, ref);
                        byKey.computeIfAbsent(key, q -> new ArrayList<>()).add(new Item(x, s, x.span().start()));
                    }
                }
            }
            List<PanelRow> out = new ArrayList<>();
            int used = 0;
            for (Map.Entry<PanelRow.Key, List<Item>> en : byKey.entrySet()) {
                used += en.getValue().size();
                out.add(row(en.getKey(), en.getValue(), reportOf, levels.get(en.getKey().region())));
            }
            out.sort(Comparator.comparing(PanelRow::region)
                    .thenComparingInt(r -> idOrder.getOrDefault(r.indicatorId(), Integer.MAX_VALUE))
                    .thenComparing(PanelRow::indicatorId)
                    .thenComparing(r -> r.period() == null ? 0 : 1)
                    .thenComparing(r -> r.periodStart() == null ? 0 : r.periodStart())
                    .thenComparingInt(PanelRow::year));
            return new Panel(out, new Counts(figures, used, noIndicator, noYear, noRegion, otherUnit));
        }

        private static int kindRank(ReportKind k) {
            return switch (k) {
                case GOVERNMENT_WORK_REPORT -> 0;
                case PLAN_REPORT -> 1;
                case BUDGET_REPORT -> 2;
                default -> 3;
            };
        }

        /** Whether a figure has the indicator's usual measure and unit (a growth indicator also takes a level in %). */
        private static boolean fits(IndicatorTaxonomy.Entry e, Figure x) {
            String unit = x.quantity().unit();
            if (!unit.equals(e.unit())) {
                return false;
            }
            return x.measure() == e.measure()
                    || e.measure() == Measure.GROWTH && x.measure() == Measure.LEVEL && "%".equals(unit);
        }

        private PanelRow row(PanelRow.Key key, List<Item> items, Map<Source, ReportRef> reportOf, AdminLevel level) {
            IndicatorTaxonomy.Entry e = taxonomy.entry(key.indicatorId()).orElseThrow();
            Direction dir = e.direction();
            // group by report, in report order
            TreeMap<ReportRef, List<Item>> targets = new TreeMap<>();
            TreeMap<ReportRef, List<Item>> results = new TreeMap<>();
            List<String> notes = new ArrayList<>();
            // a period's figures share the years but may differ in basis (年均 and 累计 over 2021–2025): the row
            // takes the basis of the first target (else the first result) in report order; the others are notes
            Period period = null;
            if (items.get(0).figure().period() != null) {
                Comparator<Item> byReport = Comparator.comparing((Item it) -> reportOf.get(it.source()))
                        .thenComparingInt(Item::order);
                period = items.stream().filter(Item::target).min(byReport)
                        .or(() -> items.stream().min(byReport)).orElseThrow().figure().period();
            }
            for (Item it : items) {
                Period p = it.figure().period();
                if (period != null && p.basis() != period.basis()) {
                    notes.add("also " + p.basis().code() + " " + describe(it.figure().quantity()) + " (" + it.source() + ")");
                    continue;
                }
                (it.target() ? targets : results).computeIfAbsent(reportOf.get(it.source()), q -> new ArrayList<>()).add(it);
            }
            Cell[] target = new Cell[2];
            Item stretch = null;
            boolean first = true;
            for (List<Item> group : targets.values()) {
                group.sort(Comparator.comparingInt((Item it) -> targetRank(it.figure())).thenComparingInt(Item::order));
                Item pick = group.get(0);
                Cell c = cell(pick, group);
                if (first) {
                    stretch = stretch(dir, pick, group);
                }
                for (Item other : group) {
                    if (!same(other.figure().quantity(), pick.figure().quantity())
                            && !(first && stretch != null && HEDGE.matcher(other.figure().text()).find())) {
                        notes.add("also " + describe(other.figure().quantity()) + " (" + other.source() + ")");
                    }
                }
                merge(target, c);
                first = false;
            }
            Cell[] result = new Cell[2];
            for (List<Item> group : results.values()) {
                group.sort(Comparator.comparingInt((Item it) -> resultRank(it.figure())).thenComparingInt(Item::order));
                Item pick = group.get(0);
                for (Item other : group) {
                    if (!same(other.figure().quantity(), pick.figure().quantity())) {
                        notes.add("also " + describe(other.figure().quantity()) + " (" + other.source() + ")");
                    }
                }
                merge(result, cell(pick, group));
            }
            Quantity tq = target[0] == null ? null : target[0].quantity();
            Quantity rq = result[0] == null ? null : result[0].quantity();
            return new PanelRow(key.region(), regionCodes.get(key.region()), level, e.id(), e.names().get(0), e.unit(),
                    e.measure(), dir, key.year(), period, target[0],
                    stretch == null ? null : point(dir, stretch.figure().quantity()), stretch == null ? null : stretch.source(), target[1], result[0], result[1],
                    Judge.status(dir, tq, rq), Judge.gap(dir, tq, rq), notes.isEmpty() ? null : String.join("; ", notes));
        }

        /** Folds the pick of a later report into {first, revision}: the same figure adds sources, another is the revision. */
        private static void merge(Cell[] slot, Cell c) {
            if (slot[0] == null) {
                slot[0] = c;
            } else if (same(slot[0].quantity(), c.quantity())) {
                slot[0] = slot[0].plus(c.sources());
            } else if (slot[1] != null && same(slot[1].quantity(), c.quantity())) {
                slot[1] = slot[1].plus(c.sources());
            } else {
                slot[1] = c;
            }
        }

        /** The pick of a report with the sources of the report's other statements of the same figure. */
        private static Cell cell(Item pick, List<Item> group) {
            List<Source> sources = new ArrayList<>();
            sources.add(pick.source());
            for (Item it : group) {
                if (it != pick && same(it.figure().quantity(), pick.figure().quantity())) {
                    sources.add(it.source());
                }
            }
            Figure f = pick.figure();
            return new Cell(f.quantity(), f.estimated(), f.text(), sources);
        }

        /**
         * The order of a report's targets for one key, lowest first: about the past year (去年) last, then
         * hedged (力争) ones, then those in a section of a multi-year plan (“十四五”时期主要目标) that does not
         * name the year, then those outside a section naming the year (2021年重点工作, 今年).
         */
        private static int targetRank(Figure f) {
            String path = String.join(" ", f.sectionPath());
            boolean yearSection = f.year() != null && path.contains(f.year() + "年") || path.contains("今年");
            int rank = yearSection ? 0 : 1;
            if (!yearSection && PLAN_SECTION.matcher(path).find()) {
                rank += 2;
            }
            if (HEDGE.matcher(f.text()).find()) {
                rank += 4;
            }
            if (PAST.matcher(f.text()).find()) {
                rank += 8;
            }
            return rank;
        }

        /** A plain figure before an approximate one, a range, then a bound; a figure marked past-tense is fine. */
        private static int resultRank(Figure f) {
            return switch (f.quantity().comparison()) {
                case EQ -> 0;
                case APPROX -> 1;
                case RANGE -> 2;
                default -> 3;
            } + (f instanceof Achievement ? 0 : 4);
        }

        /** The hedged goal beyond the picked target in the same report ({@code 增长6%，力争7%}), or null. */
        private static Item stretch(Direction dir, Item pick, List<Item> group) {
            if (HEDGE.matcher(pick.figure().text()).find()) {
                return null;
            }
            boolean lower = dir == Direction.LOWER_BETTER || dir == Direction.CEILING;
            BigDecimal base = point(dir, pick.figure().quantity());
            Item best = null;
            for (Item it : group) {
                if (it == pick || !HEDGE.matcher(it.figure().text()).find()) {
                    continue;
                }
                BigDecimal v = point(dir, it.figure().quantity());
                int c = v.compareTo(best == null ? base : point(dir, best.figure().quantity()));
                if (lower ? c < 0 : c > 0) {
                    best = it;
                }
            }
            return best;
        }

        /** The value of a figure, or the end of a range that counts for the direction. */
        private static BigDecimal point(Direction dir, Quantity q) {
            if (!q.isRange()) {
                return q.value();
            }
            return dir == Direction.LOWER_BETTER || dir == Direction.CEILING ? q.low() : q.high();
        }
    }

    /** Same unit and the same numbers (the comparator is not compared: 增长6%左右 and 增长6% are one target). */
    static boolean same(Quantity a, Quantity b) {
        return a.unit().equals(b.unit()) && eq(a.value(), b.value()) && eq(a.low(), b.low()) && eq(a.high(), b.high());
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** A figure in words for the notes column: {@code approx 6 %}. */
    static String describe(Quantity q) {
        String v = q.isRange() ? PanelCsv.number(q.low()) + "~" + PanelCsv.number(q.high()) : PanelCsv.number(q.value());
        return q.comparison().code() + " " + v + (q.unit().isEmpty() ? "" : " " + q.unit());
    }
}
