package io.github.workreport.extractors.internal;

/**
 * The roles a word of the {@link Lexicon} plays, named as in the second column of
 * {@code lexicon/words.tsv}. A word may have several roles (下降: a trailing verb, growth,
 * negative, …); the roles marked ordered keep the file's order, since their words are tried in turn.
 */
enum Role {
    /** Verbs and connectives stripped from the end of an indicator (增长, 达到, 分别为). */
    TRAILING_VERB("trailing-verb"),
    /** Words stripped from the start of an indicator (预计, 全市, 其中). */
    LEADING("leading"),
    /** A % after a trailing verb holding one of these is a growth rate (增长, 增速). */
    GROWTH("growth"),
    /** A trailing verb holding one of these makes the figure negative (下降, 减少). */
    NEGATIVE("negative"),
    /** Predicates of qualitative targets and results (与经济增长同步, 持续下降). */
    QUALITATIVE("qualitative"),
    /** Qualitative predicates read among targets only (稳中向好, 改善). */
    QUALITATIVE_PLAN("qualitative-plan"),
    /** Qualitative predicates that come first (完成省下达的…任务). */
    QUALITATIVE_PREFIX("qualitative-prefix"),
    /** Words that cannot begin the subject of a qualitative item (呈现, 制定). */
    NOT_SUBJECT_START("not-subject-start"),
    /** Subjects too general for a qualitative item (主要经济指标, 社会大局). */
    GENERIC_SUBJECT("generic-subject"),
    /** Words stating the year's targets (预期目标是, 主要指标为). */
    TARGET_CUE("target-cue"),
    /** Words that make a target cue a review of targets (对照, 完成了). */
    NOT_TARGET("not-target"),
    /** Paragraph openers of a review (过去一年, 这五年). */
    REVIEW_OPENER("review-opener"),
    /** Units of a duration or an age, not a figure (年, 个月, 岁). */
    DURATION_UNIT("duration-unit"),
    /** Units of a count, followed by the noun counted (个, 家, 项). */
    COUNT_UNIT("count-unit"),
    /** Verbs opening a list of works done or planned (完成, 实施, 新建). */
    WORK_VERB("work-verb"),
    /** What a list before 等 sums up when the list names the indicators (约束性指标, 任务). */
    LIST_SUMMARY("list-summary"),
    /** Units of a work's size, followed by the work (公里, 平方米, 亩). */
    WORK_UNIT("work-unit"),
    /** Verbs of a fall before the subject of an absolute figure (压减, 削减): a negative change. */
    LEADING_FALL("leading-fall"),
    /** Verbs of more output before a product (增产): the figure is a change of the product's 产量. */
    OUTPUT_VERB("output-verb"),
    /** Words that start the predicate after a counted noun, which ends before them (落户, 入选, 通过). */
    COUNTED_PREDICATE("counted-predicate"),
    /** Words after a quantity that leave it a figure, not a modifier (增长, 以上, 和). */
    FIGURE_FOLLOWER("figure-follower"),
    /** Nouns that open with a figure-follower word and are counted by the quantity before them (和美乡村). */
    COUNTED_NOT_FOLLOWER("counted-not-follower"),
    /** Products named by one character; the figure is its output, named X产量 (钢, 糖, 煤). */
    PRODUCT_CHAR("product-char"),
    /** Words naming the stage of a budget figure, around its account (年初预算, 调整预算, 合计). */
    BUDGET_STAGE("budget-stage"),
    /** Words after which a subject starts: what comes before names who approved it (批准的). */
    SUBJECT_AFTER("subject-after"),
    /** The accounts of a budget report, named by section titles (一般公共预算, 政府性基金预算). */
    BUDGET_ACCOUNT("budget-account"),
    /** Words of a plan's first year in a section title: its targets are the year's, not the plan's (开局, 开好局). */
    PLAN_OPENING("plan-opening"),
    /** Words opening a variant of the subject before, in brackets (含, 不含, 包括): not carried on. */
    VARIANT_WORD("variant-word"),
    /** Words before 收入 or 支出 naming a budget account's outturn, which the account alone names (实际, 全年). */
    BUDGET_ACTUAL("budget-actual"),
    /** Words before an amount that totals the count after it (总投资, 总规模: 总投资2万亿元的389个项目). */
    TOTAL_WORD("total-word"),
    /** Verbs of an improvement: of something better when lower, a fall (PM2.5浓度改善10.8%). */
    IMPROVED_VERB("improved-verb"),
    /** Subjects that are better when lower, whose improvement is a fall (浓度, 能耗, 排放强度). */
    LOWER_IS_BETTER("lower-is-better"),
    /** Verbs before a duration that make it a figure, a duration changed (减少8.9小时, 缩短至15天). */
    DURATION_CHANGE("duration-change"),
    /** Endings of a bracketed part that names what it is (收入, 支出, 资金): not a place's part of the account. */
    VARIANT_OWN_NAME("variant-own-name"),
    /** Words of degree ending the purpose of an allocation, left out of its name (力度, 水平, 能力, 工作). */
    PURPOSE_TAIL("purpose-tail"),
    /** Verbs opening a clause of rank, which names no subject (稳居全国前十强, 位居全省第一). */
    RANK_VERB("rank-verb"),
    /** Nouns of a threshold after a bare number, which leave it a figure of its subject (迈上5万亿台阶). */
    THRESHOLD_NOUN("threshold-noun"),
    /** Scope words dropped wherever they stand inside an indicator (我市, 我省: 下达我市地方政府债券). */
    INNER_SCOPE("inner-scope"),
    /** Verbs of a net change before the subject of a count: the figure is a change (净增经营主体34.6万家). */
    LEADING_CHANGE("leading-change"),
    /** Verbs of an allocation of money, named by the purpose after the amount (安排, 投入). */
    ALLOCATION_VERB("allocation-verb"),
    /** Scope words before an allocation verb that name no subject (其中, 市本级, 全市, 共). */
    ALLOCATION_SCOPE("allocation-scope"),
    /** Verbs opening the purpose of an allocation, stripped from its name (用于, 支持, 推进). */
    PURPOSE_VERB("purpose-verb"),
    /** Words right before a year that make it not the time of a target: a start, a base, a stretch (从, 比, 至). */
    YEAR_NOT_AFTER("year-not-after"),
    /** Words right after a year that make it not the time of a target (起, 以来, 的, 计划, 比). */
    YEAR_NOT_BEFORE("year-not-before"),
    /** Openers of a review of several years ending with the year reviewed (这五年, “十四五”时期). */
    REVIEW_YEARS("review-years"),
    /** Openers of a review of one year (过去一年, 一年来). */
    REVIEW_YEAR("review-year"),
    /** Verbs of works or things done, whose counts over reviewed years are sums (新增, 建成, 引进). */
    DONE_VERB("done-verb"),
    /** Words after a baseline before the figure reached (增至, 提高到, 到). */
    TO_WORD("to-word"),
    /** Nouns of a count that structures the text, not a figure (方面, 任务). */
    PROGRAMME_WORD("programme-word"),
    /** Openers of an adverbial clause, not a subject (考虑, 扣除, 按). */
    ADVERBIAL("adverbial"),
    /** Openers of a comparison with a place or average (高于, 低于). */
    COMPARED_WITH("compared-with"),
    /** Words that make the figure a minimum (至少, 不少于). */
    AT_LEAST("at-least"),
    /** Hedges restating the figure before with a higher goal (力争, 争取). */
    HEDGE("hedge"),
    /** Words where the head shared by a subject list starts (居民, 产量, 增加值). */
    HEAD_START("head-start"),
    /** Words opening with a one-character leading word, kept whole (就业, 共享). */
    LEADING_CHAR_WORD("leading-char-word"),
    /** Words ending with a one-character trailing verb, kept whole (产能, 人均). */
    TRAILING_CHAR_WORD("trailing-char-word"),
    /** Verbs that end the noun phrase opening a clause (扭转, 保持). */
    CLAUSE_VERB("clause-verb"),
    /** Ordered: verbs and fillers dropped between subject and measured noun (实现, 完成, 累计, 各类, 全面). */
    INNER_VERB("inner-verb"),
    /** Ordered: words cut between a qualitative subject and its predicate (继续, 有所). */
    QUALITATIVE_TAIL("qualitative-tail"),
    /** Ordered: verbs cut before a qualitative subject (保持, 实现). */
    QUALITATIVE_LEAD("qualitative-lead"),
    /** Verbs of an absolute increase or decrease (增加, 减少, 净增). */
    CHANGE_VERB("change-verb"),
    /** Roots of verbs of change inside longer verbs (增长, 下降). */
    CHANGE_ROOT("change-root"),
    /** Nouns of a growth rate (涨幅, 增速, 增幅). */
    RATE_NOUN("rate-noun"),
    /** Verbs after 年均 that make a yearly average (增长, 提高). */
    AVERAGE_VERB("average-verb"),
    /** Verbs after a count of years that make a cumulative figure (增长, 翻). */
    YEARS_CHANGE_VERB("years-change-verb"),
    /** Ordered: words skipped between 年均 and its verb (分别, 实际, 名义). */
    AVERAGE_SKIP("average-skip"),
    /** Words of a section title that reviews (回顾, 成效). */
    TITLE_REVIEW("title-review"),
    /** Review words of a title that count three times (回顾, 过去). */
    TITLE_REVIEW_STRONG("title-review-strong"),
    /** Words of a section title that plans (安排, 目标). */
    TITLE_PLAN("title-plan"),
    /** Words of a sentence that reviews (预计, 比上年, 完成了). */
    SENTENCE_PAST("sentence-past"),
    /** Words of a sentence that plans (力争, 确保, 到20). */
    SENTENCE_FUTURE("sentence-future"),
    /** Headings of a glossary attachment (名词解释, 注释). */
    GLOSSARY_HEADING("glossary-heading"),
    /** Comparator words after a value (左右, 以上, 以内). */
    COMPARATOR_WORD("comparator-word"),
    /** Nouns of a task set from above that is completed (任务, 目标). */
    TASK_NOUN("task-noun"),
    /** Endings of a comparison base after 比/较 (年, 同期, 预算). */
    COMPARISON_BASE_END("comparison-base-end"),
    /** Words after an inner verb that keep it (计划, 目标, 全年). */
    NOT_AFTER_INNER_VERB("not-after-inner-verb"),
    /** Scope words before a name of the indicator taxonomy (全市, 全社会, 地方); at most one is a prefix of a name. */
    SCOPE_PREFIX("scope-prefix"),
    /** Words saying figures are estimates (快报数, 预计数, 预计完成数). */
    ESTIMATE_STATEMENT("estimate-statement"),
    /** Words pointing back at the figures before (上述, 以上). */
    REFERS_BACK("refers-back"),
    /** Words pointing at the figures after (下同). */
    REFERS_AHEAD("refers-ahead"),
    /** Measures counted in years, whose figure in 年 is no duration (受教育年限). */
    YEARS_MEASURE("years-measure"),
    /** Names of a ratio, whose figure has no unit (收入比, 倍差, 比值). */
    RATIO_NOUN("ratio-noun"),
    /** A change that stands without its subject (增收3.1亿元) but ends a counted noun's name (41万人稳定增收). */
    CHANGE_ALONE("change-alone"),
    /** Words of the level a paragraph is about, near its start (全市, 市本级, 高新区): a figure restated under another is another figure. */
    PARAGRAPH_SCOPE("paragraph-scope"),
    /** Words opening a running total after a figure of the year (新建绿道137公里、累计达到2136公里): the total is of the noun alone. */
    RUNNING_TOTAL("running-total"),
    /** Words giving one value to each subject of a list (均, 双双): 城镇、农村居民人均可支配收入均增长8%. */
    EACH_WORD("each-word"),
    /** Words before the base of a comparison (比, 较): a plan named after them opens no review (较“十三五”时期增长148%). */
    COMPARED_TO("compared-to"),
    /** Words of a level reached or held (达到, 总量, 保持): a count after them over a review of years is no sum. */
    STOCK_WORD("stock-word"),
    /** Words of a change on the year before (同比, 比上年): in a review of several years it is no sum over them. */
    YEAR_ON_YEAR("year-on-year"),
    /** Names of a five-year plan document (纲要, 五年规划): a paragraph opening on one sets targets for the plan's end. */
    PLAN_DOCUMENT("plan-document"),
    /** Nouns of a plan's indicators (指标): a count beside one is the size of the plan's list, not a figure. */
    INDICATOR_NOUN("indicator-noun"),
    /** Nouns of a fund (资金, 基金, 补贴): an amount written before one is the fund's size (设立100亿元专项资金). */
    FUND_NOUN("fund-noun"),
    /** Nouns named 城镇…/农村… when 城乡 is split over two values (收入); others are named 城乡…(城市)/(农村) (城乡低保标准). */
    TOWN_SPLIT_NOUN("town-split-noun"),
    /** Works counted in Chinese numerals as often as in digits (民生实事): 十件民生实事 is a count, not a programme's name. */
    NUMBERED_WORK("numbered-work");

    /** The name of the role in the lexicon file.. */
    final String id;

    Role(String id) {
        this.id = id;
    }

    /** The role named {@code id} in the lexicon file, or null.. */
    static Role byId(String id) {
        for (Role r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        return null;
    }
}
