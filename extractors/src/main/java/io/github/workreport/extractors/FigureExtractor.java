package io.github.workreport.extractors;

import io.github.workreport.Achievement;
import io.github.workreport.Decision;
import io.github.workreport.Figure;
import io.github.workreport.Target;
import io.github.workreport.Warning;
import io.github.workreport.extractors.internal.FigureFinder;
import io.github.workreport.spi.Extractor;
import io.github.workreport.spi.Findings;
import io.github.workreport.spi.ReportContext;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import io.github.workreport.spi.TextRange;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the targets and achievements of a report: every figure with its indicator, measure,
 * quantity, year and span, set as a goal in the plan part (主要预期目标, 力争/确保) or stated as done
 * or estimated (预计) in the review part. Indicator ids come from an {@link IndicatorTaxonomy}.
 *
 * <pre>{@code
 * ReportParser p = ReportParser.builder()
 *         .addExtractor(new FigureExtractor(IndicatorTaxonomy.defaults()))
 *         .build();
 * }</pre>
 */
public final class FigureExtractor implements Extractor {

    /** The name this extractor registers under. */
    public static final String NAME = "figures";

    private final IndicatorTaxonomy taxonomy;
    private final FigureFinder finder;

    /** With the default taxonomy; the constructor ServiceLoader uses. */
    public FigureExtractor() {
        this(IndicatorTaxonomy.defaults());
    }

    /** With a taxonomy of your own (e.g. the defaults plus your entries). */
    public FigureExtractor(IndicatorTaxonomy taxonomy) {
        this(taxonomy, List.of());
    }

    /**
     * With a taxonomy of your own and words of your own added to the built-in lexicon: each row
     * {@code word<TAB>roles} as in the lexicon file {@code words.tsv} (e.g.
     * {@code "攀升\ttrailing-verb,growth,figure-follower"}); a row for a word the lexicon has adds
     * roles to it. Only this extractor reads the rows; the built-in lexicon stays as it is.
     *
     * @throws IllegalArgumentException naming the line of a malformed row, a word given twice, an
     *     unknown role or a role the word has already
     */
    public FigureExtractor(IndicatorTaxonomy taxonomy, List<String> lexiconRows) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.finder = new FigureFinder(taxonomy::canonicalSpelling, Objects.requireNonNull(lexiconRows, "lexiconRows"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Target.class, Achievement.class, Decision.class);
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Findings extract(ReportContext context) {
        return finder.withLexicon(() -> extractWith(context));
    }

    private Findings extractWith(ReportContext context) {
        FigureFinder.Result r = finder.find(context);
        Findings.Builder b = Findings.builder();
        Map<Figure, Figure> withIds = r.decisions().isEmpty() ? null : new IdentityHashMap<>(); // only to explain
        for (Target t : r.targets()) {
            Target w = t.withIndicatorId(taxonomy.idOf(t.indicator()).orElse(null));
            b.add(w);
            if (withIds != null) {
                withIds.put(t, w);
            }
        }
        for (Achievement a : r.achievements()) {
            Achievement w = a.withIndicatorId(taxonomy.idOf(a.indicator()).orElse(null));
            b.add(w);
            if (withIds != null) {
                withIds.put(a, w);
            }
        }
        for (Decision d : r.decisions()) {
            b.add(d.figure() == null ? d : d.withFigure(withIds.get(d.figure())));
        }
        warnCuts(context, b);
        return b.build();
    }

    /** The code of the warning on a paragraph whose over-long sentences were cut (at clause boundaries). */
    public static final String SENTENCE_CUT = "sentence-cut";

    /**
     * One warning per paragraph holding a sentence too long to read whole, which was cut at clause
     * boundaries: a figure of it may be read without the context beyond the cut.
     */
    private static void warnCuts(ReportContext ctx, Findings.Builder b) {
        String text = ctx.text();
        for (TextRange line : ctx.lines()) {
            if (line.length() <= FigureFinder.MAX_SENTENCE) {
                continue; // no sentence of it can be too long: no second scan of ordinary paragraphs
            }
            int cuts = 0;
            int first = -1;
            for (TextRange sentence : ctx.sentencesIn(line)) {
                int s = sentence.start();
                while (s < sentence.end()) {
                    int e = FigureFinder.pieceEnd(text, s, sentence.end());
                    if (e < sentence.end()) {
                        cuts++;
                        first = first < 0 ? e : first;
                    }
                    s = e;
                }
            }
            if (cuts > 0) {
                b.warn(new Warning(SENTENCE_CUT, "a paragraph of " + line.length() + " characters has sentences too long "
                        + "to read whole: cut " + cuts + (cuts == 1 ? " time" : " times")
                        + " at a clause boundary (the span is the boundary of the first cut)", ctx.span(first - 1, first)));
            }
        }
    }
}
