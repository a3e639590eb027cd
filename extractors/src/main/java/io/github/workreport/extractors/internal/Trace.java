package io.github.workreport.extractors.internal;

import io.github.workreport.Decision;
import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import io.github.workreport.Target;
import io.github.workreport.spi.ReportContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of one run of {@link FigureFinder}, collected when the parser explains itself.
 * {@link #OFF} records nothing, so a parse that does not explain pays a null check per quantity.
 * Offsets are in the normalized text; spans are mapped to the original here. Not thread-safe: one
 * per report.
 */
final class Trace {

    /** Records nothing. */
    static final Trace OFF = new Trace(null);

    private final ReportContext ctx;
    private final List<Decision> decisions;
    private final Map<Figure, Integer> byFigure; // where the decision about a figure is

    private Trace(ReportContext ctx) {
        this.ctx = ctx;
        this.decisions = ctx == null ? List.of() : new ArrayList<>();
        this.byFigure = ctx == null ? Map.of() : new IdentityHashMap<>();
    }

    /** A trace for the report, or {@link #OFF} when the parser does not explain. */
    static Trace of(ReportContext ctx) {
        return ctx.explaining() ? new Trace(ctx) : OFF;
    }

    boolean on() {
        return ctx != null;
    }

    /** The stretch {@code [start, end)} is not a figure of the report, by {@code rule}. */
    void setAside(int start, int end, String rule, String indicator, Quantity quantity) {
        if (ctx != null) {
            decisions.add(new Decision(Decision.Verdict.SET_ASIDE, rule, Rules.describe(rule), ctx.text().substring(start, end),
                    ctx.span(start, end), indicator, quantity, null));
        }
    }

    /**
     * The stretch {@code [start, end)} gave {@code figure}: read by {@code readBy}, made a target
     * or an achievement by {@code modeRule}.
     */
    void kept(int start, int end, String modeRule, String readBy, Figure figure) {
        if (ctx != null) {
            Decision.Verdict v = figure instanceof Target ? Decision.Verdict.TARGET : Decision.Verdict.ACHIEVEMENT;
            String reason = Rules.describe(modeRule) + "; read by " + readBy;
            byFigure.put(figure, decisions.size());
            decisions.add(new Decision(v, modeRule, reason, ctx.text().substring(start, end), ctx.span(start, end),
                    figure.indicator(), figure.quantity(), figure));
        }
    }

    /** The decision about {@code old} is now about {@code now} (the same item, estimated after all). */
    void replaced(Figure old, Figure now) {
        if (ctx == null) {
            return;
        }
        Integer i = byFigure.remove(old);
        if (i != null) {
            byFigure.put(now, i);
            decisions.set(i, decisions.get(i).withFigure(now));
        }
    }

    /** Turns the decision about {@code dropped} into a set-aside one by {@code rule}. */
    void drop(Figure dropped, String rule, String reason) {
        if (ctx == null) {
            return;
        }
        Integer i = byFigure.remove(dropped);
        if (i != null) {
            Decision d = decisions.get(i);
            decisions.set(i, new Decision(Decision.Verdict.SET_ASIDE, rule, reason, d.text(), d.span(), d.indicator(),
                    d.quantity(), null));
        }
    }

    /** The decisions, in the order made. */
    List<Decision> decisions() {
        return decisions;
    }
}
