package io.github.workreport.extractors.internal;

import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Stage {@code dedup}: a figure a report states twice (the year's targets listed in the opening
 * summary and again in their section, a result repeated in a closing paragraph) is one figure: the
 * first statement stays, the later ones are set aside by {@link Rules#RESTATED}. Two figures are
 * the same when indicator, measure, quantity (values compared numerically), year, period and estimate agree.
 */
final class Restatements {

    private Restatements() {
    }

    static <F extends Figure> List<F> drop(List<F> figures, Trace trace) {
        Set<Key> seen = new HashSet<>();
        List<F> out = null;
        for (int i = 0; i < figures.size(); i++) {
            F f = figures.get(i);
            if (seen.add(Key.of(f))) {
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
