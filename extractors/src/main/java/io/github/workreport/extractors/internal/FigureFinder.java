package io.github.workreport.extractors.internal;

import io.github.workreport.Achievement;
import io.github.workreport.Decision;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.quantity.Quantities;
import io.github.workreport.quantity.QuantityMatch;
import io.github.workreport.spi.ReportContext;
import io.github.workreport.spi.TextRange;
import io.github.workreport.text.Utf16;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the targets and achievements of one report, sentence by sentence: every quantity that
 * states a figure (not a name, rank, date, duration or baseline), its indicator from the clause
 * before it (carried over when a clause has none, distributed over a subject list by 分别), its
 * measure and sign from the verb, and whether it is a goal or a result from the section and the
 * sentence. Linear in the report's length.
 *
 * <p>The engine of the stages: it walks the lines and sentences, decides each sentence's mode,
 * has {@link SentenceFigures} read the numeric figures ({@link Candidates}, {@link Subjects},
 * {@link Lists}, {@link Measures}) and {@link Qualitatives} the qualitative items, and keeps each
 * as a target or an achievement; the words all stages know come from the {@link Lexicon}.
 */
public final class FigureFinder {

    private static final int SHORT_SENTENCE = 40;

    private final UnaryOperator<String> simplify;
    /** The lexicon with the caller's rows, or null for the standard one. */
    private final Lexicon lexicon;

    /** @param indicatorNormalizer a last clean-up of indicator names (identity when none) */
    public FigureFinder(UnaryOperator<String> indicatorNormalizer) {
        this.simplify = indicatorNormalizer;
        this.lexicon = null;
    }

    /**
     * @param indicatorNormalizer a last clean-up of indicator names (identity when none)
     * @param lexiconRows         rows added to the standard lexicon, in the format of
     *                            {@code lexicon/words.tsv} ({@code word<TAB>roles}); none for the standard one
     * @throws IllegalArgumentException naming the line of a malformed row, a word given twice, an
     *     unknown role or a role the word has already
     */
    public FigureFinder(UnaryOperator<String> indicatorNormalizer, List<String> lexiconRows) {
        this.simplify = indicatorNormalizer;
        try {
            this.lexicon = lexiconRows.isEmpty() ? null : Lexicon.standard().withRows(EXTRA_ROWS, List.copyOf(lexiconRows));
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static final String EXTRA_ROWS = "lexicon rows";

    /** Runs {@code work} with this finder's lexicon (its extra rows) as the one every stage reads. */
    public <T> T withLexicon(java.util.function.Supplier<T> work) {
        return lexicon == null ? work.get() : Lexicon.using(lexicon, work);
    }

    /**
     * Targets and achievements found, those of the report's own year first (see {@link #ownYearFirst}),
     * each in text order, and the decisions behind them (empty unless
     * the context {@link ReportContext#explaining() explains}).
     */
    public record Result(List<Target> targets, List<Achievement> achievements, List<Decision> decisions) {
    }

    public Result find(ReportContext ctx) {
        return withLexicon(() -> findIn(ctx));
    }

    private Result findIn(ReportContext ctx) {
        Scan sc = new Scan(ctx);
        for (TextRange line : ctx.lines()) {
            if (!inGlossary(sc, line)) {
                readLine(sc, line);
            }
        }
        return new Result(ownYearFirst(Restatements.drop(sc.targets, sc.targetStarts, sc.text, ctx.lines(), sc.trace), sc.planYear),
                ownYearFirst(Restatements.drop(sc.estimates.applyBack(sc.achievements, sc.achievementStarts, sc.trace),
                        sc.achievementStarts, sc.text, ctx.lines(), sc.trace), sc.planYear == null ? null : sc.planYear - 1),
                sc.trace.decisions());
    }

    /** The state of reading one report: what was found, and what the lines and sentences before say. */
    private static final class Scan {
        /** The budget account named last in the line (一般公共预算收入), for a later 支出… to name its side. */
        final BudgetAccounts.Memory accounts = new BudgetAccounts.Memory();
        final ReportContext ctx;
        final Trace trace;
        final String text;
        final Integer planYear;
        final SectionState sections;
        final List<Target> targets = new ArrayList<>();
        final List<Achievement> achievements = new ArrayList<>();
        /**
         * Where each target's and achievement's item starts (normalized): the paragraph a restatement is
         * in, and the part a statement that figures are estimates governs.
         */
        final List<Integer> targetStarts = new ArrayList<>();
        final List<Integer> achievementStarts = new ArrayList<>();
        final EstimateStatements estimates;
        boolean previousLineHadFigures = false;
        boolean listContext = false;
        /** Where the last statement of the year's targets began. */
        int planCueAt = -1;
        boolean inGlossary = false;
        // the line being read
        TextRange line;
        boolean paragraphEstimated;
        boolean lineHadFigures;
        boolean previousSentenceHadFigures;
        /** The year and period of the figure kept last, and the sentence it was in (a value list's next value shares them). */
        Periods.YearAndPeriod lastWhen;
        int lastWhenSentence = -1;
        boolean lineIsListItem;
        /** The line states the year's targets: its later sentences are in the list too. */
        boolean targetsLine;
        /** The mode the paragraph's opener states, or NEUTRAL. */
        Mode opener;

        Scan(ReportContext ctx) {
            this.ctx = ctx;
            this.trace = Trace.of(ctx);
            this.text = ctx.text();
            this.planYear = ctx.metadata().year();
            this.sections = new SectionState(ctx);
            this.reviews = new ReviewYears(ctx, sections, planYear);
            this.estimates = new EstimateStatements(ctx);
        }

        /** The years the line's paragraph, or the paragraphs of its section before it, review. */
        final ReviewYears reviews;

        /** The years the paragraph before {@code at} reviews, when its last opener names several; else null. */
        int[] reviewAt(int at) {
            return reviews.at(at, line);
        }

        void startLine(TextRange l) {
            line = l;
            reviews.startLine();
            accounts.clear();
            accounts.paragraph(text, l.start(), l.end());
            paragraphEstimated = false;
            lineHadFigures = false;
            previousSentenceHadFigures = false;
            lineIsListItem = isListItem(text, l);
            targetsLine = false;
            // a paragraph opened by 这五年 / 过去一年 / 一年来 reviews, one opened by 今年 plans, where nothing else says
            opener = Lexicon.words(Role.REVIEW_OPENER).wordAt(text, l.start()) != null ? Mode.REVIEW
                    : text.startsWith("今年", l.start()) ? Mode.PLAN : Mode.NEUTRAL;
        }
    }

    /** Whether {@code line} is a glossary's heading or entry (its figures set aside); tracks where glossaries end. */
    private static boolean inGlossary(Scan sc, TextRange line) {
        if (GlossaryHeadings.is(sc.text, line)) {
            sc.inGlossary = true; // a definition's figures are not the report's targets or results
            setAsideAll(sc.trace, sc.text, line.start(), line.end(), Rules.GLOSSARY);
            return true;
        }
        if (sc.inGlossary) {
            if (!GlossaryHeadings.endsGlossary(sc.text, line)) {
                setAsideAll(sc.trace, sc.text, line.start(), line.end(), Rules.GLOSSARY);
                return true;
            }
            sc.inGlossary = false;
        }
        return false;
    }

    private void readLine(Scan sc, TextRange line) {
        sc.startLine(line);
        for (TextRange sentence : sc.ctx.sentencesIn(line)) {
            int s = sentence.start();
            while (s < sentence.end()) {
                int e = SentenceBounds.pieceEnd(sc.text, s, sentence.end());
                readSentence(sc, s, e);
                s = e;
            }
        }
        sc.previousLineHadFigures = sc.lineHadFigures || (sc.listContext && sc.lineIsListItem);
        sc.listContext = sc.listContext && (sc.lineHadFigures || sc.lineIsListItem);
    }

    /** Whether a sentence plans or reviews, the rule that said so, and whether it states the year's targets. */
    private record ModeDecision(Mode mode, String rule, boolean cue) {
    }

    /** Reads the figures of the sentence {@code text[s, e)} as targets or achievements. */
    private void readSentence(Scan sc, int s, int e) {
        String sentence = sc.text.substring(s, e);
        int estimatedFrom = sentence.indexOf("预计"); // a figure after it in the sentence is estimated
        if (estimatedFrom >= 0 && sentence.contains("下同)")) {
            sc.paragraphEstimated = true;
        }
        SectionState here = sc.sections.at(s);
        SentenceRoles roles = SentenceRoles.of(sentence);
        sc.estimates.read(sentence, s, here.path(), roles);
        ModeDecision md = mode(sc, sentence, roles, s, here);
        if (md.mode() == Mode.NEUTRAL) {
            setAsideAll(sc.trace, sc.text, s, e, Rules.MODE_NONE);
            return;
        }
        sc.accounts.fromTitles(here.titles());
        List<Item> items = SentenceFigures.read(sentence, s, sc.trace, sc.accounts);
        boolean anyFigure = !items.isEmpty();
        boolean listItem = sc.lineIsListItem && sc.previousLineHadFigures;
        // a short sentence closing a list of figures (…上涨0.4%。完成省下达的节能减排降碳任务。)
        boolean closesList = sc.previousSentenceHadFigures && e - s <= SHORT_SENTENCE;
        if (anyFigure || md.cue() || listItem || closesList || (md.mode() == Mode.PLAN && (here.titleNamesTargets() || sc.targetsLine))
                || (md.mode() == Mode.REVIEW && estimatedFrom >= 0)) {
            items.addAll(Qualitatives.readQualitative(sc.text, sentence, () -> sc.ctx.clausesIn(new TextRange(s, e)), roles, items,
                    md.mode() == Mode.PLAN));
        }
        sc.lineHadFigures |= !items.isEmpty();
        sc.previousSentenceHadFigures = anyFigure;
        items.sort((a, b) -> Integer.compare(a.start, b.start));
        List<String> path = here.titles();
        for (Item it : items) {
            keep(sc, it, md, s, estimatedFrom, path);
        }
    }

    /** The mode of the sentence {@code text[s, ..)}: the targets cue, the section, the part, its words, the paragraph. */
    private static ModeDecision mode(Scan sc, String sentence, SentenceRoles roles, int s, SectionState here) {
        Mode mode = here.mode();
        String modeRule = Rules.MODE_SECTION;
        if (mode == Mode.PLAN && sc.opener == Mode.REVIEW) {
            mode = Mode.REVIEW; // 努力做好1996年的工作 / 过去的一年，…增长10.2%: a paragraph that reviews opens the plan section
            modeRule = Rules.MODE_PARAGRAPH_OPENER;
        }
        boolean cue = roles.has(Role.TARGET_CUE) && !roles.has(Role.NOT_TARGET);
        if (cue) {
            mode = Mode.PLAN;
            modeRule = Rules.MODE_TARGETS_CUE;
            sc.listContext = true;
            sc.planCueAt = s;
            sc.targetsLine = true;
        } else if (sc.targetsLine && mode != Mode.REVIEW) {
            mode = Mode.PLAN; // 主要预期目标是：…增长6%。城镇登记失业率…完成X确定的目标。
            modeRule = Rules.MODE_TARGETS_LINE;
        } else if (mode == Mode.NEUTRAL) {
            // an un-numbered part heading (2025年工作回顾) states the mode of the part it opens,
            // until the next such heading; a statement of the year's targets after a review
            // heading shows that the report has moved on to its plans
            Mode part = sc.sections.partMode(s);
            boolean movedOn = part == Mode.REVIEW && sc.planCueAt > sc.sections.partStart(s);
            mode = movedOn ? Mode.PLAN : part;
            modeRule = movedOn ? Rules.MODE_TARGETS_AFTER_REVIEW : Rules.MODE_PART_HEADING;
        }
        if (!cue && mode == Mode.NEUTRAL) {
            mode = ModeClassifier.ofSentence(sentence);
            modeRule = Rules.MODE_SENTENCE_WORDS;
            if (mode == Mode.NEUTRAL) {
                mode = sc.opener != Mode.NEUTRAL ? sc.opener : here.fallback(s);
                modeRule = sc.opener != Mode.NEUTRAL ? Rules.MODE_PARAGRAPH_OPENER : Rules.MODE_FALLBACK;
            }
        }
        return new ModeDecision(mode, modeRule, cue);
    }

    /** Keeps the item {@code it} of the sentence starting at {@code s} as a target or an achievement (or sets it aside without a subject). */
    private void keep(Scan sc, Item it, ModeDecision md, int s, int estimatedFrom, List<String> path) {
        String indicator = simplify.apply(Subjects.shorten(it.indicator));
        if (indicator.length() == 1 && Lexicon.set(Role.PRODUCT_CHAR).contains(indicator)) {
            indicator = indicator + "产量"; // 钢三百万吨: the output of steel
        }
        if (TableCells.count(indicator) >= 2) {
            // 公共安全支出 133031 144412 144412 133837 92.7%: a row of a table, whose columns have no names here
            sc.trace.setAside(it.from, it.to, Rules.TABLE_ROW, null, it.quantity);
            return;
        }
        if (Utf16.hasPrivateUse(indicator)) {
            sc.trace.setAside(it.from, it.to, Rules.UNMAPPED_GLYPH, null, it.quantity); // a name read from garbled text
            return;
        }
        if (indicator.length() < 2) {
            // 过10万元, 占54.2%: a character left of a clause names nothing
            sc.trace.setAside(it.from, it.to, indicator.isEmpty() ? Rules.NO_SUBJECT : Rules.SHORT_SUBJECT, null, it.quantity);
            return;
        }
        String text = sc.text;
        Span span = sc.ctx.span(it.start, it.end);
        String clause = text.substring(it.start, it.end);
        boolean plan = md.mode() == Mode.PLAN;
        int lineStart = sc.line.start();
        String lead = text.substring(Math.min(it.start, it.from), it.from);
        boolean nextValue = sc.lastWhenSentence == s && (it.rule.equals(Rules.VALUE_LIST) || it.rule.equals(Rules.RESPECTIVELY))
                && (Indicators.trimPunct(lead).isEmpty() || Lists.isListGap(lead.strip()));
        Periods.YearAndPeriod when = nextValue ? sc.lastWhen : Periods.of(lead, indicator, // 年均增长5.3%、7.7%: 7.7 is one too
                () -> text.substring(s, it.from), () -> context(text, lineStart, it.from, path), () -> md.cue() || md.rule().equals(Rules.MODE_TARGETS_LINE) ? "" : String.join("\n", path),
                () -> sc.reviewAt(it.from), sums(it, text), plan,
                sc.planYear);
        when = PlanDocuments.yearOf(when, plan, text, lineStart, sc.planYear); // 《纲要（草案）》…城镇调查失业率5.5%左右
        sc.lastWhen = when;
        sc.lastWhenSentence = s;
        if (plan) {
            Target t = new Target(indicator, null, it.measure, it.quantity, when.year(), false, clause, span, path, when.period());
            sc.targets.add(t);
            sc.targetStarts.add(it.start);
            sc.trace.kept(it.from, it.to, md.rule(), it.rule, t);
        } else {
            boolean est = sc.paragraphEstimated || estimatedFrom >= 0 && s + estimatedFrom + 2 <= it.end || sc.estimates.ahead(it.start);
            Achievement a = new Achievement(indicator, null, it.measure, it.quantity, when.year(), est, clause, span, path,
                    when.period());
            sc.achievements.add(a);
            sc.achievementStarts.add(it.start);
            sc.trace.kept(it.from, it.to, md.rule(), it.rule, a);
        }
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

    /**
     * Whether the item sums what was done: a growth or a change, or an amount or count (not a
     * percentage) after a verb of things done (新增, 建成, 完成…).
     */
    private static boolean sums(Item it, String text) {
        if (it.quantity == null || it.measure == io.github.workreport.Measure.QUALITATIVE) {
            return false;
        }
        String lead = text.substring(Math.min(it.start, it.from), it.from);
        if (it.measure == io.github.workreport.Measure.GROWTH || it.measure == io.github.workreport.Measure.CHANGE) {
            // (not 较上年增长17%, nor 高于全国平均水平4.9个百分点: a year's change, a margin)
            return !Lexicon.words(Role.YEAR_ON_YEAR).occursIn(lead) && !Lexicon.words(Role.COMPARED_WITH).occursIn(lead);
        }
        if (it.quantity.unit().equals("%") || it.quantity.unit().isEmpty()) {
            return false; // a share or a ratio is a level
        }
        // 新增院士9人, 获国家科学技术奖20项, 普惠托育机构923个: counts of what the years brought; not 达到, 增至, 突破 a level
        return Lexicon.words(Role.DONE_VERB).occursIn(lead) || it.quantity.comparison() == io.github.workreport.Comparison.EQ
                && !Lexicon.words(Role.STOCK_WORD).occursIn(lead) && !Lexicon.words(Role.TO_WORD).occursIn(lead);
    }

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
        return c == '(' || (c >= '\u2460' && c <= '\u2473') || c == '—' || c == '-'
                || Character.isDigit(c) && (d == '.' || d == '、' || Character.isDigit(d));
    }

    /** End of the piece of the sentence {@code [s, sentenceEnd)} read from {@code s}: see {@link SentenceBounds#pieceEnd}. */
    public static int pieceEnd(String text, int s, int sentenceEnd) {
        return SentenceBounds.pieceEnd(text, s, sentenceEnd);
    }

    /** The longest sentence read whole; a longer one is cut at a clause boundary. */
    public static final int MAX_SENTENCE = SentenceBounds.MAX_SENTENCE;
}
