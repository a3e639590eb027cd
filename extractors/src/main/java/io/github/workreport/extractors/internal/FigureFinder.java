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
                int e = SentenceBounds.sentenceEnd(text, s, line.end());
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
                        items.addAll(Qualitatives.readQualitative(text, sentence, s, e, items, mode == Mode.PLAN));
                    }
                    lineHadFigures |= !items.isEmpty();
                    previousSentenceHadFigures = anyFigure;
                    items.sort((a, b) -> Integer.compare(a.start, b.start));
                    List<String> path = here.titles();
                    for (Item it : items) {
                        String indicator = simplify.apply(Subjects.shorten(it.indicator));
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

    /** End of the sentence starting at {@code s}: see {@link SentenceBounds#sentenceEnd}. */
    public static int sentenceEnd(String text, int s, int lineEnd) {
        return SentenceBounds.sentenceEnd(text, s, lineEnd);
    }

    /** Whether {@code end}, returned by {@link #sentenceEnd}, is a cut: see {@link SentenceBounds#isCut}. */
    public static boolean isCut(String text, int end, int lineEnd) {
        return SentenceBounds.isCut(text, end, lineEnd);
    }

    /** The figures of {@code sentence}, which starts at normalized offset {@code s}. */
    private List<Item> readSentence(String sentence, int s, Trace trace) {
        List<QuantityMatch> found = Lists.shareUnits(sentence, Quantities.find(sentence));
        List<Item> items = new ArrayList<>();
        int prevEnd = 0;
        String carried = null;
        Verb prevVerb = null;
        int groupStart = -1; // index in items where a 分别 group starts
        String groupSubject = null;
        String groupRule = null;
        int baseline = -1; // start of a skipped baseline (由年初的1301个调增至…)
        boolean[] listedBaseline = Candidates.listedBaselines(sentence, found);
        for (int qi = 0; qi < found.size(); qi++) {
            QuantityMatch m = found.get(qi);
            String counted = null; // 办好12件民生实事: the noun after a count names what is counted
            if (listedBaseline[qi]) {
                if (baseline < 0) {
                    baseline = m.start();
                }
                trace.setAside(s + m.start(), s + m.end(), Candidates.isBaseline(sentence, m) ? Rules.BASELINE : Rules.BASELINE_LISTED,
                        null, m.quantity());
                continue;
            }
            int regionStart = Math.max(prevEnd, Subjects.lastBoundary(sentence, m.start()));
            String rule = Rules.FIGURE;
            String notFigure = Candidates.notFigure(sentence, m);
            if (notFigure != null) {
                if (Candidates.isBaseline(sentence, m) && baseline < 0) {
                    baseline = m.start();
                }
                String implied = Candidates.impliedUnit(sentence, m, regionStart);
                String[] people = implied == null ? Candidates.countedPeople(sentence, m, qi + 1 < found.size() ? found.get(qi + 1).start()
                        : sentence.length()) : null;
                if (implied != null) {
                    m = Candidates.withUnit(m, implied);
                    rule = Rules.IMPLIED_UNIT;
                } else if (people != null) {
                    // 6600多万纳税人受益: a bare count of the people named after it
                    m = Candidates.withUnit(m, people[1]);
                    counted = people[0];
                    rule = Rules.COUNTED_PEOPLE;
                } else {
                    counted = Candidates.countedNoun(sentence, m, qi + 1 < found.size() ? found.get(qi + 1) : null);
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
                indicator = Subjects.subjectClauseBefore(sentence, prevEnd, regionStart);
            }
            boolean fenbie = raw.contains("分别");
            boolean own = !indicator.isEmpty();
            boolean continuesList = qi > 0 && Lists.isListGap(sentence.substring(Math.min(found.get(qi - 1).end(), m.start()), m.start()));
            if (!fenbie && counted == null && !continuesList && (own || groupStart < 0 || hedgeOnly)) {
                // 实际增长9.8%和8.5% after two subjects, A和B增长8.4%和11.4%: a list of values is
                // distributed as with 分别 when as many subjects are there to take them
                int listLen = Lists.valueListLength(sentence, found, qi);
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
                    Lists.distribute(items, groupStart, groupSubject, groupRule, sentence, s);
                }
                groupStart = fenbie ? items.size() : -1;
                groupSubject = fenbie ? (own ? indicator : "") : null; // "": 分别 refers back to earlier subjects
                groupRule = raw.contains("分别") ? Rules.RESPECTIVELY : Rules.VALUE_LIST;
            }
            Quantity q = m.quantity();
            if (q.comparison() == Comparison.EQ && !q.isRange() && Lexicon.words(Role.AT_LEAST).occursIn(raw)) {
                q = q.withComparison(Comparison.GE); // 能耗至少下降3%: at least 3 (−3 le once negated)
            }
            Measure measure = Measures.measureOf(q, verb);
            if (measure == Measure.LEVEL && q.unit().equals("%") && (sentence.startsWith("的增长", m.end())
                    || sentence.startsWith("的增速", m.end()) || indicator.endsWith("增长") || indicator.endsWith("增速"))) {
                measure = Measure.GROWTH; // 实现了7.5%的增长; 经济增长连续四年达到或略高于10%
            }
            if (verb.negative) {
                q = q.negate();
            }
            int itemStart = s + regionStart + Subjects.leadingSkip(sentence, regionStart, m.start());
            // 办好12件民生实事: with the noun (up to the next quantity: 21个主题133项…活动)
            int figureEnd = counted == null ? m.end() : Math.min(m.end() + Candidates.countedEnd(sentence, m.end()),
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
            Lists.distribute(items, groupStart, groupSubject, groupRule, sentence, s);
        }
        return items;
    }

}
