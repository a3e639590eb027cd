package io.github.workreport;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link Target} and an {@link Achievement} share: an indicator, a measure, a quantity,
 * the year it refers to and where it is in the original text.
 */
public sealed interface Figure permits Target, Achievement {

    /** What is measured, simplified, without scope words, hedges and verbs ({@code 地区生产总值}). */
    String indicator();

    /** The id of the indicator in the taxonomy, or null. */
    String indicatorId();

    /** growth, level, change or qualitative. */
    Measure measure();

    /** The number, or null for a {@link Measure#QUALITATIVE qualitative} item. */
    Quantity quantity();

    /** The year the figure refers to, or null when unknown. */
    Integer year();

    /** Whether the report calls the figure an estimate (预计). */
    boolean estimated();

    /** The source clause, normalized. */
    String text();

    /** Where the clause is in the original input. */
    Span span();

    /** Titles of the enclosing sections, outermost first. */
    List<String> sectionPath();

    /** The years the figure covers when it covers several (年均, 累计), or null for a figure of one year. */
    Period period();

    /** The quantity, empty for a qualitative item. */
    default Optional<Quantity> figure() {
        return Optional.ofNullable(quantity());
    }

    /** The indicator id, when the indicator maps to the taxonomy. */
    default Optional<String> taxonomyId() {
        return Optional.ofNullable(indicatorId());
    }
}
