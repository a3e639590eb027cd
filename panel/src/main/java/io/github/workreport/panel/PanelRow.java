package io.github.workreport.panel;

import io.github.workreport.AdminLevel;
import io.github.workreport.Measure;
import io.github.workreport.Period;
import io.github.workreport.extractors.IndicatorTaxonomy.Direction;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the panel: the target set for a region, indicator, year and period beside the result
 * reported for it. The key {@code (region, indicatorId, year, periodStart, periodEnd)} is unique in
 * a {@link Panel}.
 *
 * @param region         the region as the reports write it ({@code 全国}, {@code 济南市})
 * @param regionCode     the GB/T 2260 code of a province-level region ({@code 100000} for 全国), or null
 * @param level          the region's level, or null
 * @param indicatorId    the taxonomy id ({@code gdp})
 * @param indicator      the taxonomy's preferred Chinese name ({@code 地区生产总值})
 * @param unit           the unit of every figure of the row ({@code %}, {@code 人}), or the empty string
 * @param measure        the measure of every figure of the row
 * @param direction      which way the indicator should move
 * @param year           the year the figures refer to (a period's last year)
 * @param period         the years a figure over several years covers (年均, 累计), or null
 * @param target         the target, from the first report that sets it, or null
 * @param targetStretch  the hedged higher goal beside it ({@code 增长6%，力争7%}: 7), or null
 * @param targetStretchSource where the stretch is stated, or null
 * @param targetRevised  a different target for the same key in a later report, or null
 * @param result         the result, from the first report that reviews the year, or null
 * @param resultRevised  a different result for the same key in a later report, or null
 * @param status         met, missed, no_target, no_result or unclear
 * @param gap            result minus target (the bound that counts for a range), in the row's unit, or null
 * @param notes          other figures the reports give for the key, with their sources, or null
 */
public record PanelRow(String region, String regionCode, AdminLevel level, String indicatorId, String indicator,
        String unit, Measure measure, Direction direction, int year, Period period, Cell target,
        BigDecimal targetStretch, Source targetStretchSource, Cell targetRevised, Cell result, Cell resultRevised, Status status, BigDecimal gap,
        String notes) {

    public PanelRow {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        if (target == null && result == null) {
            throw new IllegalArgumentException("a row needs a target or a result");
        }
    }

    /** The first year of the period, or null for a figure of one year. */
    public Integer periodStart() {
        return period == null ? null : period.start();
    }

    /** The last year of the period, or null for a figure of one year. */
    public Integer periodEnd() {
        return period == null ? null : period.end();
    }

    /** The target's single value, or null. */
    public BigDecimal targetValue() {
        return target == null ? null : target.value();
    }

    /** The result's single value, or null. */
    public BigDecimal resultValue() {
        return result == null ? null : result.value();
    }

    /** The row's key, unique in a panel. */
    public Key key() {
        return new Key(region, indicatorId, year, periodStart(), periodEnd());
    }

    /**
     * The key of a row.
     *
     * @param region      the region
     * @param indicatorId the indicator id
     * @param year        the year
     * @param periodStart the period's first year, or null
     * @param periodEnd   the period's last year, or null
     */
    public record Key(String region, String indicatorId, int year, Integer periodStart, Integer periodEnd) {
    }
}
