package io.github.workreport.extractors.internal;

import io.github.workreport.Achievement;
import io.github.workreport.Section;
import io.github.workreport.spi.ReportContext;
import io.github.workreport.spi.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage {@code mode.estimate-statement}: a statement that the figures of a part are estimates, said once
 * for all of them. Ahead ({@link Role#REFERS_AHEAD}: 一般公共预算收入(预计完成数,下同)113.6亿元) it governs
 * the figures after it to the end of its part; back ({@link Role#REFERS_BACK}: 上述数据为快报数) those
 * of its part before it. Its part is the section of the second level holding it (or of the first,
 * when there is no second): (一)2018年预算收支情况 under 一、2018年预算执行情况.
 */
final class EstimateStatements {

    private final ReportContext ctx;
    /** Figures before this normalized offset are estimated (a statement ahead), or -1. */
    private int aheadUntil = -1;
    /** Ranges {from, to} of normalized offsets whose figures a statement back governs. */
    private final List<int[]> back = new ArrayList<>();

    EstimateStatements(ReportContext ctx) {
        this.ctx = ctx;
    }

    /** Reads the sentence {@code sentence} at normalized offset {@code s}, inside the sections {@code path}. */
    void read(String sentence, int s, List<Section> path, SentenceRoles roles) {
        if (!roles.has(Role.ESTIMATE_STATEMENT)) {
            return;
        }
        TextRange part = path.isEmpty() ? null : ctx.rangeOf(path.get(Math.min(1, path.size() - 1)));
        if (roles.has(Role.REFERS_AHEAD)) {
            aheadUntil = Math.max(aheadUntil, part == null ? s + sentence.length() : part.end());
        }
        if (roles.has(Role.REFERS_BACK) && part != null) {
            back.add(new int[] {part.start(), s});
        }
    }

    /** Whether a figure at normalized offset {@code at} is estimated by a statement ahead of it. */
    boolean ahead(int at) {
        return at < aheadUntil;
    }

    /** {@code achievements} (at the normalized offsets {@code starts}) with those a statement back governs estimated. */
    List<Achievement> applyBack(List<Achievement> achievements, List<Integer> starts, Trace trace) {
        if (back.isEmpty()) {
            return achievements;
        }
        List<Achievement> out = new ArrayList<>(achievements.size());
        for (int i = 0; i < achievements.size(); i++) {
            Achievement a = achievements.get(i);
            int at = starts.get(i);
            boolean governed = false;
            for (int[] r : back) {
                governed |= at >= r[0] && at < r[1];
            }
            if (governed && !a.estimated()) {
                Achievement e = new Achievement(a.indicator(), a.indicatorId(), a.measure(), a.quantity(), a.year(), true, a.text(),
                        a.span(), a.sectionPath(), a.period());
                trace.replaced(a, e);
                a = e;
            }
            out.add(a);
        }
        return out;
    }
}
