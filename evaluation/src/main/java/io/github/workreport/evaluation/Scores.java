package io.github.workreport.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of an evaluation: precision, recall and F1 of targets and achievements with their counts, field
 * accuracies over the matched items, metadata, sections, report counts and glossary counts, the crashes and the
 * misses (missed gold items, extracted items in a scope that match nothing, metadata and section mismatches), in the
 * order {@code evaluate.py} lists them. {@link #summary(int)} prints them in its layout.
 *
 * @param files              gold files scored
 * @param crashes            files the parser failed on ({@code doc: reason}); each scored zero
 * @param seconds            time spent parsing, when measured
 * @param targets            the targets' figures
 * @param achievements       the achievements' figures
 * @param metadataOk         metadata fields right
 * @param metadataFields     metadata fields the gold states
 * @param sectionsOk         section points earned (a level-1 heading right, then its number of children right)
 * @param sectionsPossible   section points possible (two per gold heading, one per extra extracted heading)
 * @param reportCountsOk     files whose number of reports equals the gold's
 * @param glossaryOk         reports whose number of glossary entries equals the gold's
 * @param glossaryReports    reports whose gold states a glossary count
 * @param misses             what went wrong, one line each
 */
public record Scores(int files, List<String> crashes, double seconds, KindScores targets, KindScores achievements,
        int metadataOk, int metadataFields, int sectionsOk, int sectionsPossible, int reportCountsOk, int glossaryOk,
        int glossaryReports, List<String> misses) {

    public Scores {
        crashes = List.copyOf(crashes);
        misses = List.copyOf(misses);
    }

    /**
     * The figures of one kind of item.
     *
     * @param kind        {@code targets} or {@code achievements}
     * @param gold        gold items
     * @param found       gold items matched by an extracted item
     * @param inScope     extracted items whose span overlaps a gold scope
     * @param hits        of those, the ones matching a gold item
     * @param matched     matched pairs (the base of the field accuracies; equals {@code found})
     * @param measureOk   matched items with the gold's measure
     * @param unitOk      matched items with the gold's unit (normalized; any unit for a qualitative item)
     * @param yearOk      matched items with the gold's year (the plan year, or the year before for an
     *                    achievement, when the gold item states none)
     * @param estimatedOk matched items whose estimated flag is the gold's
     * @param periodOk    matched items with the gold's period, among those whose gold states one
     * @param periodN     matched items whose gold states a period (null included)
     */
    public record KindScores(String kind, int gold, int found, int inScope, int hits, int matched, int measureOk,
            int unitOk, int yearOk, int estimatedOk, int periodOk, int periodN) {

        /** hits / in scope, 0 when nothing is in scope. */
        public double precision() {
            return inScope != 0 ? (double) hits / inScope : 0.0;
        }

        /** found / gold, 0 without gold items. */
        public double recall() {
            return gold != 0 ? (double) found / gold : 0.0;
        }

        /** The harmonic mean of precision and recall, 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        }

        private double base() {
            return matched != 0 ? matched : 1;
        }

        /** Share of matched items with the right measure (0 when none matched). */
        public double measure() {
            return measureOk / base();
        }

        /** Share of matched items with the right unit. */
        public double unit() {
            return unitOk / base();
        }

        /** Share of matched items with the right year. */
        public double year() {
            return yearOk / base();
        }

        /** Share of matched items with the right estimated flag. */
        public double estimated() {
            return estimatedOk / base();
        }

        /** Share of matched items with the right period, among those whose gold states one; NaN when none does. */
        public double period() {
            return periodN != 0 ? (double) periodOk / periodN : Double.NaN;
        }

        /** The kind's line of the summary. */
        String line() {
            StringBuilder sb = new StringBuilder();
            sb.append(kind).append(" ".repeat(Math.max(0, 13 - Py.len(kind))));
            sb.append(" P ").append(pct(precision())).append("  R ").append(pct(recall())).append("  F1 ")
                    .append(pct(f1())).append("  (gold ").append(gold).append(", found ").append(found)
                    .append(", in scope ").append(inScope).append(")  measure ").append(pct(measure()))
                    .append(" unit ").append(pct(unit())).append(" year ").append(pct(year()));
            if (kind.equals("achievements")) {
                sb.append(" estimated ").append(pct(estimated()));
            }
            if (periodN != 0) {
                sb.append(" period ").append(pct(period())).append(" of ").append(periodN);
            }
            return sb.toString();
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", precision());
            m.put("recall", recall());
            m.put("f1", f1());
            m.put("gold", gold);
            m.put("found", found);
            m.put("inScope", inScope);
            m.put("hits", hits);
            m.put("matched", matched);
            m.put("measure", measure());
            m.put("unit", unit());
            m.put("year", year());
            m.put("estimated", estimated());
            m.put("measureOk", measureOk);
            m.put("unitOk", unitOk);
            m.put("yearOk", yearOk);
            m.put("estimatedOk", estimatedOk);
            m.put("period", periodN != 0 ? period() : null);
            m.put("periodOk", periodOk);
            m.put("periodN", periodN);
            return m;
        }
    }

    /** Share of metadata fields right (0 when the gold states none). */
    public double metadata() {
        return metadataFields != 0 ? (double) metadataOk / metadataFields : 0.0;
    }

    /** Section points earned over possible (0 when the gold states no sections). */
    public double sections() {
        return sectionsPossible != 0 ? (double) sectionsOk / sectionsPossible : 0.0;
    }

    /** Share of files whose number of reports is the gold's. */
    public double reports() {
        return (double) reportCountsOk / files;
    }

    /**
     * The five headline figures under the names {@code evaluate.py --summary-json} writes ({@code target-f1},
     * {@code achievement-f1}, {@code metadata}, {@code sections}, {@code reports}) and {@code crashes}.
     */
    public Map<String, Object> figures() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target-f1", targets.f1());
        m.put("achievement-f1", achievements.f1());
        m.put("metadata", metadata());
        m.put("sections", sections());
        m.put("reports", reports());
        m.put("crashes", crashes.size());
        return m;
    }

    /** Everything, for {@code --format json}: the headline figures, then the counts, crashes and misses. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = figures();
        m.put("files", files);
        m.put("seconds", seconds);
        m.put("targets", targets.toMap());
        m.put("achievements", achievements.toMap());
        m.put("metadataOk", metadataOk);
        m.put("metadataFields", metadataFields);
        m.put("sectionsOk", sectionsOk);
        m.put("sectionsPossible", sectionsPossible);
        m.put("reportCountsOk", reportCountsOk);
        m.put("glossaryOk", glossaryOk);
        m.put("glossaryReports", glossaryReports);
        m.put("crashList", crashes);
        m.put("misses", misses);
        return m;
    }

    /**
     * The summary in {@code evaluate.py}'s layout: files, the two kinds' lines, the metadata line, the crashes and
     * the first {@code show} misses (a negative {@code show} drops that many from the end, as a Python slice does).
     */
    public String summary(int show) {
        StringBuilder sb = new StringBuilder();
        sb.append("files ").append(files).append(", crashed ").append(crashes.size()).append(", parse seconds ")
                .append(Py.fixed(seconds, 0, 1)).append('\n');
        sb.append(targets.line()).append('\n');
        sb.append(achievements.line()).append('\n');
        sb.append("metadata ").append(pct(metadata())).append(" of ").append(metadataFields)
                .append(" fields;  sections ").append(pct(sections())).append(";  report counts ")
                .append(pct(reports())).append(";  glossary counts ").append(glossaryOk).append('/')
                .append(glossaryReports).append('\n');
        for (String c : crashes) {
            sb.append("CRASH ").append(c).append('\n');
        }
        int n = show >= 0 ? Math.min(show, misses.size()) : Math.max(0, misses.size() + show);
        for (String m : misses.subList(0, n)) {
            sb.append("  ").append(m).append('\n');
        }
        if (misses.size() > show) {
            sb.append("  (+").append(misses.size() - show).append(" more)\n");
        }
        return sb.toString();
    }

    /** {@code f"{100 * x:5.1f}%"}. */
    static String pct(double x) {
        return Py.fixed(100 * x, 5, 1) + "%";
    }
}
