package io.github.workreport;

import io.github.workreport.text.Utf16;
import java.util.List;
import java.util.Objects;

/**
 * A figure the report sets as a goal for the coming period (主要预期目标, 约束性指标, 力争/确保 goals).
 *
 * @param indicator   what is measured
 * @param indicatorId the taxonomy id, or null
 * @param measure     growth, level, change or qualitative
 * @param quantity    the number, null for a qualitative item
 * @param year        the year the figure refers to, or null
 * @param estimated   whether stated as an estimate (预计)
 * @param text        the source clause, normalized
 * @param span        where the clause is in the original input
 * @param sectionPath titles of the enclosing sections, outermost first
 * @param period      the years the figure covers when several ({@code 年均}, {@code 累计}), or null
 */
public record Target(String indicator, String indicatorId, Measure measure, Quantity quantity, Integer year,
        boolean estimated, String text, Span span, List<String> sectionPath, Period period) implements Figure {

    /** A figure of one year (no period). */
    public Target(String indicator, String indicatorId, Measure measure, Quantity quantity, Integer year,
            boolean estimated, String text, Span span, List<String> sectionPath) {
        this(indicator, indicatorId, measure, quantity, year, estimated, text, span, sectionPath, null);
    }

    public Target {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        // a name cut at a fixed length may end in half a surrogate pair: no character, not encodable
        indicator = Utf16.wellFormed(indicator);
        text = Utf16.wellFormed(text);
        sectionPath = List.copyOf(Utf16.wellFormed(sectionPath));
        if ((measure == Measure.QUALITATIVE) != (quantity == null)) {
            throw new IllegalArgumentException("a qualitative item has no quantity, any other has one: " + indicator);
        }
    }

    /** The same item with another taxonomy id. */
    public Target withIndicatorId(String id) {
        if (java.util.Objects.equals(id, indicatorId)) {
            return this; // the same item: no copy, no second check of its strings
        }
        return new Target(indicator, id, measure, quantity, year, estimated, text, span, sectionPath, period);
    }
}
