package io.github.workreport;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number as a report states it, with the Chinese multipliers folded into the value
 * ({@code 1.6万亿元} is 1.6E12 with unit {@code 元}), its base unit and comparison.
 *
 * @param value      the value, or null for a {@link Comparison#RANGE range}
 * @param low        the low end of a range, else null
 * @param high       the high end of a range, else null
 * @param unit       the base unit as written without its multiplier ({@code %}, {@code pp} for
 *                   个百分点, {@code ‰}, {@code 元}, {@code 人}, {@code μg/m3}), or the empty string
 *                   for a bare number
 * @param comparison how the figure relates to the value
 */
public record Quantity(BigDecimal value, BigDecimal low, BigDecimal high, String unit, Comparison comparison) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(comparison, "comparison");
        if (comparison == Comparison.RANGE) {
            if (low == null || high == null || value != null) {
                throw new IllegalArgumentException("a range needs low and high and no value");
            }
        } else if (value == null || low != null || high != null) {
            throw new IllegalArgumentException("a " + comparison.code() + " quantity needs a value and no low/high");
        }
    }

    /** A single value. */
    public static Quantity of(BigDecimal value, String unit, Comparison comparison) {
        return new Quantity(value, null, null, unit, comparison);
    }

    /** A range {@code [low, high]}. */
    public static Quantity range(BigDecimal low, BigDecimal high, String unit) {
        return new Quantity(null, low, high, unit, Comparison.RANGE);
    }

    /** Whether this is a range. */
    public boolean isRange() {
        return comparison == Comparison.RANGE;
    }

    /** The single value, empty for a range. */
    public Optional<BigDecimal> exactValue() {
        return Optional.ofNullable(value);
    }

    /** The same quantity with its sign flipped (下降 turns a rise into a fall), comparison adjusted. */
    public Quantity negate() {
        if (isRange()) {
            return range(high.negate(), low.negate(), unit);
        }
        return of(value.negate(), unit, comparison.negated());
    }

    /** The same quantity in another unit. */
    public Quantity withUnit(String newUnit) {
        return new Quantity(value, low, high, newUnit, comparison);
    }

    /** The same quantity with another comparison (not to or from a range). */
    public Quantity withComparison(Comparison c) {
        if (isRange() || c == Comparison.RANGE) {
            throw new IllegalArgumentException("cannot change a comparison to or from range");
        }
        return of(value, unit, c);
    }
}
