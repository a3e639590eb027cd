package io.github.workreport.internal.structure;

import io.github.workreport.Enumeration;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.Warning;
import io.github.workreport.spi.TextRange;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure of one report before extractors run: range, metadata, sections with their
 * normalized ranges, enumerations and warnings.
 */
public final class AnalyzedReport {
    private final TextRange range;
    private final Span span;
    private final List<TextRange> lines;
    private final ReportMetadata metadata;
    private final List<Section> sections;
    private final Map<Section, TextRange> ranges;
    private final Map<Section, TextRange> headingRanges;
    private final List<Enumeration> enumerations;
    private final List<Warning> warnings;
    /** The sentences and clauses, cut on first use (shared by every extractor's context). */
    private volatile Segments segments;
    /** The enclosing sections of each stretch between section bounds, worked out on first use. */
    private volatile SectionIndex sectionIndex;

    AnalyzedReport(TextRange range, Span span, List<TextRange> lines, ReportMetadata metadata, List<Section> sections,
            IdentityHashMap<Section, TextRange> ranges, IdentityHashMap<Section, TextRange> headingRanges,
            List<Enumeration> enumerations, List<Warning> warnings) {
        this.range = range;
        this.span = span;
        this.lines = List.copyOf(lines);
        this.metadata = metadata;
        this.sections = List.copyOf(sections);
        this.ranges = ranges;
        this.headingRanges = headingRanges;
        this.enumerations = List.copyOf(enumerations);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * The same report with its missing year and region taken from hints (the caller's, or a year in
     * the file name), each use with a warning; what the text states is never overridden.
     *
     * @param year       a year hint, or null
     * @param yearSource where the year hint comes from, for the warning ({@code "the caller"}, {@code "the file name"})
     * @param region     a region hint, or null
     */
    public AnalyzedReport withHints(Integer year, String yearSource, String region) {
        ReportMetadata m = metadata;
        List<Warning> w = new java.util.ArrayList<>(warnings);
        Integer y = m.year();
        if (y == null && year != null) {
            y = year;
            w.removeIf(x -> x.code().equals("missing-year"));
            w.add(Warning.of("year-from-hint", "the text names no plan year; " + year + " is from " + yearSource));
        }
        String r = m.region();
        io.github.workreport.AdminLevel level = m.level();
        if (r == null && region != null) {
            r = region;
            level = Regions.levelOf(region);
            w.removeIf(x -> x.code().equals("missing-region"));
            w.add(Warning.of("region-from-hint", "the text names no region; " + region + " is from the caller"));
        }
        if (y == m.year() && r == m.region()) {
            return this;
        }
        ReportMetadata hinted = new ReportMetadata(m.title(), r, level, y, m.kind(), m.date(), m.meeting(), m.speaker(),
                m.office());
        return new AnalyzedReport(range, span, lines, hinted, sections, new IdentityHashMap<>(ranges),
                new IdentityHashMap<>(headingRanges), enumerations, w);
    }

    public TextRange range() {
        return range;
    }

    public Span span() {
        return span;
    }

    public List<TextRange> lines() {
        return lines;
    }

    /**
     * The sentences and clauses of the lines, cut on the first call and kept; {@code text} is the
     * normalized text this report was analyzed in.
     */
    public Segments segments(CharSequence text) {
        Segments s = segments;
        if (s == null) {
            s = Segments.of(text, lines);
            segments = s; // a race computes the same value twice
        }
        return s;
    }

    public ReportMetadata metadata() {
        return metadata;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The normalized range a section governs. */
    public TextRange rangeOf(Section s) {
        TextRange r = ranges.get(s);
        if (r == null) {
            throw new IllegalArgumentException("section not of this report: " + s.title());
        }
        return r;
    }

    /** The normalized range of a section's heading. */
    public TextRange headingRangeOf(Section s) {
        TextRange r = headingRanges.get(s);
        if (r == null) {
            throw new IllegalArgumentException("section not of this report: " + s.title());
        }
        return r;
    }

    public List<Enumeration> enumerations() {
        return enumerations;
    }

    /**
     * The sections enclosing a normalized offset, outermost first, as a new list; empty before the
     * first heading. Read from a table of the stretches between section bounds, built on the first call.
     */
    public List<Section> sectionsAt(int offset) {
        SectionIndex ix = sectionIndex;
        if (ix == null) {
            ix = new SectionIndex();
            sectionIndex = ix; // a race builds the same table twice
        }
        int i = java.util.Arrays.binarySearch(ix.bounds, offset);
        return new java.util.ArrayList<>(ix.paths.get(i >= 0 ? i + 1 : -i - 1));
    }

    /** The sections enclosing {@code offset}: the last section of each level starting at or before it, while it holds it. */
    private List<Section> pathAt(int offset) {
        List<Section> path = new java.util.ArrayList<>();
        List<Section> level = sections;
        while (!level.isEmpty()) {
            // the sections of a level are in text order and do not overlap: the last one starting at
            // or before the offset is the only one that may hold it
            int lo = 0;
            int hi = level.size() - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (rangeOf(level.get(mid)).start() <= offset) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (last < 0 || offset >= rangeOf(level.get(last)).end()) {
                break;
            }
            path.add(level.get(last));
            level = level.get(last).children();
        }
        return List.copyOf(path);
    }

    /**
     * Every start and end of a section, sorted, and the path of {@link #pathAt} in each stretch
     * between two of them ({@code paths[0]} before the first, {@code paths[k + 1]} from
     * {@code bounds[k]}), where it does not change.
     */
    private final class SectionIndex {
        final int[] bounds;
        final List<List<Section>> paths = new java.util.ArrayList<>();

        SectionIndex() {
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
            java.util.ArrayDeque<Section> todo = new java.util.ArrayDeque<>(sections);
            while (!todo.isEmpty()) {
                Section s = todo.poll();
                all.add(rangeOf(s).start());
                all.add(rangeOf(s).end());
                todo.addAll(s.children());
            }
            bounds = all.stream().mapToInt(Integer::intValue).toArray();
            paths.add(bounds.length == 0 ? List.of() : pathAt(bounds[0] - 1));
            for (int b : bounds) {
                paths.add(pathAt(b));
            }
        }
    }

    public List<Warning> warnings() {
        return warnings;
    }
}
