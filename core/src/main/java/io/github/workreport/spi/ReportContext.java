package io.github.workreport.spi;

import io.github.workreport.Enumeration;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.text.NormalizedText;
import java.util.List;

/**
 * What an {@link Extractor} sees of one report: the file's normalized text, the report's range
 * in it, its metadata and section tree, and the findings of earlier extractors. Offsets are in
 * the normalized text of the whole file; {@link #span(int, int)} turns them into original spans.
 */
public interface ReportContext {

    /** The whole file's normalized text and offset maps. */
    NormalizedText normalized();

    /** Shorthand for {@code normalized().text()}. */
    default String text() {
        return normalized().text();
    }

    /** The report's range in the normalized text. */
    TextRange range();

    /** The report's lines (paragraphs after unwrapping), in order, without their line breaks. */
    List<TextRange> lines();

    /** The report's metadata. */
    ReportMetadata metadata();

    /** The top-level sections. */
    List<Section> sections();

    /** The normalized range a section governs (heading included). */
    TextRange rangeOf(Section section);

    /** The normalized range of a section's heading (number and title). */
    TextRange headingRangeOf(Section section);

    /** The sections enclosing a normalized offset, outermost first; empty before the first heading. */
    List<Section> sectionsAt(int offset);

    /** 一是/二是 enumeration items of the report. */
    List<Enumeration> enumerations();

    /** Findings of the extractors that ran before, of one type. */
    <T> List<T> findings(Class<T> type);

    /**
     * Whether the parser was asked to explain its decisions: an extractor then adds a
     * {@link io.github.workreport.Decision} for every candidate it took or set aside to its findings.
     * False by default, and collecting nothing costs nothing.
     */
    default boolean explaining() {
        return false;
    }

    /** Maps a normalized range to a span of the original input. */
    default Span span(int start, int end) {
        return normalized().toOriginal(start, end);
    }
}
