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
}
