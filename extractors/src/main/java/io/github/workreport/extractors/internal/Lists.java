package io.github.workreport.extractors.internal;

import io.github.workreport.Comparison;
import io.github.workreport.quantity.QuantityMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage {@code list}: lists of values and subjects. A list of numbers shares the unit written on
 * its last one; a 分别 clause or a value list distributes its subjects over its values; a
 * comparator written once before the first value governs the values of the list without one.
 */
final class Lists {

    private Lists() {
    }

    static boolean isListGap(String gap) {
        return gap.equals("、") || gap.equals("和");
    }

    /** How many quantities from {@code qi} on are joined by 、 or 和 alone, with one unit (1 when none follows). */
    static int valueListLength(String sentence, List<QuantityMatch> found, int qi) {
        int n = 1;
        String unit = found.get(qi).quantity().unit();
        for (int k = qi; k + 1 < found.size(); k++) {
            String gap = sentence.substring(found.get(k).end(), found.get(k + 1).start());
            if (!isListGap(gap) || !found.get(k + 1).quantity().unit().equals(unit)) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * A list of numbers written with the unit on the last one only (1409万、1305万人次):
     * each number without a unit that a list separator joins to the next takes that one's unit; so does a
     * count of 个 before points (高于全国3.4个和1.2个百分点: 个 is the first half of 个百分点).
     */
    static List<QuantityMatch> shareUnits(String sentence, List<QuantityMatch> found) {
        List<QuantityMatch> out = null;
        for (int i = found.size() - 2; i >= 0; i--) {
            QuantityMatch m = found.get(i);
            QuantityMatch next = (out == null ? found : out).get(i + 1);
            String unit = next.quantity().unit();
            String own = m.quantity().unit();
            boolean countBeforePoints = unit.equals("pp") && own.length() == 1 && own.charAt(0) == '个'; // 3.4个和1.2个百分点
            if (!own.isEmpty() && !countBeforePoints || unit.isEmpty() || Lexicon.set(Role.DURATION_UNIT).contains(unit)
                    || !Character.isDigit(sentence.charAt(m.numberStart()))) {
                continue;
            }
            String gap = sentence.substring(m.end(), next.start());
            if (gap.equals("、") || gap.equals("和") || gap.equals("与") || gap.equals("及")) {
                if (out == null) {
                    out = new ArrayList<>(found);
                }
                out.set(i, Candidates.withUnit(m, unit));
            }
        }
        return out == null ? found : out;
    }

    /**
     * The indicators of a list of whole indicators joined by 、 that one value is written for without
     * 分别 or 均 (学前教育毛入园率、高中毛入学率超过93%, 社会消费品零售总额、固定资产投资增长4%左右: each has it; a rate,
     * not an amount, which may be the list's total), or null: every part has at least
     * {@value #MIN_WHOLE} characters and ends as a rate or an amount does (率, 数, 量, 额, 值, 度, 比, 重, 投资, 收入),
     * so that none shares a head with the others (钢铁、食品加工产业 is one total).
     */
    static List<String> wholeIndicators(String indicator, Measures.Measured floor) {
        if (indicator.indexOf('、') < 0) {
            return null;
        }
        boolean each = floor != null && floor.measure() == io.github.workreport.Measure.GROWTH
                && (floor.quantity().comparison() == Comparison.GE || floor.quantity().comparison() == Comparison.GT);
        List<String> parts = SubjectLists.byListMark(indicator);
        if (each) {
            parts = SubjectLists.expand(indicator, parts.size()); // with the head they share (A、B产业增加值)
        }
        for (String t : parts) {
            if (each ? t.length() < 2 : t.length() < MIN_WHOLE || !endsAsAMeasure(t.charAt(t.length() - 1))) {
                return null;
            }
        }
        return parts.size() >= 2 ? parts : null;
    }

    private static boolean endsAsAMeasure(char c) {
        return switch (c) {
            case '率', '数', '量', '额', '值', '度', '比', '重', '资', '入' -> true;
            default -> false;
        };
    }

    private static final int MIN_WHOLE = 4;

    /**
     * Distributes the subject list of a 分别 clause over the items of its group; a 分别 clause
     * without a subject of its own ({@code ""}) refers back to the last subjects named before it in
     * the sentence: 城镇居民人均可支配收入11759元，农村居民人均纯收入3587元，分别比上年实际增长10.4%和7.4%.
     */
    static void distribute(List<Item> items, int groupStart, String subject, String rule, String sentence, int s) {
        int n = items.size() - groupStart;
        if (n == 1) {
            shareOneValue(items, groupStart, subject, rule);
            return;
        }
        if (n < 2) {
            return;
        }
        shareLeadingComparison(items, groupStart, sentence, s);
        List<String> subjects = subject.isEmpty() ? earlierSubjects(items, groupStart, n) : SubjectLists.expand(subject, n);
        if (subjects.size() != n) {
            return;
        }
        for (int k = 0; k < n; k++) {
            Item it = items.get(groupStart + k);
            items.set(groupStart + k, it.with(subjects.get(k), it.quantity, rule));
        }
    }

    /**
     * 城乡居民人均可支配收入分别增长7.5%, 新增就业和再就业分别完成目标任务的117%: one value after
     * 分别 over a subject that names several gives each of them the value (as 均 does). The subject
     * is read as a list of two or three.
     */
    private static void shareOneValue(List<Item> items, int at, String subject, String rule) {
        for (int k = 2; k <= 3; k++) {
            // 城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%: the subjects named before
            List<String> subjects = subject.isEmpty() ? (k == 2 ? earlierSubjects(items, at, k) : List.of())
                    : SubjectLists.expand(subject, k);
            if (subjects.size() == k) {
                Item it = items.remove(at);
                for (String sub : subjects) {
                    items.add(at++, it.with(sub, it.quantity, rule));
                }
                return;
            }
        }
    }

    /**
     * 分别超过2%、5%: a comparator written once before the first value of a 分别 list governs the
     * values that have none of their own. One written after the last value is that value's alone
     * (分别增长4.5%、5.5%左右: 4.5 eq, 5.5 approx), as the annotators of real reports read it.
     */
    static void shareLeadingComparison(List<Item> items, int groupStart, String sentence, int s) {
        Item first = items.get(groupStart);
        if (first.quantity == null || first.quantity.comparison() == Comparison.EQ
                || endsWithComparatorWord(sentence.substring(first.start - s, first.end - s))) {
            return;
        }
        for (int k = groupStart + 1; k < items.size(); k++) {
            Item it = items.get(k);
            if (it.quantity != null && it.quantity.comparison() == Comparison.EQ && it.quantity.unit().equals(first.quantity.unit())
                    && !endsWithComparatorWord(sentence.substring(it.start - s, it.end - s))) {
                items.set(k, it.with(it.indicator, it.quantity.withComparison(first.quantity.comparison()), it.rule));
            }
        }
    }

    static boolean endsWithComparatorWord(String t) {
        return Lexicon.words(Role.COMPARATOR_WORD).suffixOf(t) != null;
    }

    /** The last {@code n} distinct subjects of items[0, end), in text order, or fewer when there are not as many. */
    static List<String> earlierSubjects(List<Item> items, int end, int n) {
        List<String> out = new ArrayList<>();
        for (int k = end - 1; k >= 0 && out.size() < n; k--) {
            String ind = items.get(k).indicator;
            if (!ind.isEmpty() && !out.contains(ind)) {
                out.add(0, ind);
            }
        }
        return out;
    }
}
