package io.github.workreport;

import java.util.Objects;

/**
 * Why a stretch of a report became a target, an achievement, or nothing: one record per quantity
 * the scanner found (and per qualitative item), naming the rule that decided. Collected only when
 * the parser is built with {@link ReportParser.Builder#explain(boolean) explain(true)}; read them
 * with {@link Report#decisions()}. Immutable.
 *
 * @param verdict   target, achievement or set aside
 * @param rule      the name of the rule that decided ({@code mode.targets-cue}, {@code candidate.duration} …)
 * @param reason    a few words on the decision, for people
 * @param text      the stretch decided on, normalized: the quantity as written, or the clause of a
 *                  qualitative item
 * @param span      where that stretch is in the original input
 * @param indicator the indicator read for it, or null when none was read
 * @param quantity  the quantity as read, or null for a qualitative item
 * @param figure    the target or achievement made from it, or null when set aside
 */
public record Decision(Verdict verdict, String rule, String reason, String text, Span span, String indicator,
        Quantity quantity, Figure figure) {

    /** What became of the stretch. */
    public enum Verdict {
        /** A {@link Target}. */
        TARGET("target"),
        /** An {@link Achievement}. */
        ACHIEVEMENT("achievement"),
        /** Neither: not a figure of the report (a rank, a date, a baseline, a name …). */
        SET_ASIDE("set-aside");

        private final String code;

        Verdict(String code) {
            this.code = code;
        }

        /** The JSON spelling: {@code target}, {@code achievement}, {@code set-aside}. */
        public String code() {
            return code;
        }
    }

    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if ((verdict == Verdict.SET_ASIDE) != (figure == null)) {
            throw new IllegalArgumentException("a figure goes with a target or achievement verdict only: " + rule);
        }
        if (figure instanceof Target && verdict != Verdict.TARGET || figure instanceof Achievement && verdict != Verdict.ACHIEVEMENT) {
            throw new IllegalArgumentException("verdict " + verdict + " does not fit the figure's kind: " + rule);
        }
    }

    /** The same decision about another figure object (e.g. the figure with its taxonomy id set). */
    public Decision withFigure(Figure f) {
        return new Decision(verdict, rule, reason, text, span, indicator, quantity, f);
    }
}
