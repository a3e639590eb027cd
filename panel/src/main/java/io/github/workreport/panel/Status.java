package io.github.workreport.panel;

import java.util.Locale;

/** How the result of a panel row relates to its target (see docs/panel.md for the rule). */
public enum Status {
    /** The result meets the target, given the target's comparator and the indicator's direction. */
    MET,
    /** The result falls short of the target (or goes over a ceiling). */
    MISSED,
    /** A result without a target for that year and period. */
    NO_TARGET,
    /** A target whose result no report in the input gives. */
    NO_RESULT,
    /** Both are known but cannot be compared: an indicator without direction and a plain target, or a result bound that straddles the target. */
    UNCLEAR;

    /** The CSV and JSON spelling: {@code met}, {@code missed}, {@code no_target}, {@code no_result}, {@code unclear}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
