package io.github.workreport.extractors.internal;

import io.github.workreport.Comparison;
import io.github.workreport.Measure;
import io.github.workreport.Quantity;

/**
 * Stage {@code measure}: what a figure measures (a level, a growth rate, a change) from its unit and
 * the verb before it.
 */
final class Measures {

    private Measures() {
    }

    /** 翻 of 翻两番: the figure is a number of doublings. */
    private static final char FAN = '翻';

    /** A figure's quantity, signed and with its comparator, and what it measures. */
    record Measured(Quantity quantity, Measure measure) {
    }

    /**
     * The measure of the quantity {@code q} at {@code sentence[.., end)} after the clause {@code raw}
     * and its verb, for the figure of {@code indicator}: the quantity with the minimum the clause
     * states (至少) and negated when the verb is one of a fall.
     */
    static Measured of(Quantity q, Verb verb, String raw, String sentence, int start, int end, String indicator) {
        if (q.comparison() == Comparison.EQ && !q.isRange() && Lexicon.words(Role.AT_LEAST).occursIn(raw)) {
            q = q.withComparison(Comparison.GE); // 能耗至少下降3%: at least 3 (−3 le once negated)
        }
        Measure measure = measureOf(q, verb);
        if (measure == Measure.LEVEL && q.unit().equals("%") && (sentence.startsWith("的增长", end)
                || sentence.startsWith("的增速", end) || indicator.endsWith("增长")
                || Lexicon.words(Role.RATE_NOUN).suffixOf(indicator) != null)) {
            measure = Measure.GROWTH; // 实现了7.5%的增长; 经济增长连续四年达到或略高于10%; 经济增长速度为8%
        }
        if (measure == Measure.LEVEL && q.unit().equals("倍") && (verb.growth && !verb.negative || sentence.charAt(start) == FAN)) {
            measure = Measure.GROWTH; // 增长20倍, 翻两番: a multiple of growth (为上年的3倍 stays a level)
        }
        if (verb.negative || improvedDown(raw, indicator)) {
            q = q.negate();
        }
        return new Measured(q, measure);
    }

    /**
     * Whether the clause says that something better when lower improved ({@link Role#IMPROVED_VERB} after
     * a {@link Role#LOWER_IS_BETTER} subject: PM2.5浓度改善10.8%): a fall.
     */
    private static boolean improvedDown(String raw, String indicator) {
        return Lexicon.words(Role.LOWER_IS_BETTER).suffixOf(indicator) != null // rare: the verb is read only then
                && Lexicon.words(Role.IMPROVED_VERB).suffixOf(raw.strip()) != null;
    }

    /** A figure's subject and measure once a verb before the subject is read. */
    record Subjected(String indicator, Measured measured) {
    }

    /**
     * Rules for a verb before the subject of an absolute figure (not a counted noun, not a %): a
     * fall ({@link Role#LEADING_FALL}: 压减地下水开采量21.5亿立方米 → 地下水开采量, change −21.5亿) and
     * more output ({@link Role#OUTPUT_VERB}: 增产原煤3000万吨 → 原煤产量, change); otherwise the same.
     */
    static Subjected afterLeadingVerb(String indicator, Measured measured, Verb verb, boolean counted) {
        if (counted || measured.measure() != Measure.LEVEL || measured.quantity().unit().equals("%")) {
            return new Subjected(indicator, measured);
        }
        String fall = Lexicon.words(Role.LEADING_FALL).prefixOf(indicator);
        if (fall != null && indicator.length() - fall.length() >= 2 && !verb.negative) {
            return new Subjected(indicator.substring(fall.length()), new Measured(measured.quantity().negate(), Measure.CHANGE));
        }
        String net = Lexicon.words(Role.LEADING_CHANGE).prefixOf(indicator);
        if (net != null && indicator.length() - net.length() >= 2) {
            return new Subjected(indicator.substring(net.length()), new Measured(measured.quantity(), Measure.CHANGE));
        }
        String output = Lexicon.words(Role.OUTPUT_VERB).prefixOf(indicator);
        if (output != null && indicator.length() - output.length() >= 1 && indicator.length() - output.length() <= 6) {
            return new Subjected(indicator.substring(output.length()) + "产量", new Measured(measured.quantity(), Measure.CHANGE));
        }
        return new Subjected(indicator, measured);
    }

    static Measure measureOf(Quantity q, Verb verb) {
        String unit = q.unit();
        if (unit.equals("pp")) {
            return Measure.CHANGE;
        }
        if (unit.equals("%") || unit.equals("‰")) {
            return verb.growth ? Measure.GROWTH : Measure.LEVEL;
        }
        if (verb.change || verb.absoluteChange && !unit.equals("倍")) {
            return Measure.CHANGE;
        }
        return Measure.LEVEL;
    }
}
