package io.github.workreport.extractors.internal;

import io.github.workreport.Achievement;
import io.github.workreport.Comparison;
import io.github.workreport.Decision;
import io.github.workreport.Measure;
import io.github.workreport.Quantity;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.quantity.Quantities;
import io.github.workreport.quantity.QuantityMatch;
import io.github.workreport.spi.ReportContext;
import io.github.workreport.spi.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the targets and achievements of one report, sentence by sentence: every quantity that
 * states a figure (not a name, rank, date, duration or baseline), its indicator from the clause
 * before it (carried over when a clause has none, distributed over a subject list by 分别), its
 * measure and sign from the verb, and whether it is a goal or a result from the section and the
 * sentence. Linear in the report's length.
 */
public final class FigureFinder {

    private static final int MAX_SENTENCE = 2000;
    private static final int MAX_INDICATOR = 40;
    private static final int SHORT_SENTENCE = 40;

    private final UnaryOperator<String> simplify;

    /** @param indicatorNormalizer a last clean-up of indicator names (identity when none) */
    public FigureFinder(UnaryOperator<String> indicatorNormalizer) {
        this.simplify = indicatorNormalizer;
    }

    /**
     * Targets and achievements found, those of the report's own year first (see {@link #ownYearFirst}),
     * each in text order, and the decisions behind them (empty unless
     * the context {@link ReportContext#explaining() explains}).
     */
    public record Result(List<Target> targets, List<Achievement> achievements, List<Decision> decisions) {
    }

    public Result find(ReportContext ctx) {
        Trace trace = Trace.of(ctx);
        String text = ctx.text();
        Integer planYear = ctx.metadata().year();
        List<Target> targets = new ArrayList<>();
        List<Achievement> achievements = new ArrayList<>();
        boolean previousLineHadFigures = false;
        boolean listContext = false;
        SectionState sections = new SectionState(ctx);
        int planCueAt = -1; // where the last statement of the year's targets began
        boolean inGlossary = false;
        for (TextRange line : ctx.lines()) {
            if (GlossaryHeadings.is(text, line)) {
                inGlossary = true; // a definition's figures are not the report's targets or results
                setAsideAll(trace, text, line.start(), line.end(), Rules.GLOSSARY);
                continue;
            }
            if (inGlossary) {
                if (!GlossaryHeadings.endsGlossary(text, line)) {
                    setAsideAll(trace, text, line.start(), line.end(), Rules.GLOSSARY);
                    continue;
                }
                inGlossary = false;
            }
            boolean paragraphEstimated = false;
            boolean lineHadFigures = false;
            boolean previousSentenceHadFigures = false;
            boolean lineIsListItem = isListItem(text, line);
            boolean targetsLine = false; // the line states the year's targets: its later sentences are in the list too
            // a paragraph opened by 这五年 / 过去一年 / 一年来 reviews, one opened by 今年 plans, where nothing else says
            Mode opener = Lexicon.words(Role.REVIEW_OPENER).wordAt(text, line.start()) != null ? Mode.REVIEW
                    : text.startsWith("今年", line.start()) ? Mode.PLAN : Mode.NEUTRAL;
            int s = line.start();
            while (s < line.end()) {
                int e = sentenceEnd(text, s, line.end());
                String sentence = text.substring(s, e);
                int estimatedFrom = sentence.indexOf("预计"); // a figure after it in the sentence is estimated
                if (estimatedFrom >= 0 && sentence.contains("下同)")) {
                    paragraphEstimated = true;
                }
                SectionState here = sections.at(s);
                Mode mode = here.mode();
                String modeRule = Rules.MODE_SECTION;
                boolean cue = Lexicon.words(Role.TARGET_CUE).occursIn(sentence) && !Lexicon.words(Role.NOT_TARGET).occursIn(sentence);
                if (cue) {
                    mode = Mode.PLAN;
                    modeRule = Rules.MODE_TARGETS_CUE;
                    listContext = true;
                    planCueAt = s;
                    targetsLine = true;
                } else if (targetsLine && mode != Mode.REVIEW) {
                    mode = Mode.PLAN; // 主要预期目标是：…增长6%。城镇登记失业率…完成X确定的目标。
                    modeRule = Rules.MODE_TARGETS_LINE;
                } else if (mode == Mode.NEUTRAL) {
                    // an un-numbered part heading (2025年工作回顾) states the mode of the part it opens,
                    // until the next such heading; a statement of the year's targets after a review
                    // heading shows that the report has moved on to its plans
                    Mode part = sections.partMode(s);
                    boolean movedOn = part == Mode.REVIEW && planCueAt > sections.partStart(s);
                    mode = movedOn ? Mode.PLAN : part;
                    modeRule = movedOn ? Rules.MODE_TARGETS_AFTER_REVIEW : Rules.MODE_PART_HEADING;
                }
                if (!cue && mode == Mode.NEUTRAL) {
                    mode = ModeClassifier.ofSentence(sentence);
                    modeRule = Rules.MODE_SENTENCE_WORDS;
                    if (mode == Mode.NEUTRAL) {
                        mode = opener != Mode.NEUTRAL ? opener : here.fallback(s);
                        modeRule = opener != Mode.NEUTRAL ? Rules.MODE_PARAGRAPH_OPENER : Rules.MODE_FALLBACK;
                    }
                }
                if (mode == Mode.NEUTRAL) {
                    setAsideAll(trace, text, s, e, Rules.MODE_NONE);
                } else {
                    List<Item> items = readSentence(sentence, s, trace);
                    boolean anyFigure = !items.isEmpty();
                    boolean listItem = lineIsListItem && previousLineHadFigures;
                    // a short sentence closing a list of figures (…上涨0.4%。完成省下达的节能减排降碳任务。)
                    boolean closesList = previousSentenceHadFigures && e - s <= SHORT_SENTENCE;
                    if (anyFigure || cue || listItem || closesList || (mode == Mode.PLAN && (here.titleNamesTargets() || targetsLine))
                            || (mode == Mode.REVIEW && estimatedFrom >= 0)) {
                        items.addAll(readQualitative(text, sentence, s, e, items, mode == Mode.PLAN));
                    }
                    lineHadFigures |= !items.isEmpty();
                    previousSentenceHadFigures = anyFigure;
                    items.sort((a, b) -> Integer.compare(a.start, b.start));
                    List<String> path = here.titles();
                    for (Item it : items) {
                        String indicator = simplify.apply(shorten(it.indicator));
                        if (indicator.isEmpty()) {
                            trace.setAside(it.from, it.to, Rules.NO_SUBJECT, null, it.quantity);
                            continue;
                        }
                        Span span = ctx.span(it.start, it.end);
                        String clause = text.substring(it.start, it.end);
                        Periods.YearAndPeriod when = Periods.of(text.substring(Math.min(it.start, it.from), it.from), indicator,
                                text.substring(s, it.from), context(text, line.start(), it.from, path), mode == Mode.PLAN, planYear);
                        if (mode == Mode.PLAN) {
                            Target t = new Target(indicator, null, it.measure, it.quantity, when.year(), false, clause, span, path,
                                    when.period());
                            targets.add(t);
                            trace.kept(it.from, it.to, modeRule, it.rule, t);
                        } else {
                            boolean est = paragraphEstimated || estimatedFrom >= 0 && s + estimatedFrom + 2 <= it.end;
                            Achievement a = new Achievement(indicator, null, it.measure, it.quantity, when.year(), est, clause, span,
                                    path, when.period());
                            achievements.add(a);
                            trace.kept(it.from, it.to, modeRule, it.rule, a);
                        }
                    }
                }
                s = e;
            }
            previousLineHadFigures = lineHadFigures || (listContext && lineIsListItem);
            listContext = listContext && (lineHadFigures || lineIsListItem);
        }
        return new Result(ownYearFirst(Restatements.drop(targets, trace), planYear),
                ownYearFirst(Restatements.drop(achievements, trace), planYear == null ? null : planYear - 1), trace.decisions());
    }

    /**
     * The figures of the report's own year (the plan year's targets, the review year's results) first,
     * then those for other years and periods (到2030年, 年均 over five years); text order within each.
     * A panel reads the year's own figures first, and a five-year goal with the same value as the
     * year's goal never stands in for it.
     */
    static <F extends io.github.workreport.Figure> List<F> ownYearFirst(List<F> figures, Integer year) {
        List<F> own = new ArrayList<>(figures.size());
        List<F> other = new ArrayList<>();
        for (F f : figures) {
            (f.period() == null && java.util.Objects.equals(f.year(), year) ? own : other).add(f);
        }
        if (other.isEmpty()) {
            return figures;
        }
        own.addAll(other);
        return own;
    }

    /** What a figure's period is read from: the section titles and the paragraph before it (at most CONTEXT chars). */
    private static String context(String text, int lineStart, int at, List<String> titles) {
        String before = text.substring(Math.max(lineStart, at - CONTEXT), at);
        return titles.isEmpty() ? before : String.join("\n", titles) + "\n" + before;
    }

    private static final int CONTEXT = 400;

    /** Sets aside every quantity in {@code text[from, to)} by {@code rule}, when tracing. */
    private static void setAsideAll(Trace trace, String text, int from, int to, String rule) {
        if (!trace.on()) {
            return;
        }
        for (QuantityMatch m : Quantities.find(text.substring(from, to))) {
            trace.setAside(from + m.start(), from + m.end(), rule, null, m.quantity());
        }
    }

    /** A line that is an item of a list: (1) 1. ① —— 一是. */
    private static boolean isListItem(String text, TextRange line) {
        if (line.length() < 2) {
            return false;
        }
        char c = text.charAt(line.start());
        char d = text.charAt(line.start() + 1);
        return c == '(' || c == '（' || (c >= '\u2460' && c <= '\u2473') || c == '—' || c == '-'
                || Character.isDigit(c) && (d == '.' || d == '、' || Character.isDigit(d));
    }

    /** A name longer than any indicator is a clause: keep its tail, where the indicator is. */
    private static String shorten(String indicator) {
        if (indicator.length() <= MAX_INDICATOR) {
            return indicator;
        }
        int from = indicator.length() - MAX_INDICATOR;
        return indicator.substring(Character.isLowSurrogate(indicator.charAt(from)) ? from + 1 : from); // never half a pair
    }

    /**
     * End of the sentence starting at s: after 。！？!? or at the line end; bounded. A sentence longer
     * than {@value #MAX_SENTENCE} characters is cut after the last clause boundary (，；、 or a space
     * not between digits) before the limit, so that no figure straddles the cut; only a stretch
     * without any boundary in its second half is cut at the limit (moved back out of a number or a
     * surrogate pair). {@link #isCut} tells a cut end from a sentence's own.
     */
    public static int sentenceEnd(String text, int s, int lineEnd) {
        int limit = Math.min(lineEnd, s + MAX_SENTENCE);
        for (int i = s; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
                return i + 1;
            }
        }
        return limit == lineEnd ? limit : cutAt(text, s, limit);
    }

    /** Whether {@code end}, returned by {@link #sentenceEnd} for a sentence ending by {@code lineEnd}, is a cut. */
    public static boolean isCut(String text, int end, int lineEnd) {
        if (end >= lineEnd || end <= 0) {
            return false;
        }
        char c = text.charAt(end - 1);
        return !(c == '。' || c == '!' || c == '?' || c == '！' || c == '？');
    }

    /** Where a sentence from s with no end before limit is cut: after a clause boundary, else out of a number. */
    private static int cutAt(String text, int s, int limit) {
        for (int i = limit - 1; i > s + MAX_SENTENCE / 2; i--) {
            char c = text.charAt(i);
            if (c == '，' || c == '；' || c == '、' || c == ',' || c == ';'
                    || c == ' ' && !(isDigitAt(text, i - 1) && isDigitAt(text, i + 1))) {
                return i + 1;
            }
        }
        int cut = limit;
        while (cut > s + 1 && (isNumberChar(text.charAt(cut - 1)) && isNumberChar(text.charAt(cut))
                || Character.isHighSurrogate(text.charAt(cut - 1)))) {
            cut--;
        }
        return cut > s + 1 ? cut : limit;
    }

    private static boolean isDigitAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == '%' || "零〇一二三四五六七八九十百千万亿点".indexOf(c) >= 0;
    }

    /**
     * A figure found, in normalized coordinates: its clause {@code [start, end)}, the stretch it was
     * read from {@code [from, to)} (the quantity, or the clause of a qualitative item) and the rule
     * that read it.
     */
    static final class Item {
        final int start;
        final int end;
        final String indicator;
        final Measure measure;
        final Quantity quantity;
        final String rule;
        final int from;
        final int to;

        Item(int start, int end, String indicator, Measure measure, Quantity quantity, String rule, int from, int to) {
            this.start = start;
            this.end = end;
            this.indicator = indicator;
            this.measure = measure;
            this.quantity = quantity;
            this.rule = rule;
            this.from = from;
            this.to = to;
        }

        /** A qualitative item of the clause {@code [cs, ce)}. */
        static Item qualitative(int cs, int ce, String indicator, String rule) {
            return new Item(cs, ce, indicator, Measure.QUALITATIVE, null, rule, cs, ce);
        }

        Item with(String newIndicator, Quantity newQuantity, String newRule) {
            return new Item(start, end, newIndicator, measure, newQuantity, newRule, from, to);
        }
    }

    /** The figures of {@code sentence}, which starts at normalized offset {@code s}. */
    private List<Item> readSentence(String sentence, int s, Trace trace) {
        List<QuantityMatch> found = shareUnits(sentence, Quantities.find(sentence));
        List<Item> items = new ArrayList<>();
        int prevEnd = 0;
        String carried = null;
        Verb prevVerb = null;
        int groupStart = -1; // index in items where a 分别 group starts
        String groupSubject = null;
        String groupRule = null;
        int baseline = -1; // start of a skipped baseline (由年初的1301个调增至…)
        boolean[] listedBaseline = listedBaselines(sentence, found);
        for (int qi = 0; qi < found.size(); qi++) {
            QuantityMatch m = found.get(qi);
            String counted = null; // 办好12件民生实事: the noun after a count names what is counted
            if (listedBaseline[qi]) {
                if (baseline < 0) {
                    baseline = m.start();
                }
                trace.setAside(s + m.start(), s + m.end(), isBaseline(sentence, m) ? Rules.BASELINE : Rules.BASELINE_LISTED,
                        null, m.quantity());
                continue;
            }
            int regionStart = Math.max(prevEnd, lastBoundary(sentence, m.start()));
            String rule = Rules.FIGURE;
            String notFigure = notFigure(sentence, m);
            if (notFigure != null) {
                if (isBaseline(sentence, m) && baseline < 0) {
                    baseline = m.start();
                }
                String implied = impliedUnit(sentence, m, regionStart);
                String[] people = implied == null ? countedPeople(sentence, m, qi + 1 < found.size() ? found.get(qi + 1).start()
                        : sentence.length()) : null;
                if (implied != null) {
                    m = withUnit(m, implied);
                    rule = Rules.IMPLIED_UNIT;
                } else if (people != null) {
                    // 6600多万纳税人受益: a bare count of the people named after it
                    m = withUnit(m, people[1]);
                    counted = people[0];
                    rule = Rules.COUNTED_PEOPLE;
                } else {
                    counted = countedNoun(sentence, m, qi + 1 < found.size() ? found.get(qi + 1) : null);
                    if (counted == null) {
                        trace.setAside(s + m.start(), s + m.end(), notFigure, null, m.quantity());
                        continue;
                    }
                    rule = Rules.COUNTED_NOUN;
                }
            }
            int regionEnd = m.start();
            if (baseline >= regionStart && baseline < regionEnd) {
                int from = Math.max(sentence.lastIndexOf('由', baseline), sentence.lastIndexOf('从', baseline));
                regionEnd = from >= regionStart ? from : baseline;
            }
            baseline = -1;
            String raw = sentence.substring(regionStart, regionEnd);
            String beforeColon = null;
            int colon = Math.max(raw.lastIndexOf(':'), raw.lastIndexOf('：'));
            if (colon >= 0) {
                beforeColon = raw.substring(0, colon);
                raw = raw.substring(colon + 1);
            }
            Verb verb = Verb.of(raw);
            boolean hedgeOnly = prevVerb != null && Lexicon.set(Role.HEDGE).contains(Indicators.trimPunct(raw));
            if (prevVerb != null && (hedgeOnly || counted == null // a count names its own noun: 243个重点项目建成投产
                    && Indicators.trimPunct(raw).replace("和", "").replace("及", "").replace("与", "").isEmpty())) {
                // 分别增长5.5%左右和6.5%以上: the verb governs the whole list; 增长6%，力争7%: and the hedged value
                verb = prevVerb;
            }
            prevVerb = verb;
            String indicator = counted != null ? counted : Indicators.clean(raw);
            if (counted == null && carried != null && !items.isEmpty() && Lexicon.words(Role.COMPARED_WITH).prefixOf(indicator) != null) {
                // 服务业增加值增长6.1%，高于全国0.7个百分点: the margin is the subject's, over a comparison
                Item prev = items.get(items.size() - 1);
                String growth = sentence.substring(prev.start - s, prev.from - s).contains("年均") ? "年均增速" : "增速";
                indicator = carried + (prev.measure == Measure.GROWTH ? growth : "") + indicator;
            }
            if (indicator.isEmpty() && beforeColon != null) {
                indicator = Indicators.clean(beforeColon);
            }
            if (indicator.isEmpty() && carried == null && counted == null) {
                // 农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%: the subject is a clause of its own
                indicator = subjectClauseBefore(sentence, prevEnd, regionStart);
            }
            boolean fenbie = raw.contains("分别");
            boolean own = !indicator.isEmpty();
            boolean continuesList = qi > 0 && isListGap(sentence.substring(Math.min(found.get(qi - 1).end(), m.start()), m.start()));
            if (!fenbie && counted == null && !continuesList && (own || groupStart < 0 || hedgeOnly)) {
                // 实际增长9.8%和8.5% after two subjects, A和B增长8.4%和11.4%: a list of values is
                // distributed as with 分别 when as many subjects are there to take them
                int listLen = valueListLength(sentence, found, qi);
                fenbie = listLen >= 2 && (own ? Indicators.split(indicator).size() == listLen : !items.isEmpty());
            }
            if (own) {
                carried = indicator;
            } else {
                indicator = carried == null ? "" : carried;
            }
            if (own || fenbie) {
                // a new subject or a new 分别 closes the group before
                if (groupStart >= 0) {
                    distribute(items, groupStart, groupSubject, groupRule, sentence, s);
                }
                groupStart = fenbie ? items.size() : -1;
                groupSubject = fenbie ? (own ? indicator : "") : null; // "": 分别 refers back to earlier subjects
                groupRule = raw.contains("分别") ? Rules.RESPECTIVELY : Rules.VALUE_LIST;
            }
            Quantity q = m.quantity();
            if (q.comparison() == Comparison.EQ && !q.isRange() && Lexicon.words(Role.AT_LEAST).occursIn(raw)) {
                q = q.withComparison(Comparison.GE); // 能耗至少下降3%: at least 3 (−3 le once negated)
            }
            Measure measure = measureOf(q, verb);
            if (measure == Measure.LEVEL && q.unit().equals("%") && (sentence.startsWith("的增长", m.end())
                    || sentence.startsWith("的增速", m.end()) || indicator.endsWith("增长") || indicator.endsWith("增速"))) {
                measure = Measure.GROWTH; // 实现了7.5%的增长; 经济增长连续四年达到或略高于10%
            }
            if (verb.negative) {
                q = q.negate();
            }
            int itemStart = s + regionStart + leadingSkip(sentence, regionStart, m.start());
            // 办好12件民生实事: with the noun (up to the next quantity: 21个主题133项…活动)
            int figureEnd = counted == null ? m.end() : Math.min(m.end() + countedEnd(sentence, m.end()),
                    qi + 1 < found.size() ? found.get(qi + 1).start() : sentence.length());
            int itemEnd = s + figureEnd;
            if (own && raw.contains("均") && groupStart < 0) {
                // 城镇、农村居民人均可支配收入均增长8%: one value for each subject
                for (String sub : Indicators.split(indicator)) {
                    items.add(new Item(Math.min(itemStart, s + m.start()), itemEnd, sub, measure, q, Rules.EACH,
                            s + m.start(), s + m.end()));
                }
            } else {
                items.add(new Item(Math.min(itemStart, s + m.start()), itemEnd, indicator, measure, q, rule,
                        s + m.start(), s + m.end()));
            }
            prevEnd = figureEnd;
        }
        if (groupStart >= 0) {
            distribute(items, groupStart, groupSubject, groupRule, sentence, s);
        }
        return items;
    }

    /**
     * The subject named by a clause without a figure before {@code end} (and after {@code from}),
     * skipping adverbial clauses (考虑价格下降因素, 扣除价格因素, 按可比价格计算), or "".
     */
    static String subjectClauseBefore(String sentence, int from, int end) {
        int e = end - 1; // the boundary before the figure's clause
        for (int tries = 0; tries < 3 && e > from; tries++) {
            int b = lastBoundary(sentence, e);
            if (b < from) {
                break;
            }
            String clause = sentence.substring(b, e);
            String c = clause.strip();
            if (Lexicon.words(Role.ADVERBIAL).prefixOf(c) == null && !c.endsWith("看")) { // 从经济基本面看: a viewpoint, not a subject
                String ind = Indicators.clean(clause);
                return ind.length() >= 2 && ind.length() <= 20 ? ind : "";
            }
            e = b - 1;
        }
        return "";
    }

    private static boolean isListGap(String gap) {
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
     * each number without a unit that a list separator joins to the next takes that one's unit.
     */
    static List<QuantityMatch> shareUnits(String sentence, List<QuantityMatch> found) {
        List<QuantityMatch> out = null;
        for (int i = found.size() - 2; i >= 0; i--) {
            QuantityMatch m = found.get(i);
            QuantityMatch next = (out == null ? found : out).get(i + 1);
            String unit = next.quantity().unit();
            if (!m.quantity().unit().isEmpty() || unit.isEmpty() || Lexicon.set(Role.DURATION_UNIT).contains(unit)
                    || !Character.isDigit(sentence.charAt(m.numberStart()))) {
                continue;
            }
            String gap = sentence.substring(m.end(), next.start());
            if (gap.equals("、") || gap.equals("和") || gap.equals("与") || gap.equals("及")) {
                if (out == null) {
                    out = new ArrayList<>(found);
                }
                out.set(i, withUnit(m, unit));
            }
        }
        return out == null ? found : out;
    }

    private static QuantityMatch withUnit(QuantityMatch m, String unit) {
        return new QuantityMatch(m.start(), m.end(), m.numberStart(), m.numberEnd(), m.quantity().withUnit(unit));
    }

    private static int leadingSkip(String sentence, int from, int to) {
        int i = from;
        while (i < to && " ,，、;；:：—-".indexOf(sentence.charAt(i)) >= 0) {
            i++;
        }
        return i - from;
    }

    /**
     * Distributes the subject list of a 分别 clause over the items of its group; a 分别 clause
     * without a subject of its own ({@code ""}) refers back to the last subjects named before it in
     * the sentence: 城镇居民人均可支配收入11759元，农村居民人均纯收入3587元，分别比上年实际增长10.4%和7.4%.
     */
    private static void distribute(List<Item> items, int groupStart, String subject, String rule, String sentence, int s) {
        int n = items.size() - groupStart;
        if (n < 2) {
            return;
        }
        shareTrailingComparison(items, groupStart, sentence, s);
        List<String> subjects = subject.isEmpty() ? earlierSubjects(items, groupStart, n) : Indicators.expand(subject, n);
        if (subjects.size() != n) {
            return;
        }
        for (int k = 0; k < n; k++) {
            Item it = items.get(groupStart + k);
            items.set(groupStart + k, it.with(subjects.get(k), it.quantity, rule));
        }
    }

    /**
     * 分别增长4.5%、5.5%左右: a comparator written once after the last value of a 分别 list (or once
     * before its first: 分别超过2%、5%) governs the values that have none of their own
     * (5.5%左右和6.5%以上 keep their own).
     */
    private static void shareTrailingComparison(List<Item> items, int groupStart, String sentence, int s) {
        Item first = items.get(groupStart);
        Item last = items.get(items.size() - 1);
        Item governs;
        if (first.quantity != null && first.quantity.comparison() != Comparison.EQ
                && !endsWithComparatorWord(sentence.substring(first.start - s, first.end - s))) {
            governs = first; // written before the first value
        } else if (last.quantity != null && last.quantity.comparison() != Comparison.EQ
                && endsWithComparatorWord(sentence.substring(last.start - s, last.end - s))) {
            governs = last; // written after the last value
        } else {
            return;
        }
        for (int k = groupStart; k < items.size(); k++) {
            Item it = items.get(k);
            if (it != governs && it.quantity != null && it.quantity.comparison() == Comparison.EQ
                    && it.quantity.unit().equals(governs.quantity.unit())
                    && (governs == last || !endsWithComparatorWord(sentence.substring(it.start - s, it.end - s)))) {
                items.set(k, it.with(it.indicator, it.quantity.withComparison(governs.quantity.comparison()), it.rule));
            }
        }
    }

    private static boolean endsWithComparatorWord(String t) {
        return Lexicon.words(Role.COMPARATOR_WORD).suffixOf(t) != null;
    }

    /** The last {@code n} distinct subjects of items[0, end), in text order, or fewer when there are not as many. */
    private static List<String> earlierSubjects(List<Item> items, int end, int n) {
        List<String> out = new ArrayList<>();
        for (int k = end - 1; k >= 0 && out.size() < n; k--) {
            String ind = items.get(k).indicator;
            if (!ind.isEmpty() && !out.contains(ind)) {
                out.add(0, ind);
            }
        }
        return out;
    }

    private static Measure measureOf(Quantity q, Verb verb) {
        String unit = q.unit();
        if (unit.equals("pp")) {
            return Measure.CHANGE;
        }
        if (unit.equals("%") || unit.equals("‰")) {
            return verb.growth ? Measure.GROWTH : Measure.LEVEL;
        }
        if (verb.change || verb.absoluteChange && !unit.equals("倍")) {
            return Measure.CHANGE;
        }
        return Measure.LEVEL;
    }

    /** A number after 第 (a rank), an opening quote (a name: “3820”工程) or 连续 (a duration). */
    private static boolean isOrdinalNameOrDuration(String s, int st) {
        if (st > 0) {
            char p = s.charAt(st - 1);
            if (p == '第' || p == '“' || p == '"') {
                return true;
            }
        }
        return st >= 2 && s.startsWith("连续", st - 2);
    }

    /** Whether a quantity states a figure rather than being a name, rank, date, duration or baseline. */
    static boolean isFigure(String s, QuantityMatch m) {
        return notFigure(s, m) == null;
    }

    /** The rule that makes a quantity no figure (a name, rank, date, duration or baseline), or null for a figure. */
    static String notFigure(String s, QuantityMatch m) {
        String unit = m.quantity().unit();
        if (unit.isEmpty()) {
            return Rules.NO_UNIT;
        }
        if (Lexicon.set(Role.DURATION_UNIT).contains(unit) && !lifeExpectancy(s, m, unit)) {
            return Rules.DURATION;
        }
        if (unit.equals("位")) {
            return Rules.RANK; // 位 alone is a rank (居全国前10位, 排名提升6位); 9位科学家 is read as a count
        }
        if (isOrdinalNameOrDuration(s, m.start())) {
            return Rules.ORDINAL_OR_NAME;
        }
        if (m.numberEnd() - m.numberStart() == 1 && !Character.isDigit(s.charAt(m.numberStart()))
                && !unit.equals("%") && !unit.equals("pp") && !unit.equals("倍")) {
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
        if (!Character.isIdeographic(c)) {
            // 10个“二线口岸”: a count of a quoted name
            return c != '强' && c != '"' && c != '”' && c != '“' ? null : Rules.MODIFIER;
        }
        // a quantity followed by a noun is a modifier (超500万元项目, 过百亿元企业, 13户驻盘央企)
        return Lexicon.words(Role.FIGURE_FOLLOWER).wordAt(s, en) != null ? null : Rules.MODIFIER;
    }

    /** Whether {@code text[from, to)} holds {@code c} (bounded, unlike a lastIndexOf from {@code to}). */
    private static boolean holds(String text, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unit of a count written without one (农村贫困人口减少1240万, 移动通信用户3.4亿): a number with
     * a multiplier at the end of its clause whose subject names people or households; null otherwise.
     */
    static String impliedUnit(String s, QuantityMatch m, int regionStart) {
        if (!m.quantity().unit().isEmpty() || m.quantity().value() == null || m.end() < s.length()
                && ",，;；。、".indexOf(s.charAt(m.end())) < 0) {
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
    private static boolean hasMultiplier(String s, QuantityMatch m) {
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
            if (at >= 0 && after <= 8 && !(after < rest.length() && "的县市区国大".indexOf(rest.charAt(after)) >= 0)) {
                // (not 13亿多人口的大国, 20万人口县: a size that describes a place)
                String noun = Indicators.clean(rest);
                return noun.length() >= 2 ? new String[] {noun, h.value()} : null;
            }
        }
        return null;
    }

    /** 人均预期寿命达到79岁: an age that is the figure itself, not a duration. */
    private static boolean lifeExpectancy(String s, QuantityMatch m, String unit) {
        if (!unit.equals("岁")) {
            return false;
        }
        String before = s.substring(Math.max(0, m.start() - 10), m.start());
        return before.contains("寿命") || before.contains("年龄");
    }

    /**
     * The noun a count is followed by, when nothing else in its clause is a figure: 办好12件民生实事
     * → 民生实事; 4家企业入选中国民营企业500强 → 企业入选中国民营企业500强. Null when the quantity is a
     * modifier of a longer subject (13户驻盘央企产值占比达到46.1%) or not a count.
     */
    static String countedNoun(String s, QuantityMatch m, QuantityMatch next) {
        int nextQuantity = next == null ? s.length() : next.start();
        if (!Lexicon.set(Role.COUNT_UNIT).contains(m.quantity().unit()) || m.quantity().isRange() || m.end() >= s.length()
                || !Character.isDigit(s.charAt(m.numberStart())) // 六项重点任务, 十大战略: programme names
                || !(Character.isIdeographic(s.charAt(m.end())) || s.charAt(m.end()) == '“') || s.charAt(m.end()) == '的') {
            return null;
        }
        if (isOrdinalNameOrDuration(s, m.start())) {
            return null;
        }
        int end = m.end() + countedEnd(s, m.end());
        if (next != null && end > nextQuantity && nextQuantity - m.end() <= 4 && Lexicon.set(Role.COUNT_UNIT).contains(next.quantity().unit())
                && allIdeographic(s, m.end(), nextQuantity)) {
            // 开展21个主题133项文旅商融合促消费活动: 21 themes of the activities the next count counts
            String of = Indicators.clean(s.substring(next.end(), Math.min(clauseEnd(s, next.end()), next.end() + 20)));
            String between = s.substring(m.end(), nextQuantity);
            char last = between.charAt(between.length() - 1);
            if (last == '和' || last == '与' || last == '及') {
                // 3个万亿级和7个千亿级产业集群: a list sharing the next noun's head
                int head = Indicators.headStart(of);
                String mod = between.substring(0, between.length() - 1);
                return head > 0 && mod.length() >= 2 ? mod + of.substring(head) : null;
            }
            boolean verb = between.indexOf('有') >= 0 || between.indexOf('是') >= 0 || between.indexOf('为') >= 0;
            return of.length() >= 2 && !verb ? of + between : null; // not 27个行业有38个…
        }
        boolean bracket = end < s.length() && (s.charAt(end) == '(' || s.charAt(end) == '（');
        if (end > nextQuantity || end - m.end() < 2 || end - m.end() > 20 || bracket && clauseEnd(s, end) > nextQuantity) {
            // the noun runs on past a bracket to the clause's figure: 74个重点城市细颗粒物(PM2.5)年均浓度下降9.1%
            return null;
        }
        String noun = Indicators.clean(s.substring(m.end(), end).replace("“", "").replace("”", "")); // 10个“二线口岸”
        if (noun.equals("重点")) {
            return null; // 抓好3个重点 (but 500个重点项目, 2家全国重点实验室 are counts)
        }
        for (String w : Lexicon.list(Role.PROGRAMME_WORD)) {
            if (noun.startsWith(w)) {
                return null; // 重点把握好5个方面: a count that structures the text, not a figure
            }
        }
        return noun.length() >= 2 ? noun : null;
    }

    private static boolean allIdeographic(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isIdeographic(s.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    /** Where the clause holding {@code from} ends: at the next , ; 。 or the end. */
    private static int clauseEnd(String s, int from) {
        int i = from;
        while (i < s.length() && ",，;；。".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** Length of the clause rest after a count: up to the next , ; 。 or the end (a quoted name “…” inside it stays). */
    static int countedEnd(String s, int from) {
        int i = from;
        while (i < s.length() && ",，;；。、:：!！?？()（）\"".indexOf(s.charAt(i)) < 0) {
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
                out[i] = isListGap(sentence.substring(m.end(), found.get(i + 1).start()));
            }
        }
        return out;
    }

    /** A baseline followed by the figure it grew to: 由年初的1301个调增至2413个. */
    static boolean isBaseline(String s, QuantityMatch m) {
        return Lexicon.words(Role.TO_WORD).wordAt(s, m.end()) != null;
    }

    /** Start of the clause holding offset at: after the last ,;， or sentence start. */
    static int lastBoundary(String s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == ';' || c == '；' || c == '。') {
                return i + 1;
            }
        }
        return 0;
    }

    private static final java.util.regex.Pattern QUALITATIVE_PARTS = java.util.regex.Pattern.compile("[和、及]");

    /** Clauses without a figure that state a qualitative target or result. */
    private List<Item> readQualitative(String text, String sentence, int s, int e, List<Item> numeric, boolean plan) {
        List<Item> out = new ArrayList<>();
        if (!Lexicon.anyQualitative().occursIn(sentence) && !sentence.contains("完成")) {
            return out; // most sentences: one pass instead of two per clause
        }
        int cs = s;
        int prevClause = -1; // start of the clause before, when it stated nothing
        for (int i = s; i <= e; i++) {
            char c = i < e ? text.charAt(i) : ',';
            if (c == ',' || c == '，' || c == ';' || c == '；' || c == '。' || i == e) {
                int ce = i;
                if (ce > cs && !overlaps(numeric, cs, ce)) {
                    int before = out.size();
                    qualitativeClause(text, cs, ce, out, plan, prevClause);
                    prevClause = out.size() == before ? cs : -1;
                } else {
                    prevClause = -1;
                }
                cs = i + 1;
            }
        }
        return out;
    }

    private static boolean overlaps(List<Item> items, int s, int e) {
        for (Item it : items) {
            if (it.start < e && s < it.end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The qualitative item of the clause {@code text[cs, ce)}, if it states one; {@code plan}: among
     * targets; {@code clauseBefore}: where the clause before starts when it stated nothing, else -1.
     */
    private static void qualitativeClause(String text, int cs, int ce, List<Item> out, boolean plan, int clauseBefore) {
        int from = cs; // the clause after its last colon
        for (int i = ce - 1; i >= cs; i--) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                from = i + 1;
                break;
            }
        }
        WordList.Match pm = Lexicon.words(Role.QUALITATIVE_PREFIX).find(text, from, ce);
        if (pm != null) {
            int at = pm.index();
            if (Indicators.clean(text.substring(from, at)).isEmpty()) {
                String rest = text.substring(at + pm.word().length(), ce);
                for (String part : QUALITATIVE_PARTS.split(rest)) {
                    String ind = Indicators.clean(part);
                    if (ind.length() >= 2) {
                        out.add(Item.qualitative(cs, ce, ind, Rules.QUALITATIVE_DIRECTED));
                    }
                }
                return;
            }
        }
        if (completion(text, from, ce, cs, out)) {
            return;
        }
        WordList.Match qm = Lexicon.words(Role.QUALITATIVE).find(text, from, ce);
        if (plan) {
            WordList.Match pm2 = Lexicon.words(Role.QUALITATIVE_PLAN).find(text, from, qm == null ? ce : qm.index());
            if (pm2 != null && pm2.word().equals("改善") && pm2.index() + 2 < ce) {
                pm2 = null; // a bare 改善 states a target only at the end of its clause (国际收支状况改善), not 改善民生
            }
            qm = pm2 != null ? pm2 : qm;
        }
        if (qm != null) {
            int at = qm.index();
            if (at > from + 1 && text.charAt(at - 1) == '的' && holds(text, from, at - 1, '的')) {
                return; // 质的有效提升和量的合理增长: coordinated noun phrases, no subject with a predicate
            }
            if (at == from && clauseBefore >= 0) {
                // 固定资产投资扭转下滑态势，实现正增长: the subject opens the clause before
                String subject = Indicators.clean(Indicators.leadingNounPhrase(text.substring(clauseBefore, cs - 1)));
                if (subject.length() >= 2 && subject.length() <= 20 && !Lexicon.set(Role.GENERIC_SUBJECT).contains(subject)) {
                    out.add(Item.qualitative(cs, ce, subject, Rules.QUALITATIVE_SUBJECT_BEFORE));
                }
                return;
            }
            if (at > from) {
                String ind = Indicators.clean(Indicators.cutQualitative(text.substring(from, at)));
                if (ind.length() >= 2 && ind.length() <= 30 && Lexicon.words(Role.NOT_SUBJECT_START).prefixOf(ind) == null
                        && !Lexicon.set(Role.GENERIC_SUBJECT).contains(ind)) {
                    out.add(Item.qualitative(cs, ce, ind, Rules.QUALITATIVE_PREDICATE));
                }
                return;
            }
        }
    }

    /**
     * A clause stating that a task set from above is done, its subject first:
     * 碳排放双控完成国家下达任务, 约束性指标完成呼伦贝尔市确定的目标; or its object after the verb:
     * 按照国家要求完成节能减排降碳任务. True when it added the item.
     */
    private static boolean completion(String text, int from, int ce, int cs, List<Item> out) {
        int k = from;
        while (k + 2 < ce && !(text.charAt(k) == '完' && text.charAt(k + 1) == '成')) {
            k++; // within the clause only: an unbounded indexOf would scan the rest of the report per clause
        }
        if (k + 2 >= ce) {
            return false;
        }
        String after = text.substring(k + 2, ce).strip();
        if (Lexicon.words(Role.TASK_NOUN).suffixOf(after) == null) {
            return false;
        }
        String before = text.substring(from, k);
        boolean directed = after.contains("下达") || after.contains("确定") || after.contains("要求");
        if (before.endsWith("要求") && (before.startsWith("按照") || before.startsWith("根据") || before.startsWith("按"))) {
            before = ""; // 按照国家要求完成…任务: the object names what is done
            directed = true;
        }
        String subject = Indicators.clean(Indicators.cutQualitative(before));
        if (!subject.isEmpty()) {
            if (!directed || subject.length() < 2 || subject.length() > 30 || Lexicon.words(Role.NOT_SUBJECT_START).prefixOf(subject) != null) {
                return false;
            }
            // 单位生产总值能耗、主要污染物排放量完成省下达任务: one item per indicator named
            List<String> parts = new ArrayList<>();
            for (String part : QUALITATIVE_PARTS.split(subject)) {
                String ind = Indicators.clean(part);
                if (ind.length() < 2) {
                    parts.clear();
                    break; // 节能和减排 … a part too short to name an indicator: keep the subject whole
                }
                parts.add(ind);
            }
            for (String ind : parts.size() >= 2 ? parts : List.of(subject)) {
                out.add(Item.qualitative(cs, ce, ind, Rules.QUALITATIVE_COMPLETION));
            }
            return true;
        }
        int de = Math.max(after.lastIndexOf("下达的"), after.lastIndexOf("确定的"));
        String object = Indicators.clean(de >= 0 ? after.substring(de + 3) : after);
        if (!directed || object.length() < 2 || object.length() > 30) {
            return false;
        }
        out.add(Item.qualitative(cs, ce, object, Rules.QUALITATIVE_COMPLETION));
        return true;
    }
}
