package io.github.workreport.extractors.internal;

import io.github.workreport.Section;
import io.github.workreport.spi.Punctuation;
import io.github.workreport.spi.ReportContext;
import java.util.List;
import java.util.function.Function;

/**
 * Decides from section titles whether a part of a report reviews the past period or plans the
 * coming one: 回顾, 执行情况, 过去, 成效 or the year before the plan year for a review;
 * 安排, 目标, 任务, 计划草案, 措施 or the plan year for a plan.
 */
public final class ModeClassifier {

    private ModeClassifier() {
    }

    /** Words holding 要 that say nothing of the future (主要经济指标, 重要, 需要, 要求, 要素). */
    private static final String YAO_NOT_BEFORE = "主重需必纲摘首只紧简概提";
    private static final String YAO_NOT_AFTER = "求素点件害闻务领职员";

    /** The mode a sentence's own tense states: past results or goals; NEUTRAL when it says neither. */
    public static Mode ofSentence(String sentence) {
        int past = Lexicon.words(Role.SENTENCE_PAST).countDistinctIn(sentence);
        int future = Lexicon.words(Role.SENTENCE_FUTURE).countDistinctIn(sentence) + (futureYao(sentence) ? 1 : 0) + (futureJihua(sentence) ? 1 : 0);
        return past > future ? Mode.REVIEW : future > past ? Mode.PLAN : Mode.NEUTRAL;
    }

    /** Whether the sentence holds 要 as "shall" (要加快…), not inside 主要, 重要, 要求 and the like. */
    private static boolean futureYao(String s) {
        for (int i = s.indexOf('要'); i >= 0; i = s.indexOf('要', i + 1)) {
            boolean before = i > 0 && YAO_NOT_BEFORE.indexOf(s.charAt(i - 1)) >= 0;
            boolean after = i + 1 < s.length() && YAO_NOT_AFTER.indexOf(s.charAt(i + 1)) >= 0;
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence holds 计划 as a plan (计划新建…), not the end of a programme's quoted name
     * (“人才倍增计划”) nor a plan already carried out (完成年度计划, 超计划, 计划执行).
     */
    private static boolean futureJihua(String s) {
        for (int i = s.indexOf("计划"); i >= 0; i = s.indexOf("计划", i + 2)) {
            char next = i + 2 < s.length() ? s.charAt(i + 2) : 0;
            boolean named = next == '”' || next == '"' || next == '》' || next == '」';
            boolean done = s.startsWith("执行", i + 2) || s.startsWith("完成", i + 2) || (i > 0 && s.charAt(i - 1) == '超')
                    || (i >= 2 && s.startsWith("年度", i - 2));
            if (!named && !done) {
                return true;
            }
        }
        return false;
    }

    /** The mode a section title states, or NEUTRAL. */
    public static Mode ofTitle(String title, Integer planYear) {
        int review = 0;
        int plan = 0;
        for (String r : Lexicon.list(Role.TITLE_REVIEW)) {
            if (title.contains(r)) {
                review += Lexicon.set(Role.TITLE_REVIEW_STRONG).contains(r) ? 3 : 1;
            }
        }
        for (String p : Lexicon.list(Role.TITLE_PLAN)) {
            if (title.contains(p)) {
                plan++;
            }
        }
        if (planYear != null) {
            if (title.contains(planYear + "年")) {
                plan += 2;
            }
            if (title.contains((planYear - 1) + "年")) {
                review += 2;
            }
        }
        if (title.contains("执行情况") && title.contains("草案")) {
            return Mode.NEUTRAL;
        }
        if (planYear != null && title.contains(planYear + "年") && title.contains((planYear - 1) + "年")) {
            return Mode.NEUTRAL; // 1998年工作回顾和1999年工作的主要任务: each sentence decides
        }
        if (title.contains("回顾") && (title.contains("任务") || title.contains("安排") || title.contains("部署")
                || title.contains("建议") || title.contains("目标"))) {
            return Mode.NEUTRAL;
        }
        if (review > plan) {
            return Mode.REVIEW;
        }
        if (plan > review) {
            return Mode.PLAN;
        }
        return Mode.NEUTRAL;
    }

    /** The longest line read as an un-numbered part heading. */
    static final int PART_HEADING_MAX = 40;

    /**
     * The mode an un-numbered part heading states ({@code “十四五”时期发展成就和2025年工作回顾},
     * {@code 2026年重点工作}), or null when the line is no such heading: a line of its own, short,
     * without sentence punctuation, not a list item, not the title or header of the report, that
     * names a review or a plan. A heading naming both (成就和主要目标) states NEUTRAL: the mode of
     * the part before it ends there.
     */
    static Mode ofPartHeading(String line, Integer planYear) {
        int n = line.length();
        if (n < 4 || n > PART_HEADING_MAX) {
            return null;
        }
        char c = line.charAt(0);
        if (c == '—' || c == '-' || c == '(' || c == '【' || c == '[' || (c >= '\u2460' && c <= '\u24FF')) {
            return null; // a list item
        }
        boolean year = n > 4 && line.charAt(4) == '年' && line.chars().limit(4).allMatch(Character::isDigit);
        if (Character.isDigit(c) && !year) {
            return null; // 1. 2) … but not a year (2025年工作回顾)
        }
        int comma = line.indexOf('、');
        if (comma > 0 && comma <= 3 && io.github.workreport.quantity.Quantities.parseNumber(line.substring(0, comma)).isPresent()) {
            return null; // 二、第一个五年计划概要: a numbered heading (a table of contents' line), not a part heading
        }
        boolean digits = false;
        for (int i = 0; i < n; i++) {
            digits |= Character.isDigit(line.charAt(i)) && !year;
        }
        for (int i = 0; i < n; i++) {
            char ch = line.charAt(i);
            if (Punctuation.endsClause(ch) || ch == ':' || ch == '、' && digits) {
                return null; // a sentence or a clause; 、 only in a heading without figures (目标、方针和任务)
            }
        }
        if (line.contains("报告") || line.contains("会议") || line.contains("代表")) {
            return null; // the report's title and header lines
        }
        boolean names = false;
        for (String w : Lexicon.list(Role.TITLE_REVIEW)) {
            names |= line.contains(w);
        }
        for (String w : Lexicon.list(Role.TITLE_PLAN)) {
            names |= line.contains(w);
        }
        if (!names && line.startsWith("关于") && !digits) {
            return Mode.NEUTRAL; // 关于外交工作: a new part that names neither; the plan or review before it ends here
        }
        return names ? ofTitle(line, planYear) : null;
    }

    /**
     * The mode the outermost section of {@code path} with a stated mode states, or NEUTRAL (the
     * sentence then decides, see {@link #fallback}); {@code titleMode} gives the mode of each
     * section's title, e.g. {@link #ofTitle} cached per section.
     */
    static Mode at(List<Section> path, Function<Section, Mode> titleMode) {
        for (Section s : path) {
            Mode m = titleMode.apply(s);
            if (m != Mode.NEUTRAL) {
                return m;
            }
        }
        return Mode.NEUTRAL;
    }

    /**
     * The mode of text whose section and sentence state none, by position: after a top-level
     * section that reviews the past (or mixes review and plan), the report has moved on to plans;
     * before one, it reviews.
     */
    static Mode fallback(ReportContext ctx, int offset, Function<Section, Mode> titleMode) {
        boolean reviewSeen = false;
        for (Section s : ctx.sections()) {
            if (ctx.rangeOf(s).start() > offset) {
                break;
            }
            Mode m = titleMode.apply(s);
            boolean enclosing = ctx.rangeOf(s).end() > offset;
            if (m == Mode.PLAN) {
                return Mode.PLAN;
            }
            // a title mixing review and plan (工作回顾和今年安排) states no mode but ends the review
            boolean mixed = m == Mode.NEUTRAL && s.title().contains("回顾");
            if (!enclosing && (m == Mode.REVIEW || mixed)) {
                reviewSeen = true;
            }
        }
        return reviewSeen ? Mode.PLAN : Mode.REVIEW;
    }
}
