package io.github.workreport.extractors.internal;

import io.github.workreport.quantity.QuantityMatch;
import io.github.workreport.spi.Punctuation;
import java.util.List;

/**
 * Stage {@code candidate}: whether a quantity states a figure at all (not a name, rank, date,
 * duration, baseline or modifier), and the figures read from a bare number: an implied unit, the
 * people or the noun a count counts.
 */
final class Candidates {

    private Candidates() {
    }

    /** A number after 第 (a rank), an opening quote (a name: “3820”工程) or 连续 (a duration). */
    static boolean isOrdinalNameOrDuration(String s, int st) {
        if (st > 0) {
            char p = s.charAt(st - 1);
            if (p == '第' || p == '“' || p == '"') {
                return true;
            }
        }
        return st >= 2 && s.startsWith("连续", st - 2);
    }

    /**
     * What a share opening its clause is of (99%乡镇通三级及以上等级公路, 百分之六十的职工增加了工资): the rest
     * of the clause, or null when the share is not alone at the clause's start or nothing follows it.
     */
    static String shareOfNoun(String s, QuantityMatch m, int regionStart) {
        if (!m.quantity().unit().equals("%") || !Indicators.clean(s.substring(regionStart, m.start())).isEmpty()
                || m.end() >= s.length()) {
            return null;
        }
        int from = m.end() + (s.charAt(m.end()) == '的' ? 1 : 0);
        int end = clauseEnd(s, from);
        if (end - from < 4 || end - from > MAX_SHARE_OF || !Character.isIdeographic(s.charAt(from))) {
            return null;
        }
        for (int i = from; i < end; i++) {
            if (Character.isDigit(s.charAt(i)) || s.charAt(i) == '%') {
                return null; // 95%以上的村集体经营性收入超过10万元: the figure after it has the subject; a table row
            }
        }
        String of = Indicators.clean(s.substring(from, end));
        return of.length() >= 4 && !Lexicon.words(Role.GROWTH).occursIn(of) ? of : null; // (not 5.5%左右的预期增长目标…)
    }

    /** Numerals that alone make a round number after a comparator (突破百条, 超千家, 突破万列). */
    private static final String ROUND_NUMBERS = "百千万";

    /** The longest clause read as what a share opening it is of. */
    private static final int MAX_SHARE_OF = 30;

    /** Whether a quantity states a figure rather than being a name, rank, date, duration or baseline. */
    static boolean isFigure(String s, QuantityMatch m) {
        return notFigure(s, m) == null;
    }

    /** The rule that makes a quantity no figure (a name, rank, date, duration or baseline), or null for a figure. */
    static String notFigure(String s, QuantityMatch m) {
        String unit = m.quantity().unit();
        if (unit.isEmpty() && !Ratios.isRatio(s, m)) {
            return Rules.NO_UNIT;
        }
        if (Lexicon.set(Role.DURATION_UNIT).contains(unit) && !lifeExpectancy(s, m, unit)
                && Lexicon.words(Role.DURATION_CHANGE).suffixOf(s.substring(Math.max(0, m.start() - 4), m.start())) == null) {
            // (同比减少8.9小时, 缩短至15天: a duration changed is a figure)
            return Rules.DURATION;
        }
        if (unit.equals("位") && !countOfPeople(s, m)) {
            return Rules.RANK; // 位 alone is a rank (居全国前10位, 排名提升6位); 9位科学家 is read as a count
        }
        if (isOrdinalNameOrDuration(s, m.start())) {
            return Rules.ORDINAL_OR_NAME;
        }
        if (AmountNouns.countsIndicators(s, m)) {
            return Rules.INDICATOR_COUNT;
        }
        if (m.start() > 0 && s.charAt(m.start() - 1) == '每') {
            return Rules.PER_BASE; // 每50公斤提高3元, 每10万人刑事案件数: the base of a rate
        }
        if (m.numberEnd() - m.numberStart() == 1 && !Character.isDigit(s.charAt(m.numberStart()))
                && !unit.equals("%") && !unit.equals("pp") && !unit.equals("倍")
                && !(m.start() < m.numberStart() && ROUND_NUMBERS.indexOf(s.charAt(m.numberStart())) >= 0)) {
            // (but 突破百条, 超千家: a round number after a comparator is a figure)
            return Rules.NUMBER_WORD; // 三元, 两个台阶, 六项任务: words and programme names, not figures
        }
        int en = m.end();
        if (en >= s.length()) {
            return null;
        }
        if (isBaseline(s, m)) {
            return Rules.BASELINE;
        }
        char c = s.charAt(en);
        char before = m.numberStart() > 0 ? s.charAt(m.numberStart() - 1) : ' ';
        if (unit.length() == 1 && unit.charAt(0) == '倍' && s.charAt(m.numberStart()) == '翻' && before != '个' && before != '双') {
            return null; // 进出口总值翻番达到2206亿元: a doubling is a figure whatever follows it (not “六个翻番”, a slogan)
        }
        if (!Character.isIdeographic(c)) {
            // 10个“二线口岸”: a count of a quoted name
            return c != '强' && c != '"' && c != '”' && c != '“' ? null : Rules.MODIFIER;
        }
        // a quantity followed by a noun is a modifier (超500万元项目, 过百亿元企业, 13户驻盘央企)
        return Lexicon.words(Role.FIGURE_FOLLOWER).wordAt(s, en) != null && Lexicon.words(Role.COUNTED_NOT_FOLLOWER).wordAt(s, en) == null
                ? null : Rules.MODIFIER; // (1000个和美乡村: a noun that opens with 和)
    }

    /**
     * Whether a number of 位 is a count of people reached (两院院士增至93位): right after a word of a
     * level reached ({@link Role#TO_WORD}, two characters or more), with no word of rank in its clause before.
     */
    private static boolean countOfPeople(String s, QuantityMatch m) {
        if (m.numberStart() != m.start()) {
            return false; // 前10位, 第3位
        }
        String to = Lexicon.words(Role.TO_WORD).suffixOf(s.substring(Math.max(0, m.start() - MAX_TO_WORD), m.start()));
        if (to == null || to.length() < 2) {
            return false;
        }
        int from = Subjects.lastBoundary(s, m.start());
        return Lexicon.words(Role.RANK_VERB).find(s, Math.max(0, from), m.start()) == null;
    }

    private static final int MAX_TO_WORD = 3;

    /**
     * The unit of a count written without one (农村贫困人口减少1240万, 移动通信用户3.4亿): a number with
     * a multiplier at the end of its clause whose subject names people or households; null otherwise.
     */
    static String impliedUnit(String s, QuantityMatch m, int regionStart) {
        if (!m.quantity().unit().isEmpty() || m.quantity().value() == null || m.end() < s.length()
                && !Punctuation.endsClause(s.charAt(m.end())) && s.charAt(m.end()) != '、'
                && Lexicon.words(Role.THRESHOLD_NOUN).wordAt(s, m.end()) == null) { // (迈上5万亿台阶)
            return null;
        }
        if (!hasMultiplier(s, m)) {
            return null; // a bare 12 is no count
        }
        String subject = Indicators.clean(s.substring(regionStart, m.start()));
        for (Lexicon.Pair h : Lexicon.pairs(Lexicon.Relation.IMPLIED_UNIT)) {
            if (subject.endsWith(h.word())) {
                return h.value();
            }
        }
        return null;
    }

    /** Whether the number is written with 万 or 亿 at its end (1240万, 6800多万, 3.4亿). */
    static boolean hasMultiplier(String s, QuantityMatch m) {
        int e = m.numberEnd();
        char last = s.charAt(e - 1);
        char before = e >= 2 ? s.charAt(e - 2) : 0;
        return last == '万' || last == '亿' || before == '万' || before == '亿';
    }

    /**
     * A bare count with a multiplier followed by the people it counts (6600多万纳税人受益,
     * 8000多万农业转移人口成为城镇居民): {noun, unit}, or null.
     */
    static String[] countedPeople(String s, QuantityMatch m, int nextQuantity) {
        if (!m.quantity().unit().isEmpty() || m.quantity().value() == null || m.end() >= s.length()
                || !Character.isIdeographic(s.charAt(m.end())) || s.charAt(m.end()) == '的') {
            return null;
        }
        if (!hasMultiplier(s, m)) {
            return null;
        }
        int end = clauseEnd(s, m.end());
        if (end > nextQuantity || end - m.end() < 2 || end - m.end() > 20) {
            return null;
        }
        String rest = s.substring(m.end(), end);
        for (Lexicon.Pair h : Lexicon.pairs(Lexicon.Relation.IMPLIED_UNIT)) {
            int at = rest.indexOf(h.word());
            int after = at + h.word().length();
            if (at >= 0 && after <= 8 && !(after < rest.length() && "的县市区国大以".indexOf(rest.charAt(after)) >= 0)) {
                // (not 13亿多人口的大国, 20万人口县, 500万人口以上城市: a size that describes a place)
                String noun = Indicators.clean(rest);
                return noun.length() >= 2 ? new String[] {noun, h.value()} : null;
            }
        }
        return null;
    }

    /** 人均预期寿命达到79岁: an age that is the figure itself, not a duration. */
    static boolean lifeExpectancy(String s, QuantityMatch m, String unit) {
        boolean age = unit.equals("岁"); // (its subject further back: 人均预期寿命较2020年提高1.16岁、达到79.72岁)
        String before = s.substring(Math.max(0, m.start() - (age ? AGE_SUBJECT_BACK : 10)), m.start());
        if (!age) {
            // 劳动年龄人口平均受教育年限达到11.7年: a measure counted in years ({@link Role#YEARS_MEASURE})
            return unit.length() == 1 && unit.charAt(0) == '年' && Lexicon.words(Role.YEARS_MEASURE).occursIn(before);
        }
        return before.contains("寿命") || before.contains("年龄");
    }

    /** How far back an age's subject (寿命) is looked for when it is not right before the figure. */
    private static final int AGE_SUBJECT_BACK = 24;

    /**
     * Whether the quantity at {@code at} opens a work in a list of works after a verb:
     * 完成25公里供热管线改造, 完成178座燃煤锅炉拆改、25公里供热管线改造, 新建提升310公里农村公路 (the
     * clause opens with the verb or verbs, the quantity follows them or a 、).
     */
    static boolean inWorkList(String s, int at) {
        int from = Subjects.lastBoundary(s, at);
        String clause = s.substring(from, at).strip();
        if (clause.isEmpty()) {
            return false;
        }
        int verbs = 0; // where the verbs end: 新建提升, 提升改造 are verbs of works joined
        for (int guard = 0; guard < 4; guard++) {
            String verb = Lexicon.words(Role.WORK_VERB).wordAt(clause, verbs);
            if (verb == null) {
                break;
            }
            verbs += verb.length();
            if (verbs == clause.length()) {
                return true;
            }
        }
        char last = clause.charAt(clause.length() - 1);
        return verbs > 0 && (last == '、' || last == '和' || last == '及');
    }

    /**
     * The noun a count is followed by, when nothing else in its clause is a figure: 办好12件民生实事
     * → 民生实事; 4家企业入选中国民营企业500强 → 企业 (the noun ends where its predicate starts, see {@link #nounEnd}). Null when the quantity is a
     * modifier of a longer subject (13户驻盘央企产值占比达到46.1%) or not a count.
     */
    static String countedNoun(String s, QuantityMatch m, QuantityMatch next) {
        return countedNounAt(s, m, m.end(), next);
    }

    /**
     * The noun a count is followed by after the specification right after it (建成20个500千伏输变电工程,
     * 3座35万千瓦光热电站 → 输变电工程, 光热电站), or null when no specification follows the count.
     */
    static String countedAfterSpecification(String s, QuantityMatch m, QuantityMatch next) {
        if (next == null || next.start() != m.end() || next.end() >= s.length() || !Character.isIdeographic(s.charAt(next.end()))
                || next.quantity().isRange() || next.quantity().comparison() != io.github.workreport.Comparison.EQ
                || next.quantity().unit().isEmpty() || Lexicon.set(Role.COUNT_UNIT).contains(next.quantity().unit())) {
            // (not 超50万名3岁以下婴幼儿: an age bound; not 13.07万户46万群众: two counts)
            return null;
        }
        return countedNounAt(s, m, next.end(), null);
    }

    private static String countedNounAt(String s, QuantityMatch m, int at, QuantityMatch next) {
        int nextQuantity = next == null ? s.length() : next.start();
        boolean unit = Lexicon.set(Role.COUNT_UNIT).contains(m.quantity().unit())
                || Lexicon.set(Role.WORK_UNIT).contains(m.quantity().unit()) && inWorkList(s, m.start())
                && m.quantity().comparison() == io.github.workreport.Comparison.EQ; // not 5公里以内便民生活圈: a radius
        if (!unit || m.quantity().isRange() || at >= s.length()
                || !Character.isDigit(s.charAt(m.numberStart())) && Lexicon.words(Role.NUMBERED_WORK).wordAt(s, at) == null
                // (六项重点任务, 十大战略: programme names; but 十件民生实事 is a count)
                || !(Character.isIdeographic(s.charAt(at)) || s.charAt(at) == '“') || s.charAt(at) == '的') {
            return null;
        }
        if (isOrdinalNameOrDuration(s, m.start())) {
            return null;
        }
        int end = at + countedEnd(s, at);
        if (next != null && end > nextQuantity && nextQuantity - at <= 4 && Lexicon.set(Role.COUNT_UNIT).contains(next.quantity().unit())
                && allIdeographic(s, at, nextQuantity)) {
            // 开展21个主题133项文旅商融合促消费活动: 21 themes of the activities the next count counts
            String of = Indicators.clean(s.substring(next.end(), Math.min(clauseEnd(s, next.end()), next.end() + 20)));
            String between = s.substring(at, nextQuantity);
            char last = between.charAt(between.length() - 1);
            if (last == '和' || last == '与' || last == '及') {
                // 3个万亿级和7个千亿级产业集群: a list sharing the next noun's head
                int head = SubjectLists.headStart(of);
                String mod = between.substring(0, between.length() - 1);
                return head > 0 && mod.length() >= 2 ? mod + of.substring(head) : null;
            }
            boolean verb = between.indexOf('有') >= 0 || between.indexOf('是') >= 0 || between.indexOf('为') >= 0;
            return of.length() >= 2 && !verb ? of + between : null; // not 27个行业有38个…
        }
        if (next != null && end > nextQuantity && nextQuantity - 1 > at
                && "和及与".indexOf(s.charAt(nextQuantity - 1)) >= 0 && "惠涉普遍触顾危波".indexOf(s.charAt(nextQuantity - 2)) < 0
                && allIdeographic(s, at, nextQuantity - 1) // (惠及, 涉及: a verb, not a list)
                && (Lexicon.set(Role.COUNT_UNIT).contains(next.quantity().unit())
                        || Lexicon.set(Role.WORK_UNIT).contains(next.quantity().unit()) && inWorkList(s, next.start()))) {
            // 新建7家高质量概念验证平台和6家高质量孵化器, 改造210公里农村公路和120万平方米村内道路: a list of
            // counts or works, each noun ending at the 和 before the next
            end = nextQuantity - 1;
        }
        boolean bracket = end < s.length() && s.charAt(end) == '(';
        if (end > nextQuantity || end - at < 2 || end - at > 20 || bracket && clauseEnd(s, end) > nextQuantity) {
            // the noun runs on past a bracket to the clause's figure: 74个重点城市细颗粒物(PM2.5)年均浓度下降9.1%
            return null;
        }
        end = at + nounEnd(s.substring(at, end));
        String noun = Indicators.clean(s.substring(at, end).replace("“", "").replace("”", "")); // 10个“二线口岸”
        if (noun.equals("重点")) {
            return null; // 抓好3个重点 (but 500个重点项目, 2家全国重点实验室 are counts)
        }
        for (String w : Lexicon.list(Role.PROGRAMME_WORD)) {
            if (noun.startsWith(w)) {
                return null; // 重点把握好5个方面: a count that structures the text, not a figure
            }
        }
        if (Lexicon.words(Role.INDICATOR_NOUN).suffixOf(noun) != null) {
            return null; // 提出6项指标: the size of a plan's list of indicators
        }
        return noun.length() >= 2 ? noun : null; // 12个项目获国家科学技术奖: 项目 (the honour is in the item's text)
    }

    /**
     * Where the counted noun ends in {@code rest} (the clause after the count): before the first word
     * that starts its predicate, when at least two characters of noun come first (8家全国重点实验室落户河北
     * → 全国重点实验室; 85个口袋公园等建成开放 → 口袋公园), else the whole rest.
     */
    static int nounEnd(String rest) {
        WordList predicates = Lexicon.words(Role.COUNTED_PREDICATE);
        for (int i = 2; i < rest.length(); i++) {
            if (predicates.wordAt(rest, i) != null) {
                return rest.charAt(i - 1) == '等' && i > 3 ? i - 1 : i;
            }
        }
        return rest.length();
    }

    static boolean allIdeographic(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isIdeographic(s.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    /** Where the clause holding {@code from} ends: see {@link Punctuation#clauseEnd}. */
    static int clauseEnd(String s, int from) {
        return Punctuation.clauseEnd(s, from);
    }

    /**
     * Length of the clause rest after a count: up to the clause's end, a 、, a colon, a bracket or a
     * straight quote, or the end (a quoted name “…” inside it stays). A narrower cut than a clause:
     * the noun counted ends at the first of these.
     */
    static int countedEnd(String s, int from) {
        int i = from;
        while (i < s.length() && !Punctuation.endsClause(s.charAt(i)) && "、:()\"".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i - from;
    }

    /**
     * Baselines in a list before the figures they grew to: 分别从209元、280元提高到217元、290元 — every
     * number joined by 、/和 to a baseline (or to such a number) is a baseline too.
     */
    static boolean[] listedBaselines(String sentence, List<QuantityMatch> found) {
        boolean[] out = new boolean[found.size()];
        for (int i = found.size() - 1; i >= 0; i--) {
            QuantityMatch m = found.get(i);
            if (isBaseline(sentence, m)) {
                out[i] = true;
            } else if (i + 1 < found.size() && out[i + 1]) {
                out[i] = Lists.isListGap(sentence.substring(m.end(), found.get(i + 1).start()));
            }
        }
        return out;
    }

    /** A baseline followed by the figure it grew to: 由年初的1301个调增至2413个, 从A元和B元分别提高到…. */
    static boolean isBaseline(String s, QuantityMatch m) {
        int at = m.quantity().unit().isEmpty() ? Ratios.endOfRatio(s, m.numberStart()) : m.end(); // (由8.7∶41.2∶50.1调整为)
        if (s.startsWith("分别", at)) {
            at += 2;
        }
        return Lexicon.words(Role.TO_WORD).wordAt(s, at) != null;
    }


    static QuantityMatch withUnit(QuantityMatch m, String unit) {
        return new QuantityMatch(m.start(), m.end(), m.numberStart(), m.numberEnd(), m.quantity().withUnit(unit));
    }
}
