package io.github.workreport.extractors.internal;

import io.github.workreport.Period;
import io.github.workreport.quantity.Quantities;
import java.math.BigDecimal;

/**
 * Stage {@code period}: the year a figure refers to and, for a figure over several years, the
 * years it covers. A figure is over several years when the words before its value say so
 * ({@code 年均增长}, {@code 累计完成}, {@code 5年增长}); the years are those of a five-year plan named
 * before it ({@code “十四五”时期}), or the last N years when N is named ({@code 过去五年}), or, in a
 * report of the first year of a plan, the plan just ended (review) or just begun (plan). A target
 * set for a later year ({@code 到2030年…达到}, {@code “十五五”末}) has that year.
 */
final class Periods {

    private Periods() {
    }

    /** A year (null when unknown) and a period (null for a figure of one year). */
    record YearAndPeriod(Integer year, Period period) {
    }

    /** The longest span of years a period may be read over (a plan is five years). */
    private static final int MAX_YEARS = 10;
    /** How far ahead of the plan year a target's own year may be. */
    private static final int MAX_AHEAD = 15;

    /**
     * @param lead      the item's clause before its value (the verb and what precedes it)
     * @param indicator the indicator read
     * @param sentence  the sentence before the value (read only for a target)
     * @param context   the paragraph before the value and the enclosing section titles (read only for a
     *                  figure over several years)
     * @param titles    the enclosing section titles, one per line (read only for a target of one year)
     * @param review    the years the paragraph before the value reviews, when its last opener names
     *                  several (这五年), else null (read only for a review figure of several years)
     * @param sum       whether the figure sums what was done (a growth, a change, a count of works done):
     *                  over the years its paragraph reviews, it is cumulative
     * @param plan      whether the figure is a target
     * @param planYear  the report's plan year, or null
     */
    static YearAndPeriod of(String lead, String indicator, java.util.function.Supplier<String> sentence,
            java.util.function.Supplier<String> context, java.util.function.Supplier<String> titles,
            java.util.function.Supplier<int[]> review, boolean sum, boolean plan, Integer planYear) {
        Integer year = planYear == null ? null : plan ? planYear : planYear - 1;
        Period.Basis basis = basis(lead);
        if (basis == null && (indicator.contains("年均增速") || indicator.contains("年均增长"))) {
            basis = Period.Basis.AVERAGE; // 地区生产总值年均增速高于全国0.5个百分点: the margin of a yearly average
        }
        int[] reviewed = basis == null && sum && !plan && year != null ? review.get() : null;
        if (reviewed != null) { // 这五年…城镇新增就业452万人: a sum over the years the paragraph reviews
            return new YearAndPeriod(year, new Period(reviewed[0], reviewed[1], Period.Basis.CUMULATIVE));
        }
        if (basis == null) {
            Integer own = plan && planYear != null ? targetYear(sentence.get(), planYear) : null;
            if (own == null && plan && planYear != null) {
                own = planEndOfSection(titles.get(), planYear);
            }
            return new YearAndPeriod(own != null ? own : year, null);
        }
        int[] span = planNamed(lead);
        if (span == null && !plan && year != null) {
            span = review.get(); // 这五年…年均超过46万人, 过去五年…平均每年增长11.1%: the years the paragraph reviews
        }
        String around = null; // read only for a figure over several years
        if (span == null) {
            around = context.get();
            span = planNamed(around);
        }
        if (span != null && !plan && year != null && span[0] > year) {
            span = null; // a review sums up years already past, not the plan that comes next
        }
        if (span == null && year != null) {
            int n = yearsNamed(lead);
            if (n < 2) {
                n = yearsNamed(around != null ? around : context.get());
            }
            if (n >= 2 && !plan) {
                span = new int[] {year - n + 1, year};
            } else if (planYear % 5 == 1 && !plan && basis == Period.Basis.AVERAGE) {
                // the first year of a plan: a yearly average in the review is over the plan just ended
                // (累计 alone may be a running total at the year's end, so it needs its period named)
                span = new int[] {planYear - 5, planYear - 1};
            }
        }
        if (span == null && plan && planYear != null) {
            span = targetSpan(sentence.get(), planYear);
        }
        if (span == null) {
            return new YearAndPeriod(year, null);
        }
        if (!plan && year != null && span[1] > year && span[0] <= year) {
            span = new int[] {span[0], year}; // “十四五”以来 in a report of the plan's fourth year: up to the year reviewed
        }
        if (span[0] == span[1]) {
            return new YearAndPeriod(span[1], null);
        }
        return new YearAndPeriod(span[1], new Period(span[0], span[1], basis));
    }

    /**
     * The years of a yearly average or a total of a target without a plan named: up to the year the
     * sentence sets (到1992年), or over the years it names from the plan year (今后五年); or null.
     */
    private static int[] targetSpan(String said, int planYear) {
        Integer until = targetYear(said, planYear);
        int n = until == null ? yearsAhead(said) : 0; // the sentence's own words, not the paragraph's
        if (until != null) {
            return new int[] {planYear, until};
        }
        return n >= 2 ? new int[] {planYear, planYear + n - 1} : null;
    }

    private static Period.Basis basis(String lead) {
        if (averageVerb(lead, "年均") || averageVerb(lead, "年平均") || lead.contains("平均每年") || lead.endsWith("年均")
                || lead.startsWith("年均")) {
            // (城镇新增就业年均70万人: 年均 right before the value; 年均经济增长速度为8%: before the subject)
            return Period.Basis.AVERAGE;
        }
        if (lead.contains("累计") || yearsBeforeVerb(lead)) {
            return Period.Basis.CUMULATIVE;
        }
        return null;
    }

    /**
     * 年均 before a verb of change (年均增长, 年均分别增长, 年均增速), not in a name of its own
     * (细颗粒物年均浓度 is the annual mean of one year).
     */
    private static boolean averageVerb(String lead, String word) {
        int at = lead.lastIndexOf(word);
        if (at < 0) {
            return false;
        }
        String rest = lead.substring(at + word.length());
        for (String skip : Lexicon.list(Role.AVERAGE_SKIP)) {
            if (rest.startsWith(skip)) {
                rest = rest.substring(skip.length());
            }
        }
        for (String verb : Lexicon.list(Role.AVERAGE_VERB)) {
            if (rest.startsWith(verb)) {
                return true;
            }
        }
        return false;
    }

    /** 5年增长, 五年增加: a number of years right before a verb of change. */
    private static boolean yearsBeforeVerb(String lead) {
        if (lead.indexOf('年') < 0) {
            return false; // most leads: no 年 at all, found by one vectorized search
        }
        for (String verb : Lexicon.list(Role.YEARS_CHANGE_VERB)) {
            int at = lead.lastIndexOf(verb);
            if (at >= 2 && lead.charAt(at - 1) == '年' && numeral(lead.charAt(at - 2)) >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The years of the five-year plan named last in {@code s} (十四五, “十三五”时期), or null. */
    static int[] planNamed(String s) {
        int best = -1;
        int[] span = null;
        for (int i = s.indexOf('五'); i >= 0 && i < s.length(); i = s.indexOf('五', i + 1)) {
            int start = planStart(s, i);
            if (start > 0 && i > best) {
                best = i;
                span = new int[] {start, start + 4};
            }
        }
        return span;
    }

    /** The first year of the plan whose name ends with the 五 at {@code i} (十四五 → 2021), or 0. */
    private static int planStart(String s, int i) {
        if (i >= 2 && s.charAt(i - 2) == '十') {
            int k = numeral(s.charAt(i - 1));
            return k >= 1 && k <= 9 ? 2001 + 5 * k : 0; // 十一五 2006 … 十五五 2026
        }
        if (i >= 1) {
            int k = numeral(s.charAt(i - 1));
            boolean named = i + 1 < s.length() && (s.charAt(i + 1) == '”' || s.charAt(i + 1) == '"' || s.startsWith("时期", i + 1)
                    || s.startsWith("期间", i + 1) || s.startsWith("计划", i + 1)) || i >= 2 && (s.charAt(i - 2) == '“' || s.charAt(i - 2) == '"');
            if (!named) {
                return 0;
            }
            if (k == 10) {
                return 2001; // “十五”
            }
            return k >= 6 && k <= 9 ? 1951 + 5 * k : 0; // 六五 1981 … 九五 1996
        }
        return 0;
    }

    /** N of 过去五年, 五年来, 这五年, 5年 (the last such phrase), or 0. */
    private static int yearsNamed(String s) {
        return lastYearCount(s, (t, i) -> i + 1 < t.length() && (t.charAt(i + 1) == '来' || t.charAt(i + 1) == '间')
                || i >= 2 && (t.charAt(i - 2) == '去' || t.charAt(i - 2) == '这' || t.charAt(i - 2) == '近' || t.charAt(i - 2) == '的')
                || Character.isDigit(t.charAt(i - 1)));
    }

    /**
     * N of 今后五年, 未来五年 (years ahead from the plan year; the last such phrase), or 0. Not 五年内,
     * which may mean the years of a plan begun before the report (a plan report of 1955 on 1953–1957).
     */
    private static int yearsAhead(String s) {
        return lastYearCount(s, (t, i) -> i >= 3 && (t.startsWith("今后", i - 3) || t.startsWith("未来", i - 3)));
    }

    /** N (2 to MAX_YEARS) of the last "N年" in {@code s}, not part of a year (2025年), where {@code said} holds at its 年; or 0. */
    private static int lastYearCount(String s, java.util.function.BiPredicate<String, Integer> said) {
        int n = 0;
        for (int i = s.indexOf('年'); i >= 1; i = s.indexOf('年', i + 1)) {
            int k = numeral(s.charAt(i - 1));
            boolean alone = i < 2 || numeral(s.charAt(i - 2)) < 0; // not 2025年
            if (k >= 2 && k <= MAX_YEARS && alone && said.test(s, i)) {
                n = k;
            }
        }
        return n;
    }

    /**
     * The last year of a plan that begins with the plan year or later, when a section title names it
     * and not the plan year itself or its opening ({@link Role#PLAN_OPENING}): the targets under
     * “十五五”时期主要目标任务 are for 2030 (under 推动“十五五”开好局 they are the year's). Null otherwise.
     */
    static Integer planEndOfSection(String titles, int planYear) {
        if (titles.isEmpty() || titles.contains(planYear + "年") || Lexicon.words(Role.PLAN_OPENING).occursIn(titles)) {
            return null;
        }
        int[] span = planNamed(titles);
        return span != null && span[0] >= planYear && span[1] - planYear <= MAX_AHEAD ? span[1] : null;
    }

    /**
     * The review openers of {@code text[from, to)} (one line), in text order: each {position, first
     * year, last year} for an opener of several years ending with {@code year} ({@link Role#REVIEW_YEARS}:
     * 这五年, “十四五”时期), {position, -1, -1} for an opener of one year ({@link Role#REVIEW_YEAR}:
     * 过去一年, 全年) or the year itself (2025年) and for several years that end elsewhere. Read once per line.
     */
    static java.util.List<int[]> reviewMarks(String text, int from, int to, int year) {
        java.util.List<int[]> marks = new java.util.ArrayList<>();
        for (WordList.Match m : matches(Lexicon.words(Role.REVIEW_YEARS), text, from, to)) {
            if (comparedWith(text, from, m.index())) {
                continue; // 高价值发明专利较“十三五”时期增长148%: the base of a comparison opens no review
            }
            int[] plan = planNamed(m.word());
            int n = plan == null ? yearsNamed(m.word()) : 0;
            int[] span = plan != null ? (plan[1] == year ? plan : null) : n >= 2 ? new int[] {year - n + 1, year} : null;
            marks.add(span == null ? new int[] {m.index(), -1, -1} : new int[] {m.index(), span[0], span[1]});
        }
        for (WordList.Match m : matches(Lexicon.words(Role.REVIEW_YEAR), text, from, to)) {
            marks.add(new int[] {m.index(), -1, -1});
        }
        String own = year + "年";
        String line = text.substring(from, to); // (a search of the whole text per line would be quadratic)
        for (int at = line.indexOf(own); at >= 0; at = line.indexOf(own, at + own.length())) {
            marks.add(new int[] {from + at, -1, -1});
        }
        marks.sort((a, b) -> Integer.compare(a[0], b[0]));
        return marks;
    }

    /** Whether the words before {@code at} (after {@code from}, an opening quote skipped) make what follows a comparison's base ({@link Role#COMPARED_TO}). */
    private static boolean comparedWith(String text, int from, int at) {
        int end = at > from && text.charAt(at - 1) == '“' ? at - 1 : at;
        return Lexicon.words(Role.COMPARED_TO).suffixOf(text.substring(Math.max(from, end - 2), end)) != null;
    }

    /** Whether a review opener of {@code marks} comes before {@code at} and after {@code notBefore}. */
    static boolean anyReviewBefore(java.util.List<int[]> marks, int at, int notBefore) {
        for (int[] m : marks) {
            if (m[0] >= notBefore && m[0] < at) {
                return true;
            }
        }
        return false;
    }

    /** Every occurrence of a word of {@code words} in {@code text[from, to)}, left to right. */
    private static java.util.List<WordList.Match> matches(WordList words, String text, int from, int to) {
        java.util.List<WordList.Match> out = new java.util.ArrayList<>();
        for (int at = from; at < to; ) {
            WordList.Match m = words.find(text, at, to);
            if (m == null) {
                break;
            }
            out.add(m);
            at = m.index() + m.word().length();
        }
        return out;
    }

    /** The years named by the last of the {@code marks} before {@code at} (after {@code notBefore}), or null. */
    static int[] lastReview(java.util.List<int[]> marks, int at, int notBefore) {
        int lo = 0;
        int hi = marks.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (marks.get(mid)[0] < at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || marks.get(found)[0] < notBefore || marks.get(found)[1] < 0) {
            return null;
        }
        int[] m = marks.get(found);
        return new int[] {m[1], m[2]};
    }

    /** A later year the sentence sets the target for: 到2030年, 2027年底, “十五五”末; or null. */
    static Integer targetYear(String sentence, int planYear) {
        Integer found = null;
        for (int i = sentence.indexOf('年'); i >= 4; i = sentence.indexOf('年', i + 1)) {
            int y = fourDigits(sentence, i - 4);
            if (y <= planYear || y > planYear + MAX_AHEAD) {
                continue;
            }
            boolean by = i >= 5 && (sentence.charAt(i - 5) == '到' || sentence.charAt(i - 5) == '至');
            boolean end = sentence.startsWith("底", i + 1) || sentence.startsWith("末", i + 1) || sentence.startsWith("前", i + 1);
            if (by || end || bareYear(sentence, i - 4, i + 1)) {
                found = y;
            }
        }
        int centuryEnd = (planYear / 100 + 1) * 100;
        if (sentence.contains("本世纪末") && centuryEnd - planYear <= MAX_AHEAD) {
            found = centuryEnd; // 到本世纪末 in a report of 1988: 2000
        }
        for (int i = sentence.indexOf('五'); i >= 0; i = sentence.indexOf('五', i + 1)) {
            int start = planStart(sentence, i);
            int after = i + 1 < sentence.length() && (sentence.charAt(i + 1) == '”' || sentence.charAt(i + 1) == '"') ? i + 2 : i + 1;
            if (start > planYear - 5 && (sentence.startsWith("末", after) || sentence.startsWith("期末", after))) {
                found = start + 4;
            }
        }
        return found;
    }

    /**
     * Whether the year {@code s[from, after)} (2000年) stands alone as the time of what follows
     * (2000年粮食总产量要达到…, 人口2000年要控制在…): not a start (从2027年起), a base (比2027年), a
     * stretch (2026—2030年, 2027年以来) or the year of a noun (2027年的水平, 2027年计划).
     */
    private static boolean bareYear(String s, int from, int after) {
        return Lexicon.words(Role.YEAR_NOT_AFTER).suffixOf(s.substring(Math.max(0, from - 2), from)) == null
                && Lexicon.words(Role.YEAR_NOT_BEFORE).wordAt(s, after) == null;
    }

    private static int fourDigits(String s, int from) {
        int y = 0;
        for (int k = from; k < from + 4; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            y = y * 10 + (c - '0');
        }
        return from > 0 && Character.isDigit(s.charAt(from - 1)) ? -1 : y;
    }

    /**
     * The value 0 to 10 of a one-character numeral (5, 五, 两, 十), or -1: read by core's numeral
     * reader ({@link Quantities#parseNumber}), which alone knows the numeral characters.
     */
    private static int numeral(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0'; // the common case (2025年), without a reader
        }
        if (c < '\u3007') {
            return -1; // below every Chinese numeral char
        }
        BigDecimal v = Quantities.parseNumber(String.valueOf(c)).orElse(null);
        return v == null || v.signum() < 0 || v.compareTo(BigDecimal.TEN) > 0 ? -1 : v.intValue();
    }
}
