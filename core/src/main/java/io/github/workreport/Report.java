package io.github.workreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One parsed report: its metadata, section tree, targets, achievements, glossary and the
 * warnings collected on the way. Immutable.
 *
 * @param span         where the report is in the original input
 * @param metadata     title, region, level, year, kind, date, meeting, speaker
 * @param sections     the top-level sections, each with its sub-sections
 * @param targets      figures set as goals
 * @param achievements figures reported as done or estimated
 * @param glossary     footnotes and term explanations
 * @param warnings     diagnostics, each with a span where there is a place
 * @param extras       findings of custom extractors of types other than the above, in order found
 */
public record Report(Span span, ReportMetadata metadata, List<Section> sections, List<Target> targets,
        List<Achievement> achievements, List<GlossaryEntry> glossary, List<Warning> warnings, List<Object> extras) {

    /** A report without custom findings. */
    public Report(Span span, ReportMetadata metadata, List<Section> sections, List<Target> targets,
            List<Achievement> achievements, List<GlossaryEntry> glossary, List<Warning> warnings) {
        this(span, metadata, sections, targets, achievements, glossary, warnings, List.of());
    }

    public Report {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
        targets = List.copyOf(targets);
        achievements = List.copyOf(achievements);
        glossary = List.copyOf(glossary);
        warnings = List.copyOf(warnings);
        extras = List.copyOf(extras);
    }

    /** Custom findings of one type (what an extractor of your own returned). */
    public <T> List<T> findings(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : extras) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    /**
     * The decisions behind the figures, in text order: empty unless the parser was built with
     * {@link ReportParser.Builder#explain(boolean) explain(true)}.
     */
    public List<Decision> decisions() {
        List<Decision> out = findings(Decision.class);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Every section of the tree, depth first. */
    public List<Section> allSections() {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            s.walk(out::add);
        }
        return out;
    }

    /** Targets and achievements together, in text order. */
    public List<Figure> figures() {
        List<Figure> out = new ArrayList<>(targets.size() + achievements.size());
        out.addAll(targets);
        out.addAll(achievements);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }
}
