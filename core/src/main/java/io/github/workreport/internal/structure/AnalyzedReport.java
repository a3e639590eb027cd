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

    public List<Warning> warnings() {
        return warnings;
    }

    /**
     * The sections enclosing a normalized offset, outermost first, as a new list; empty before the
     * first heading. The sections of a level are in text order and do not overlap: the last one
     * starting at or before the offset is the only one that may hold it. Searched in arrays of the
     * sections' bounds, built on the first call (one range look-up per section, not one per step).
     */
    public List<Section> sectionsAt(int offset) {
        SectionIndex ix = sectionIndex;
        if (ix == null) {
            ix = new SectionIndex(this);
            sectionIndex = ix; // a race builds the same arrays twice
        }
        List<Section> path = new java.util.ArrayList<>();
        int from = 0;
        int to = ix.top;
        while (from < to) {
            int lo = from;
            int hi = to - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (ix.starts[mid] <= offset) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (last < 0 || offset >= ix.ends[last]) {
                break;
            }
            path.add(ix.sections[last]);
            from = ix.childFrom[last];
            to = ix.childTo[last];
        }
        return path;
    }

    /**
     * The section tree breadth first, so that the children of a section are next to each other:
     * {@code [0, top)} are the top-level sections, {@code [childFrom[i], childTo[i])} the children
     * of section {@code i}, with their starts and ends.
     */
    private static final class SectionIndex {
        final Section[] sections;
        final int[] starts;
        final int[] ends;
        final int[] childFrom;
        final int[] childTo;
        final int top;

        SectionIndex(AnalyzedReport report) {
            List<Section> all = new java.util.ArrayList<>(report.sections);
            top = all.size();
            List<int[]> children = new java.util.ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                List<Section> c = all.get(i).children();
                children.add(new int[] {all.size(), all.size() + c.size()});
                all.addAll(c);
            }
            int n = all.size();
            sections = all.toArray(new Section[0]);
            starts = new int[n];
            ends = new int[n];
            childFrom = new int[n];
            childTo = new int[n];
            for (int i = 0; i < n; i++) {
                TextRange r = report.rangeOf(sections[i]);
                starts[i] = r.start();
                ends[i] = r.end();
                childFrom[i] = children.get(i)[0];
                childTo[i] = children.get(i)[1];
            }
        }
    }
}
