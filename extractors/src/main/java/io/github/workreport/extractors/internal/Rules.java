package io.github.workreport.extractors.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of the figure finder's rules, as they appear in {@code explain}, with a short
 * description of each. A name is {@code stage.rule}: {@code candidate} decides whether a quantity
 * is a figure at all, {@code list} distributes values over subjects, {@code qualitative} reads
 * clauses without a figure, {@code mode} decides target or achievement, {@code subject} and
 * {@code dedup} drop what cannot stand.
 */
public final class Rules {

    private Rules() {
    }

    // candidate: is the quantity a figure?
    static final String FIGURE = "candidate.figure";
    static final String IMPLIED_UNIT = "candidate.implied-unit";
    static final String COUNTED_PEOPLE = "candidate.counted-people";
    static final String SHARE_OF_NOUN = "candidate.share-of-noun";
    static final String TOTAL_OF_COUNT = "candidate.total-of-count";
    static final String UNMAPPED_GLYPH = "subject.unmapped-glyph";
    static final String COUNTED_NOUN = "candidate.counted-noun";
    static final String SHARED_NOUN = "candidate.shared-noun";
    static final String NO_UNIT = "candidate.no-unit";
    static final String RATIO_PART = "candidate.ratio-part";
    static final String DURATION = "candidate.duration";
    static final String RANK = "candidate.rank";
    static final String ORDINAL_OR_NAME = "candidate.ordinal-or-name";
    static final String NUMBER_WORD = "candidate.number-word";
    static final String INDICATOR_COUNT = "candidate.indicator-count";
    static final String FUND = "candidate.fund";
    static final String PER_BASE = "candidate.per-base";
    static final String BASELINE = "candidate.baseline";
    static final String BASELINE_LISTED = "candidate.baseline-listed";
    static final String MODIFIER = "candidate.modifier";
    // lists: one subject per value
    static final String RESPECTIVELY = "list.respectively";
    static final String VALUE_LIST = "list.values";
    static final String EACH = "list.each";
    // qualitative items
    static final String QUALITATIVE_DIRECTED = "qualitative.directed-task";
    static final String QUALITATIVE_COMPLETION = "qualitative.completion";
    static final String QUALITATIVE_PREDICATE = "qualitative.predicate";
    static final String QUALITATIVE_SUBJECT_BEFORE = "qualitative.subject-before";
    // mode: target or achievement
    static final String MODE_TARGETS_CUE = "mode.targets-cue";
    static final String MODE_TARGETS_LINE = "mode.targets-line";
    static final String MODE_SECTION = "mode.section";
    static final String MODE_PART_HEADING = "mode.part-heading";
    static final String MODE_TARGETS_AFTER_REVIEW = "mode.targets-after-review";
    static final String MODE_SENTENCE_WORDS = "mode.sentence-words";
    static final String MODE_PARAGRAPH_OPENER = "mode.paragraph-opener";
    static final String MODE_FALLBACK = "mode.fallback";
    static final String MODE_NONE = "mode.none";
    // set aside late
    static final String GLOSSARY = "glossary";
    static final String NO_SUBJECT = "subject.none";
    static final String SHORT_SUBJECT = "subject.one-character";
    static final String TABLE_ROW = "subject.table-row";
    static final String RESTATED = "dedup.restated";

    private static final Map<String, String> DESCRIPTIONS = descriptions();

    private static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(FIGURE, "a quantity with a unit that states a figure");
        m.put(IMPLIED_UNIT, "a count of people or households written without a unit");
        m.put(COUNTED_PEOPLE, "a bare count followed by the people it counts");
        m.put(UNMAPPED_GLYPH, "the name holds a glyph the text's extractor could not map (a private-use character)");
        m.put(TOTAL_OF_COUNT, "an amount totalling the count after it (总投资2万亿元的389个省重点项目)");
        m.put(SHARE_OF_NOUN, "a share opening its clause, of what the rest of the clause names (99%乡镇通三级公路)");
        m.put(COUNTED_NOUN, "a count followed by the noun it counts");
        m.put(SHARED_NOUN, "a count that shares the noun of the next count (完成1.8万户、189万平方米棚改任务)");
        m.put(NO_UNIT, "a bare number: no unit, not a count");
        m.put(RATIO_PART, "the one of a ratio to one (2.1∶1左右), read with its first number");
        m.put(DURATION, "a duration or an age (年, 个月, 岁 …)");
        m.put(RANK, "a rank (位)");
        m.put(ORDINAL_OR_NAME, "an ordinal (第), a quoted name or a run of years (连续)");
        m.put(NUMBER_WORD, "a numeral word in a name (三元, 六项任务)");
        m.put(INDICATOR_COUNT, "a count of a plan's indicators, the size of its list, not a figure");
        m.put(FUND, "an amount before the fund it names: the fund's size");
        m.put(PER_BASE, "the base a rate is stated per, not a figure");
        m.put(BASELINE, "the baseline a figure grew from (由…增至)");
        m.put(BASELINE_LISTED, "one of a list of baselines (分别从…提高到)");
        m.put(MODIFIER, "a modifier of the noun after it (500万元以上项目)");
        m.put(RESPECTIVELY, "values distributed over the subjects of 分别");
        m.put(VALUE_LIST, "a list of values distributed over as many subjects");
        m.put(EACH, "one value for each subject (均)");
        m.put(QUALITATIVE_DIRECTED, "a task set from above, named after the verb (完成省下达的…)");
        m.put(QUALITATIVE_COMPLETION, "a task set from above is done (…完成国家下达任务)");
        m.put(QUALITATIVE_PREDICATE, "a subject with a qualitative predicate (…与经济增长同步)");
        m.put(QUALITATIVE_SUBJECT_BEFORE, "a qualitative predicate whose subject opens the clause before");
        m.put(MODE_TARGETS_CUE, "a statement of the year's targets (预期目标是…)");
        m.put(MODE_TARGETS_LINE, "a later sentence of a line that states the year's targets");
        m.put(MODE_SECTION, "the section heading says plan or review");
        m.put(MODE_PART_HEADING, "an un-numbered part heading says plan or review");
        m.put(MODE_TARGETS_AFTER_REVIEW, "the year's targets were stated after the review heading");
        m.put(MODE_SENTENCE_WORDS, "words of the sentence say plan or review (力争, 预计, 比上年 …)");
        m.put(MODE_PARAGRAPH_OPENER, "the paragraph's opener says plan or review (过去一年, 今年)");
        m.put(MODE_FALLBACK, "the default of the report part");
        m.put(MODE_NONE, "nothing says whether the sentence plans or reviews");
        m.put(GLOSSARY, "inside a glossary or notes");
        m.put(NO_SUBJECT, "no indicator could be read");
        m.put(TABLE_ROW, "the indicator holds other cells of a table row (公共安全支出 133031 144412 92.7%)");
        m.put(SHORT_SUBJECT, "the indicator read is one character, no name (过10万元, 占54.2%)");
        m.put(RESTATED, "the same figure stated again in the report");
        return Map.copyOf(m);
    }

    /** Every rule name with its description. */
    public static Map<String, String> all() {
        return DESCRIPTIONS;
    }

    /** A short description of the rule named {@code rule}. */
    static String describe(String rule) {
        String d = DESCRIPTIONS.get(rule);
        if (d == null) {
            throw new IllegalArgumentException("no rule named '" + rule + "'");
        }
        return d;
    }
}
