package io.github.workreport.extractors.internal;

import io.github.workreport.Section;
import io.github.workreport.spi.ReportContext;
import io.github.workreport.spi.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the section tree says about a place in a report: the enclosing sections, their titles,
 * the mode they state. Between two consecutive section boundaries (a start or an end of any
 * section) all of this is the same, so it is computed once per stretch instead of once per
 * sentence. Not thread-safe: one per report being read.
 */
final class SectionState {

    private final ReportContext ctx;
    private final Integer year;
    private final int[] bounds;
    private int from = 1;
    private int to = 0; // [from, to): the stretch the fields below describe; empty at first
    private List<Section> path = List.of();
    private List<String> titles = List.of();
    private Mode mode = Mode.NEUTRAL;
    private boolean titleNamesTargets;
    private Mode fallback;
    private final Map<Section, Mode> titleModes = new IdentityHashMap<>();
    /** Un-numbered part headings, in text order: where each starts and the mode it states. */
    private final int[] partStarts;
    private final Mode[] partModes;

    SectionState(ReportContext ctx) {
        this.ctx = ctx;
        this.year = ctx.metadata().year();
        List<Integer> b = new ArrayList<>();
        Set<Integer> headingStarts = new HashSet<>();
        collect(ctx, ctx.sections(), b, headingStarts);
        this.bounds = b.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        List<Integer> starts = new ArrayList<>();
        List<Mode> modes = new ArrayList<>();
        String text = ctx.text();
        for (TextRange line : ctx.lines()) {
            if (line.length() <= ModeClassifier.PART_HEADING_MAX + 2 && !headingStarts.contains(line.start())) {
                Mode m = ModeClassifier.ofPartHeading(text.substring(line.start(), line.end()).strip(), year);
                if (m != null) {
                    starts.add(line.start());
                    modes.add(m);
                }
            }
        }
        this.partStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.partModes = modes.toArray(new Mode[0]);
    }

    private static void collect(ReportContext ctx, List<Section> sections, List<Integer> out, Set<Integer> headingStarts) {
        for (Section s : sections) {
            TextRange r = ctx.rangeOf(s);
            out.add(r.start());
            out.add(r.end());
            headingStarts.add(ctx.headingRangeOf(s).start());
            collect(ctx, s.children(), out, headingStarts);
        }
    }

    /**
     * The mode of the un-numbered part heading (see {@link ModeClassifier#ofPartHeading}) that
     * {@code offset} follows, or NEUTRAL when none precedes it or the last one names no single mode.
     */
    Mode partMode(int offset) {
        int last = lastPartBefore(offset);
        return last < 0 ? Mode.NEUTRAL : partModes[last];
    }

    /** Where the part heading that {@code offset} follows starts, or -1. */
    int partStart(int offset) {
        int last = lastPartBefore(offset);
        return last < 0 ? -1 : partStarts[last];
    }

    private int lastPartBefore(int offset) {
        int i = Arrays.binarySearch(partStarts, offset);
        return i >= 0 ? i - 1 : -i - 2;
    }

    /** Moves to a normalized offset; cheap when it stays within the current stretch. */
    SectionState at(int offset) {
        if (offset >= from && offset < to) {
            return this;
        }
        int i = Arrays.binarySearch(bounds, offset);
        int firstAfter = i >= 0 ? i + 1 : -i - 1; // index of the first bound > offset
        from = firstAfter == 0 ? Integer.MIN_VALUE : bounds[firstAfter - 1];
        to = firstAfter == bounds.length ? Integer.MAX_VALUE : bounds[firstAfter];
        path = ctx.sectionsAt(offset);
        List<String> t = new ArrayList<>(path.size());
        for (Section s : path) {
            t.add(s.title());
        }
        titles = List.copyOf(t);
        mode = ModeClassifier.at(path, this::titleMode);
        String innermost = path.isEmpty() ? "" : path.get(path.size() - 1).title();
        titleNamesTargets = innermost.contains("指标") || innermost.contains("目标");
        fallback = null;
        return this;
    }

    /** The mode a section's title states, worked out once per section. */
    private Mode titleMode(Section s) {
        Mode m = titleModes.get(s);
        if (m == null) {
            m = ModeClassifier.ofTitle(s.title(), year);
            titleModes.put(s, m);
        }
        return m;
    }

    /** The enclosing sections, outermost first. */
    List<Section> path() {
        return path;
    }

    /** The titles of the enclosing sections, outermost first. */
    List<String> titles() {
        return titles;
    }

    /** The mode the enclosing sections state, or NEUTRAL. */
    Mode mode() {
        return mode;
    }

    /** Whether the innermost section's title speaks of targets or indicators (指标安排, 主要目标). */
    boolean titleNamesTargets() {
        return titleNamesTargets;
    }

    /** {@link ModeClassifier#fallback} here (the same anywhere in the stretch). */
    Mode fallback(int offset) {
        if (fallback == null) {
            fallback = ModeClassifier.fallback(ctx, offset, this::titleMode);
        }
        return fallback;
    }
}
