package io.github.workreport.extractors.internal;

import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
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
     * {@code figures} without their restatements; {@code scopes} gives the level each one's paragraph is
     * about (or null): a figure under another level than every earlier statement of it (全市 and then
     * 市本级 transfers of the same amount) is another figure.
     */
    static <F extends Figure> List<F> drop(List<F> figures, List<String> scopes, Trace trace) {
        Map<Key, String> seen = new HashMap<>(); // the levels seen, each written SEP + level + SEP (NONE for none)
        List<F> out = null;
        for (int i = 0; i < figures.size(); i++) {
            F f = figures.get(i);
            String scope = i < scopes.size() && scopes.get(i) != null ? SEP + scopes.get(i) + SEP : NONE;
            Key key = Key.of(f);
            String earlier = seen.get(key);
            boolean restated = earlier != null && (scope.equals(NONE) || earlier.contains(NONE) || earlier.contains(scope));
            seen.put(key, earlier == null ? scope : earlier + scope);
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
