package io.github.workreport.examples;

import io.github.workreport.Achievement;
import io.github.workreport.Comparison;
import io.github.workreport.Measure;
import io.github.workreport.Quantity;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.quantity.Quantities;
import io.github.workreport.spi.Extractor;
import io.github.workreport.spi.Findings;
import io.github.workreport.spi.ReportContext;
import io.github.workreport.spi.TextRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A custom {@link Extractor}: finds the count of 民生实事 (the "livelihood projects" a government
 * pledges each year, {@code 办好15件民生实事}) that the figure extractor does not know about.
 *
 * <p>It returns findings of its own type, {@link LivelihoodProjects}, which later extractors can
 * read through {@link ReportContext#findings(Class)}; and, so that the count also reaches the
 * {@link io.github.workreport.Report}, a {@link Target} (in the plan part) or an
 * {@link Achievement} (in the review part) with indicator {@code 民生实事} and unit {@code 件}, unless
 * the figure extractor already found a figure at that place.
 *
 * <p>It {@link #requires() requires} {@link Target} and {@link Achievement} (to avoid duplicates it
 * reads what the figure extractor found, so it must run after it) and {@link ReportMetadata} (for the
 * plan year; the parser provides that itself).
 *
 * <p>Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.github.workreport.spi.Extractor} with the no-argument constructor;
 * {@link #order()} 200 puts it after the figure extractor (order 100).
 */
public final class LivelihoodProjectsExtractor implements Extractor {

    /** The name the no-argument constructor registers under. */
    public static final String NAME = "livelihood-projects";

    /** The indicator written on the targets and achievements this extractor adds. */
    public static final String INDICATOR = "民生实事";

    private static final String NUMERAL = "[0-9]+|[零一二两三四五六七八九十百]+";

    private final String name;
    private final Pattern pattern;

    /** Looks for {@code N件民生实事}; the constructor ServiceLoader uses. */
    public LivelihoodProjectsExtractor() {
        this(NAME, List.of("民生实事"));
    }

    /**
     * Looks for {@code N件} followed by one of {@code terms} ({@code 民生实事}, {@code 惠民实事}), with an
     * optional 重点 in between, under a name of your choice.
     *
     * @throws IllegalArgumentException when {@code name} is blank or {@code terms} is empty
     */
    public LivelihoodProjectsExtractor(String name, List<String> terms) {
        this.name = Objects.requireNonNull(name, "name");
        if (name.isBlank() || terms.isEmpty()) {
            throw new IllegalArgumentException("a name and at least one term are needed: '" + name + "', " + terms);
        }
        StringBuilder alt = new StringBuilder();
        for (String t : terms) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(t));
        }
        this.pattern = Pattern.compile("(" + NUMERAL + ")件(?:重点)?(" + alt + ")");
    }

    /**
     * One 民生实事 count.
     *
     * @param count   the number of projects
     * @param term    the term as written ({@code 民生实事})
     * @param planned true in the plan part (a pledge), false in the review part (done)
     * @param year    the year the count refers to, or null when the plan year is unknown
     * @param text    the matched text, normalized
     * @param span    where it is in the original input
     */
    public record LivelihoodProjects(int count, String term, boolean planned, Integer year, String text, Span span) {
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(LivelihoodProjects.class, Target.class, Achievement.class);
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(ReportMetadata.class, Target.class, Achievement.class);
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Findings extract(ReportContext context) {
        TextRange range = context.range();
        String text = context.text();
        Integer planYear = context.metadata().year();
        List<Span> known = new ArrayList<>();
        context.findings(Target.class).forEach(t -> known.add(t.span()));
        context.findings(Achievement.class).forEach(a -> known.add(a.span()));

        Findings.Builder out = Findings.builder();
        Matcher m = pattern.matcher(text).region(range.start(), range.end());
        while (m.find()) {
            Optional<BigDecimal> n = Quantities.parseNumber(m.group(1));
            if (n.isEmpty() || n.get().signum() <= 0 || n.get().scale() > 0) {
                continue;
            }
            int count = n.get().intValueExact();
            boolean planned = !inReview(context.sectionsAt(m.start()));
            Integer year = planYear == null ? null : planned ? planYear : planYear - 1;
            Span span = context.span(m.start(), m.end());
            String matched = m.group();
            out.add(new LivelihoodProjects(count, m.group(2), planned, year, matched, span));
            if (known.stream().anyMatch(span::overlaps)) {
                continue;
            }
            Quantity q = Quantity.of(BigDecimal.valueOf(count), "件", Comparison.EQ);
            List<String> path = context.sectionsAt(m.start()).stream().map(Section::title).toList();
            if (planned) {
                out.add(new Target(INDICATOR, null, Measure.LEVEL, q, year, false, matched, span, path));
            } else {
                out.add(new Achievement(INDICATOR, null, Measure.LEVEL, q, year, false, matched, span, path));
            }
        }
        return out.build();
    }

    /** Whether the offset lies under a review heading (工作回顾, 过去一年, 执行情况). */
    private static boolean inReview(List<Section> enclosing) {
        if (enclosing.isEmpty()) {
            return false;
        }
        String top = enclosing.get(0).title();
        return top.contains("回顾") || top.contains("过去") || top.contains("执行情况");
    }
}
