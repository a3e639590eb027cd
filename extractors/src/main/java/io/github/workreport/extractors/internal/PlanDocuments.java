package io.github.workreport.extractors.internal;

/**
 * Stage {@code period}: a paragraph about the five-year plan document (《纲要（草案）》明确了…主要指标) in a
 * report of a plan's first year sets targets for the plan's last year, not for the report's year.
 */
final class PlanDocuments {

    private PlanDocuments() {
    }

    /**
     * {@code when} of a target of one year in a paragraph that opens on the plan document of the
     * five years the plan year begins ({@link Role#PLAN_DOCUMENT}: 《纲要（草案）》明确了…主要指标): the
     * plan's last year; else {@code when} itself.
     */
    static Periods.YearAndPeriod yearOf(Periods.YearAndPeriod when, boolean plan, String text, int lineStart, Integer planYear) {
        if (!plan || planYear == null || planYear % 5 != 1 || when.period() != null || !planYear.equals(when.year())) {
            return when;
        }
        int from = lineStart;
        while (from < text.length() && from - lineStart < 2 && (text.charAt(from) == '《' || text.charAt(from) == '“')) {
            from++;
        }
        int to = Math.min(text.length(), from + PLAN_DOCUMENT_AT);
        WordList.Match m = Lexicon.words(Role.PLAN_DOCUMENT).find(text, from, to);
        return m == null ? when : new Periods.YearAndPeriod(planYear + 4, null);
    }

    /** How far into its paragraph a plan document's name may end and still open it (《辽宁省…纲要（草案）》). */
    private static final int PLAN_DOCUMENT_AT = 40;
}
