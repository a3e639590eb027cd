package io.github.workreport.extractors.internal;

import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import io.github.workreport.spi.TextRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage {@code dedup}: a figure a report states twice (the year's targets listed in the opening
 * summary and again in their section, a result repeated in a closing paragraph) is one figure: the
 * first statement stays, the later ones are set aside by {@link Rules#RESTATED}. Two figures are
 * the same when indicator, measure, quantity (values compared numerically), year, period and estimate agree.
 */
final class Restatements {

    private Restatements() {
    }

    /**
     * {@code figures} without their restatements; {@code starts} gives where each one's item starts in
     * {@code text}. A figure stated again in a paragraph about another level than every earlier statement
     * of it (全市 and then (2)市本级 transfers of the same amount) is another figure; the levels are read
     * only for a figure stated more than once.
     */
    static <F extends Figure> List<F> drop(List<F> figures, List<Integer> starts, String text, List<TextRange> lines, Trace trace) {
        Map<Key, Integer> first = new HashMap<>(); // where each figure was stated first
        Map<Key, String> levels = null; // the levels it was stated under, each SEP + level + SEP (NONE for none)
        List<F> out = null;
        for (int i = 0; i < figures.size(); i++) {
            F f = figures.get(i);
            Key key = Key.of(f);
            Integer before = first.putIfAbsent(key, starts.get(i));
            boolean restated = false;
            if (before != null) {
                levels = levels == null ? new HashMap<>() : levels;
                String earlier = levels.computeIfAbsent(key, k -> level(text, lines, before));
                String level = level(text, lines, starts.get(i));
                restated = level.equals(NONE) || earlier.contains(NONE) || earlier.contains(level);
                levels.put(key, earlier + level);
            }
            if (!restated) {
                if (out != null) {
                    out.add(f);
                }
            } else {
                if (out == null) {
                    out = new ArrayList<>(figures.subList(0, i));
                }
                trace.drop(f, Rules.RESTATED, Rules.describe(Rules.RESTATED));
            }
        }
        return out == null ? figures : out;
    }

    /** The level of the line (paragraph) of {@code lines} holding {@code at}, written SEP + level + SEP, or NONE. */
    private static String level(String text, List<TextRange> lines, int at) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) { // the last line starting at or before at
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        TextRange line = lines.isEmpty() ? null : lines.get(lo);
        String scope = line == null ? null : paragraphScope(text, line.start(), line.end());
        return scope == null ? NONE : SEP + scope + SEP;
    }

    /** The level a paragraph {@code text[start, end)} is about: a {@link Role#PARAGRAPH_SCOPE} word among its first characters ((1)市本级…), or null. */
    static String paragraphScope(String text, int start, int end) {
        WordList.Match m = Lexicon.words(Role.PARAGRAPH_SCOPE).find(text, start, Math.min(end, start + SCOPE_WITHIN));
        return m == null ? null : m.word();
    }

    /** How far into a paragraph its level is looked for. */
    private static final int SCOPE_WITHIN = 8;

    private static final String SEP = "\u0000";
    /** No level named: a paragraph about the whole, or one that names none. */
    private static final String NONE = "\u0001";

    /** What makes two figures the same; values as doubles (5.5 and 5.50 are one value), no objects per figure. */
    private record Key(String indicator, Object measure, double value, double low, double high, String unit,
            Object comparison, Integer year, Object period, boolean estimated) {

        static Key of(Figure f) {
            Quantity q = f.quantity();
            return new Key(f.indicator(), f.measure(), q == null ? Double.NaN : num(q.value()), q == null ? Double.NaN : num(q.low()),
                    q == null ? Double.NaN : num(q.high()), q == null ? null : q.unit(), q == null ? null : q.comparison(),
                    f.year(), f.period(), f.estimated());
        }

        private static double num(BigDecimal d) {
            return d == null ? Double.NaN : d.doubleValue();
        }
    }
}
