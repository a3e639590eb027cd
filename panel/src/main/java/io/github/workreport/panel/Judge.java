package io.github.workreport.panel;

import io.github.workreport.Comparison;
import io.github.workreport.Quantity;
import io.github.workreport.extractors.IndicatorTaxonomy.Direction;
import java.math.BigDecimal;

/**
 * The met/missed rule (docs/panel.md). The target is turned into the set of results that meet it:
 * a bound ({@code ge}, {@code gt}, {@code le}, {@code lt}) by itself; a plain or approximate figure
 * ({@code eq}, {@code approx}) and a range by the indicator's direction (higher is better: at least
 * the figure, or the range's low end; lower is better or a ceiling: at most the figure, or the
 * range's high end; no direction: the range itself, and a plain figure cannot be judged). The result
 * is a point, or a bound when the report gives one ({@code 降幅超过3%}). Met when every value the
 * result allows meets the target, missed when none does, unclear otherwise. No tolerance is applied
 * to {@code approx}: the gap says by how much.
 */
public final class Judge {

    private Judge() {
    }

    /** The status of {@code result} against {@code target}; either may be null. */
    public static Status status(Direction direction, Quantity target, Quantity result) {
        if (target == null) {
            return Status.NO_TARGET;
        }
        if (result == null) {
            return Status.NO_RESULT;
        }
        if (!target.unit().equals(result.unit())) {
            return Status.UNCLEAR;
        }
        // the set S = [lo, hi] of results that meet the target, each bound open or closed, null for unbounded
        BigDecimal lo = null;
        BigDecimal hi = null;
        boolean loOpen = false;
        boolean hiOpen = false;
        Comparison c = target.comparison();
        switch (c) {
            case GE -> lo = target.value();
            case GT -> {
                lo = target.value();
                loOpen = true;
            }
            case LE -> hi = target.value();
            case LT -> {
                hi = target.value();
                hiOpen = true;
            }
            case EQ, APPROX -> {
                switch (direction) {
                    case HIGHER_BETTER -> lo = target.value();
                    case LOWER_BETTER, CEILING -> hi = target.value();
                    default -> {
                        return Status.UNCLEAR;
                    }
                }
            }
            case RANGE -> {
                switch (direction) {
                    case HIGHER_BETTER -> lo = target.low();
                    case LOWER_BETTER, CEILING -> hi = target.high();
                    default -> {
                        lo = target.low();
                        hi = target.high();
                    }
                }
            }
            default -> throw new IllegalStateException("comparison " + c);
        }
        // the result R = [rlo, rhi], closed, null for unbounded
        BigDecimal rlo;
        BigDecimal rhi;
        boolean rOpen = result.comparison() == Comparison.GT || result.comparison() == Comparison.LT;
        switch (result.comparison()) {
            case GE, GT -> {
                rlo = result.value();
                rhi = null;
            }
            case LE, LT -> {
                rlo = null;
                rhi = result.value();
            }
            case RANGE -> {
                rlo = result.low();
                rhi = result.high();
            }
            default -> {
                rlo = result.value();
                rhi = result.value();
            }
        }
        boolean inside = above(rlo, rOpen, lo, loOpen) && below(rhi, rOpen, hi, hiOpen);
        if (inside) {
            return Status.MET;
        }
        // no value of the result meets the target; a bound is open when either side says so (超过, 低于)
        boolean disjoint = lo != null && rhi != null && (loOpen || rOpen ? rhi.compareTo(lo) <= 0 : rhi.compareTo(lo) < 0)
                || hi != null && rlo != null && (hiOpen || rOpen ? rlo.compareTo(hi) >= 0 : rlo.compareTo(hi) > 0);
        return disjoint ? Status.MISSED : Status.UNCLEAR;
    }

    /** Whether every value the result allows from {@code rlo} up is in the set's low bound. */
    private static boolean above(BigDecimal rlo, boolean rOpen, BigDecimal lo, boolean open) {
        if (lo == null) {
            return true;
        }
        if (rlo == null) {
            return false;
        }
        int c = rlo.compareTo(lo);
        return open && !rOpen ? c > 0 : c >= 0;
    }

    /** Whether every value the result allows up to {@code rhi} is in the set's high bound. */
    private static boolean below(BigDecimal rhi, boolean rOpen, BigDecimal hi, boolean open) {
        if (hi == null) {
            return true;
        }
        if (rhi == null) {
            return false;
        }
        int c = rhi.compareTo(hi);
        return open && !rOpen ? c < 0 : c <= 0;
    }

    /**
     * Result minus target, or null when either is missing or the result is a range. For a range
     * target the bound that counts: the low end when higher is better, the high end when lower is
     * better or for a ceiling, else the nearer end (0 inside).
     */
    public static BigDecimal gap(Direction direction, Quantity target, Quantity result) {
        if (target == null || result == null || result.isRange() || !target.unit().equals(result.unit())) {
            return null;
        }
        BigDecimal r = result.value();
        if (!target.isRange()) {
            return r.subtract(target.value());
        }
        return switch (direction) {
            case HIGHER_BETTER -> r.subtract(target.low());
            case LOWER_BETTER, CEILING -> r.subtract(target.high());
            default -> r.compareTo(target.low()) < 0 ? r.subtract(target.low())
                    : r.compareTo(target.high()) > 0 ? r.subtract(target.high()) : BigDecimal.ZERO;
        };
    }
}
