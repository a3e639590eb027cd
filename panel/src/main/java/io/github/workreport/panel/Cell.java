package io.github.workreport.panel;

import io.github.workreport.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One figure of a panel row, a target or a result, with the clause it was read from and every
 * place that states it (a target stated in a work report and again in its plan report has two).
 *
 * @param quantity  the figure
 * @param estimated whether the (first) source calls it an estimate (预计)
 * @param text      the clause of the first source, normalized
 * @param sources   the first source, then the others stating the same figure
 */
public record Cell(Quantity quantity, boolean estimated, String text, List<Source> sources) {

    public Cell {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a cell needs a source");
        }
    }

    /** The single value, or null for a range. */
    public BigDecimal value() {
        return quantity.value();
    }

    /** The low end of a range, or null. */
    public BigDecimal low() {
        return quantity.low();
    }

    /** The high end of a range, or null. */
    public BigDecimal high() {
        return quantity.high();
    }

    /** The comparator code: {@code eq}, {@code approx}, {@code ge}, … */
    public String comparator() {
        return quantity.comparison().code();
    }

    /** The first source. */
    public Source source() {
        return sources.get(0);
    }

    /** The same cell with more sources. */
    Cell plus(List<Source> more) {
        List<Source> all = new java.util.ArrayList<>(sources);
        for (Source s : more) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return new Cell(quantity, estimated, text, all);
    }
}
