package io.github.workreport.extractors.internal;

import io.github.workreport.quantity.Quantities;
import io.github.workreport.quantity.QuantityMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The numeric figures of one sentence, quantity by quantity in text order, through the stages:
 * {@link Candidates} (is it a figure?), the clause before it (its verb and subject, {@link Subjects}),
 * {@link Lists} (a 分别 group or a value list distributed over its subjects) and {@link Measures}
 * (measure and sign). A subject is carried to the next figures of the sentence until a clause
 * names another; the verb of a value list governs the values after it.
 */
final class SentenceFigures {

    private final String sentence;
    /** The sentence's start in the normalized text. */
    private final int s;
    private final Trace trace;
    private final List<QuantityMatch> found;
    private final boolean[] listedBaseline;
    private final List<Item> items = new ArrayList<>();
    /** End of the last figure read, in the sentence. */
    private int prevEnd = 0;
    /** The subject of the figures before, carried to a figure whose clause names none. */
    private String carried = null;
    /** Whether the subject just read is a ratio or margin of the carried one (it is not carried on). */
    private boolean relative;
    private Verb prevVerb = null;
    /** Index in items where a 分别 group or a value list starts, or -1. */
    private int groupStart = -1;
    private String groupSubject = null;
    private String groupRule = null;
    /** Start of a skipped baseline (由年初的1301个调增至…), or -1. */
    private int baseline = -1;
    /** The budget account named last in the paragraph. */
    private final BudgetAccounts.Memory accounts;

    /** A quantity taken as a figure: the match (perhaps with an implied unit), its rule and the noun it counts, if any. */
    private record Candidate(QuantityMatch match, String rule, String counted) {
    }

    private SentenceFigures(String sentence, int s, Trace trace, BudgetAccounts.Memory accounts) {
        this.sentence = sentence;
        this.s = s;
        this.trace = trace;
        this.accounts = accounts;
        List<QuantityMatch> scanned = Quantities.find(sentence);
        List<QuantityMatch> withRatios = Ratios.withRatios(sentence, scanned);
        if (withRatios != scanned && trace.on()) {
            for (QuantityMatch q : scanned) {
                if (!withRatios.contains(q)) {
                    trace.setAside(s + q.start(), s + q.end(), Rules.RATIO_PART, null, q.quantity()); // every quantity has a decision
                }
            }
        }
        this.found = Lists.shareUnits(sentence, withRatios);
        this.listedBaseline = Candidates.listedBaselines(sentence, found);
    }

    /**
     * The figures of {@code sentence}, which starts at normalized offset {@code s}; {@code accounts}
     * holds the budget account named last in its paragraph.
     */
    static List<Item> read(String sentence, int s, Trace trace, BudgetAccounts.Memory accounts) {
        SentenceFigures r = new SentenceFigures(sentence, s, trace, accounts);
        for (int qi = 0; qi < r.found.size(); qi++) {
            r.readQuantity(qi);
        }
        if (r.groupStart >= 0) {
            Lists.distribute(r.items, r.groupStart, r.groupSubject, r.groupRule, sentence, s);
        }
        return r.items;
    }

    private void readQuantity(int qi) {
        QuantityMatch m = found.get(qi);
        if (listedBaseline[qi]) {
            if (baseline < 0) {
                baseline = m.start();
            }
            trace.setAside(s + m.start(), s + m.end(), Candidates.isBaseline(sentence, m) ? Rules.BASELINE : Rules.BASELINE_LISTED,
                    null, m.quantity());
            return;
        }
        int regionStart = Math.max(prevEnd, Subjects.lastBoundary(sentence, m.start()));
        Candidate c = candidate(qi, m, regionStart);
        if (c == null) {
            return;
        }
        c = withSharedNoun(qi, c, regionStart);
        m = c.match();
        String counted = c.counted();
        int regionEnd = m.start();
        if (baseline >= regionStart && baseline < regionEnd) {
            int from = Math.max(sentence.lastIndexOf('由', baseline), sentence.lastIndexOf('从', baseline));
            regionEnd = from >= regionStart ? from : baseline;
        }
        baseline = -1;
        String raw = sentence.substring(regionStart, regionEnd);
        String beforeColon = null;
        int colon = raw.lastIndexOf(':');
        if (colon >= 0) {
            beforeColon = raw.substring(0, colon);
            raw = raw.substring(colon + 1);
        }
        // 分别 in the clause, or between its baselines and the figures (从A元和B元分别提高到…)
        boolean respectively = raw.contains("分别") || sentence.substring(regionEnd, m.start()).contains("分别");
        Verb verb = Verb.of(NameMarks.joinSpacedHan(raw)); // (增  长 of a letter-spaced line)
        boolean hedgeOnly = prevVerb != null && Lexicon.set(Role.HEDGE).contains(Indicators.trimPunct(raw));
        if (prevVerb != null && (hedgeOnly || counted == null // a count names its own noun: 243个重点项目建成投产
                && Indicators.trimPunct(raw).replace("和", "").replace("及", "").replace("与", "").isEmpty())) {
            // 分别增长5.5%左右和6.5%以上: the verb governs the whole list; 增长6%，力争7%: and the hedged value
            verb = prevVerb;
        }
        prevVerb = verb;
        String indicator = subject(raw, beforeColon, counted, regionStart);
        indicator = byPurpose(indicator, m, raw, counted, regionStart);
        BudgetAccounts.Resolved account = counted == null && !relative && !indicator.isEmpty()
                ? BudgetAccounts.resolve(indicator, accounts, m.quantity().unit()) : null;
        if (account != null) {
            indicator = account.indicator(); // 支出年初预算合计 → 一般公共预算支出年初预算
        }
        boolean own = !indicator.isEmpty();
        indicator = group(qi, m, raw, indicator, counted, hedgeOnly, respectively);
        if (account != null) {
            carried = account.carried(); // the account alone goes on to 实际完成…, 为调整预算的…
        }
        Measures.Measured measured = Measures.of(m.quantity(), verb, raw, sentence, m.start(), m.end(), indicator);
        if (counted != null && measured.measure() == io.github.workreport.Measure.CHANGE && Candidates.inWorkList(sentence, m.start())) {
            measured = new Measures.Measured(measured.quantity(), io.github.workreport.Measure.LEVEL); // 提升改造210公里农村公路: a work's size
        }
        Measures.Subjected led = Measures.afterLeadingVerb(indicator, measured, verb, counted != null);
        addItems(qi, m, c, regionStart, raw, led.indicator(), own, led.measured());
    }

    /**
     * The subject of an allocation named by its purpose (安排34.54亿元支持教育工程建设), or by what it goes to
     * after its verb (投入基本公共卫生…元 → 基本公共卫生), else {@code indicator}.
     */
    private String byPurpose(String indicator, QuantityMatch m, String raw, String counted, int regionStart) {
        boolean money = counted == null && m.quantity().unit().equals("元");
        String purpose = money ? Subjects.purposeSubject(raw, sentence, regionStart, m.end()) : null;
        if (purpose != null) {
            return purpose;
        }
        String verb = money ? Lexicon.words(Role.ALLOCATION_VERB).prefixOf(indicator) : null;
        return verb != null && indicator.length() - verb.length() >= MIN_GOES_TO && !Lexicon.set(Role.HEAD_START).contains(verb)
                ? indicator.substring(verb.length()) // 投入基本公共卫生5,316万元: named by what it goes to (not 资金 alone;
                : indicator; // not a verb that is also a noun: 投资项目…)
    }

    /** Whether {@code at} is inside a bracket of the sentence, opened before it and not closed. */
    private boolean inBrackets(int at) {
        int open = sentence.lastIndexOf('(', at);
        return open >= 0 && sentence.lastIndexOf(')', at) < open;
    }

    /** The shortest name of what an allocation goes to (a longer one than 资金 or 经费). */
    private static final int MIN_GOES_TO = 4;

    /**
     * Whether the quantity {@code m} is a figure: one with a unit that states one, a bare count
     * given its unit, or a count of the noun after it; null (the quantity set aside) otherwise.
     */
    private Candidate candidate(int qi, QuantityMatch m, int regionStart) {
        String notFigure = Candidates.notFigure(sentence, m);
        if (notFigure == null) {
            String spec = Candidates.countedAfterSpecification(sentence, m, qi + 1 < found.size() ? found.get(qi + 1) : null);
            return spec != null ? new Candidate(m, Rules.COUNTED_NOUN, spec) : new Candidate(m, Rules.FIGURE, null);
        }
        if (Candidates.isBaseline(sentence, m) && baseline < 0) {
            baseline = m.start();
        }
        String implied = Candidates.impliedUnit(sentence, m, regionStart);
        String[] people = implied == null ? Candidates.countedPeople(sentence, m, qi + 1 < found.size() ? found.get(qi + 1).start()
                : sentence.length()) : null;
        if (implied != null) {
            return new Candidate(Candidates.withUnit(m, implied), Rules.IMPLIED_UNIT, null);
        }
        if (people != null) {
            // 6600多万纳税人受益: a bare count of the people named after it
            return new Candidate(Candidates.withUnit(m, people[1]), Rules.COUNTED_PEOPLE, people[0]);
        }
        // 办好12件民生实事: the noun after a count names what is counted
        String counted = Candidates.countedNoun(sentence, m, qi + 1 < found.size() ? found.get(qi + 1) : null);
        String fund = counted == null ? AmountNouns.fundNoun(sentence, m) : null;
        if (fund != null) {
            return new Candidate(m, Rules.FUND, fund); // 设立100亿元南疆发展专项资金
        }
        String share = counted == null ? Candidates.shareOfNoun(sentence, m, regionStart) : null;
        String total = counted == null && share == null ? totalOfCount(qi, m, regionStart) : null;
        if (total != null) {
            return new Candidate(m, Rules.TOTAL_OF_COUNT, total); // 总投资2万亿元的389个省重点项目
        }
        if (share != null) {
            return new Candidate(m, Rules.SHARE_OF_NOUN, share); // 95.6%二级及以上公立综合医院为老年人设立…
        }
        if (counted == null) {
            trace.setAside(s + m.start(), s + m.end(), notFigure, null, m.quantity());
            return null;
        }
        return new Candidate(m, Rules.COUNTED_NOUN, counted);
    }

    /**
     * The name of an amount that totals the count after it (抓好总投资2万亿元的389个省重点项目 → 省重点项目总投资):
     * the next count's noun and the word before the amount ({@link Role#TOTAL_WORD}), or null.
     */
    private String totalOfCount(int qi, QuantityMatch m, int regionStart) {
        if (qi + 1 >= found.size() || !m.quantity().unit().equals("元") || m.end() + 1 != found.get(qi + 1).start()
                || sentence.charAt(m.end()) != OF) {
            return null;
        }
        String word = Lexicon.words(Role.TOTAL_WORD).suffixOf(sentence.substring(regionStart, m.start()));
        String noun = word == null ? null
                : Candidates.countedNoun(sentence, found.get(qi + 1), qi + 2 < found.size() ? found.get(qi + 2) : null);
        return noun == null ? null : noun + word;
    }

    private static final char OF = '的';

    /** The candidate with the noun of the next count, when it names none of its own (完成1.8万户、189万平方米棚改任务). */
    private Candidate withSharedNoun(int qi, Candidate c, int regionStart) {
        if (c.counted() != null) {
            return c;
        }
        String shared = sharedNoun(qi);
        return shared != null && Indicators.clean(sentence.substring(regionStart, c.match().start())).isEmpty()
                ? new Candidate(c.match(), Rules.SHARED_NOUN, shared) : c;
    }

    /**
     * The noun named by the next count when the quantity {@code qi} names none and only a 、 (和, 及)
     * stands between them, or nothing where their units differ: 完成1.8万户、189万平方米棚改任务,
     * 96户177人建档立卡贫困人口. Null otherwise.
     */
    private String sharedNoun(int qi) {
        if (qi + 1 >= found.size()) {
            return null;
        }
        QuantityMatch m = found.get(qi);
        QuantityMatch next = found.get(qi + 1);
        String gap = sentence.substring(Math.min(m.end(), next.start()), next.start());
        boolean joined = gap.equals("、") || gap.equals("和") || gap.equals("及")
                || gap.isEmpty() && !m.quantity().unit().equals(next.quantity().unit());
        if (!joined || listedBaseline[qi + 1] || Candidates.notFigure(sentence, next) == null) {
            return null; // (a next quantity that is a figure of its own names no noun for both)
        }
        return Candidates.countedNoun(sentence, next, qi + 2 < found.size() ? found.get(qi + 2) : null);
    }

    /** The subject the clause {@code raw} names for its figure, or "" when it names none. */
    private String subject(String raw, String beforeColon, String counted, int regionStart) {
        relative = false;
        String indicator = counted != null ? counted : Indicators.clean(raw);
        if (counted == null && carried != null && (Subjects.verbAfterClause(raw) || Subjects.verbOfRunningTotal(raw, indicator))) {
            indicator = ""; // 达到5.53万亿元、稳居全国前十强、增长4.8%: the growth of the subject carried
        } else if (counted == null && carried != null && BudgetAccounts.isSide(indicator)) {
            indicator = BudgetAccounts.otherSide(carried, indicator); // 养老保险基金收入…，支出44.52亿元
        }
        if (counted == null && carried != null && !items.isEmpty() && Lexicon.words(Role.COMPARED_WITH).prefixOf(indicator) != null) {
            indicator = Subjects.marginSubject(carried, items.get(items.size() - 1), sentence, s, indicator);
            relative = true;
        } else if (counted == null && carried != null && !items.isEmpty() && items.get(items.size() - 1).rule.equals(Rules.FIGURE)
                && !Subjects.clauseBetween(sentence, items.get(items.size() - 1).to - s, regionStart)) {
            String rel = Subjects.relativeSubject(carried, raw, indicator);
            if (rel != null) {
                indicator = rel; // 为年预算的100%, 占财政支出的比重超过1.5%: a ratio of the subject before
                relative = true;
            }
        }
        int open = raw.lastIndexOf('(');
        String inner = open >= 0 ? Indicators.trimPunct(raw.substring(open + 1)) : "";
        String variant = Lexicon.words(Role.VARIANT_WORD).prefixOf(inner);
        if (counted == null && carried != null && !indicator.isEmpty() && !relative && open >= 0 && raw.indexOf(')', open) < 0
                && variant != null) {
            // 收入28.7亿元(不含辽滨经开区36.4亿元)，同比增长5.2%: a variant of the subject before, not carried on
            indicator = Subjects.variantSubject(carried, variant, Indicators.clean(inner.substring(variant.length())));
            relative = true;
        }
        if (indicator.isEmpty() && beforeColon != null) {
            indicator = Indicators.clean(beforeColon);
        }
        if (indicator.isEmpty() && carried == null && counted == null) {
            // 农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%: the subject is a clause of its own
            indicator = Subjects.subjectClauseBefore(sentence, prevEnd, regionStart);
        } else if (indicator.isEmpty() && counted == null && sentence.lastIndexOf(';', regionStart) >= prevEnd) {
            // …;城镇居民人均生活费收入，1987年为…: after a ; that closes the figures of another subject, a
            // clause of its own that holds no figure
            String before = Subjects.subjectClauseBefore(sentence, sentence.lastIndexOf(';', regionStart) + 1, regionStart);
            indicator = Quantities.find(before).isEmpty() ? before : "";
        } else if (indicator.isEmpty() && counted == null && groupStart >= 0 && prevEnd > 0
                && Subjects.clauseBetween(sentence, prevEnd, regionStart)) {
            // …分别增长37.2%、19%，全省进出口总值创历史新高，达到5379亿元: after a list's values, a clause of
            // its own names the next figure (the list's name fits none)
            String before = Subjects.subjectClauseBefore(sentence, prevEnd, regionStart);
            indicator = Quantities.find(before).isEmpty() ? before : "";
        }
        return indicator;
    }

    /**
     * Opens or closes a 分别 group or a value list at the quantity {@code qi}, and carries the
     * subject: the indicator of the figure (its own, else the one carried).
     */
    private String group(int qi, QuantityMatch m, String raw, String indicator, String counted, boolean hedgeOnly,
            boolean respectively) {
        boolean fenbie = respectively;
        boolean own = !indicator.isEmpty();
        boolean continuesList = qi > 0 && Lists.isListGap(sentence.substring(Math.min(found.get(qi - 1).end(), m.start()), m.start()));
        if (!fenbie && counted == null && !continuesList && (own || groupStart < 0 || hedgeOnly)) {
            // 实际增长9.8%和8.5% after two subjects, A和B增长8.4%和11.4%: a list of values is
            // distributed as with 分别 when as many subjects are there to take them
            int listLen = Lists.valueListLength(sentence, found, qi);
            fenbie = listLen >= 2 && (own ? SubjectLists.split(indicator).size() == listLen
                    || SubjectLists.townAndCountry(indicator, listLen) : !items.isEmpty());
        }
        String subject = indicator;
        if (own) {
            if (!relative && !inBrackets(m.start())) {
                carried = indicator; // a ratio or a margin of the subject before does not replace it, nor (其中:开发区4.6亿元)
            }
        } else {
            subject = carried == null ? "" : Subjects.ofRunningTotal(carried, raw);
        }
        if (own || fenbie) {
            // a new subject or a new 分别 closes the group before
            if (groupStart >= 0) {
                Lists.distribute(items, groupStart, groupSubject, groupRule, sentence, s);
            }
            groupStart = fenbie ? items.size() : -1;
            groupSubject = fenbie ? (own ? subject : "") : null; // "": 分别 refers back to earlier subjects
            groupRule = respectively ? Rules.RESPECTIVELY : Rules.VALUE_LIST;
        }
        return subject;
    }

    /** Adds the item of the figure {@code m} (one per subject when 均 gives each the value). */
    private void addItems(int qi, QuantityMatch m, Candidate c, int regionStart, String raw, String indicator, boolean own,
            Measures.Measured measured) {
        int itemStart = s + regionStart + Subjects.leadingSkip(sentence, regionStart, m.start());
        // 办好12件民生实事: with the noun (up to the next quantity: 21个主题133项…活动)
        int figureEnd = c.counted() == null ? m.end() : Math.min(m.end() + Candidates.countedEnd(sentence, m.end()),
                qi + 1 < found.size() ? found.get(qi + 1).start() : sentence.length());
        int itemEnd = s + figureEnd;
        boolean listGoesOn = qi + 1 < found.size() && Lists.isListGap(sentence.substring(m.end(), Math.max(m.end(), found.get(qi + 1).start())));
        boolean each = Lexicon.words(Role.EACH_WORD).occursIn(raw);
        String unit = measured.quantity() == null ? "" : measured.quantity().unit();
        boolean rate = unit.equals("%") || unit.equals("pp") || unit.equals("‰") || unit.length() == 1 && unit.charAt(0) == '倍';
        // (a rate or a multiple: an amount may be the list's total)
        List<String> whole = own && rate && groupStart < 0 && !each && !listGoesOn ? Lists.wholeIndicators(indicator, measured) : null;
        if (own && (each || whole != null) && groupStart < 0) {
            // 城镇、农村居民人均可支配收入均增长8%: one value for each subject (学前教育毛入园率、高中毛入学率超过93% too)
            for (String sub : whole != null ? whole : SubjectLists.split(indicator)) {
                items.add(new Item(Math.min(itemStart, s + m.start()), itemEnd, sub, measured.measure(), measured.quantity(), Rules.EACH,
                        s + m.start(), s + m.end()));
            }
        } else {
            items.add(new Item(Math.min(itemStart, s + m.start()), itemEnd, indicator, measured.measure(), measured.quantity(), c.rule(),
                    s + m.start(), s + m.end()));
        }
        prevEnd = figureEnd;
    }
}
