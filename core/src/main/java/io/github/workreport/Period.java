package io.github.workreport;

import java.util.Locale;
import java.util.Objects;

/**
 * The years a figure covers when it covers several: {@code “十四五”时期年均增长5.9%} is
 * {@code 2021–2025, average}. A figure of one year has no period. Immutable.
 *
 * @param start the first year
 * @param end   the last year, not before {@code start}
 * @param basis how the figure sums up the years
 */
public record Period(int start, int end, Basis basis) {

    /** How a figure over several years sums them up. */
    public enum Basis {
        /** A yearly average: 年均增长5.9%, 年均新增. */
        AVERAGE,
        /** A total over the years: 五年累计, 累计完成, 5年增长18.7%. */
        CUMULATIVE,
        /** A level reached over the period: “十五五”期间建成…. */
        TOTAL;

        /** The JSON spelling: {@code average}, {@code cumulative}, {@code total}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Period {
        Objects.requireNonNull(basis, "basis");
        if (end < start) {
            throw new IllegalArgumentException("a period ends before it starts: " + start + "–" + end);
        }
    }
}
