package io.github.workreport.spi;

import io.github.workreport.Enumeration;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.text.NormalizedText;
import java.util.List;

/**
 * What an {@link Extractor} sees of one report: the file's normalized text, the report's range
 * in it, its lines, sentences and clauses, its metadata and section tree, and the findings of
 * earlier extractors. Offsets are in the normalized text of the whole file; {@link #span(int, int)}
 * turns them into original spans.
 *
 * <h2>The normalized text: what an extractor may rely on</h2>
 * With the default {@link io.github.workreport.text.Normalizer} (every built-in step on):
 * <ul>
 *   <li>line breaks are {@code \n}; zero-width characters and BOMs are gone ({@code invisible});
 *   <li>full-width ASCII U+FF01–U+FF5E is half-width and U+3000 is a space ({@code width}): digits
 *       and Latin letters are ASCII, and the punctuation is {@code , ; : ( ) ! ? % [ ]}, never
 *       {@code ，；：（）！？％［］}. CJK punctuation outside that block stays as it is:
 *       {@code 。、“”‘’《》【】—…} and circled numbers {@code ①};
 *   <li>pinyin annotations are gone ({@code pinyin}); traditional characters are simplified
 *       ({@code t2s}); letter-spaced words are joined ({@code spacing}); page furniture is removed
 *       ({@code noise}); hard-wrapped lines are joined into paragraphs ({@code unwrap}), so a
 *       {@linkplain #lines() line} is a paragraph.
 * </ul>
 * Extractors test for these forms only. A parser built with a step switched off hands them text
 * outside this contract, which they read less well.
 *
 * <p>{@link #sentences()} and {@link #clauses()} cut the lines with the one declared punctuation
 * set, {@link Punctuation}.
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

    /**
     * The report's sentences, in order: each line cut after every {@link Punctuation#isSentenceEnd
     * sentence end} ({@code 。!?}), the last one running to the line's end. They tile the lines:
     * no overlap, no gap inside a line. Cut once per report, on first use.
     */
    default List<TextRange> sentences() {
        return io.github.workreport.internal.structure.Segments.of(text(), lines()).sentences();
    }

    /**
     * The report's clauses, in order: each sentence cut after every {@link Punctuation#isClauseBreak
     * clause break} ({@code ,;}), the punctuation in the clause it ends. They tile the sentences.
     */
    default List<TextRange> clauses() {
        return io.github.workreport.internal.structure.Segments.of(text(), lines()).clauses();
    }

    /** The {@link #sentences()} that meet {@code range}, cut to it. */
    default List<TextRange> sentencesIn(TextRange range) {
        return io.github.workreport.internal.structure.Segments.within(sentences(), range);
    }

    /** The {@link #clauses()} that meet {@code range}, cut to it (the clauses of a sentence: they tile it). */
    default List<TextRange> clausesIn(TextRange range) {
        return io.github.workreport.internal.structure.Segments.within(clauses(), range);
    }

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
