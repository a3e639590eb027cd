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

    public TextRange range() {
        return range;
    }

    public Span span() {
        return span;
    }

    public List<TextRange> lines() {
        return lines;
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
