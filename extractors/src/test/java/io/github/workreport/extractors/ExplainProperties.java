package io.github.workreport.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Decision;
import io.github.workreport.Figure;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.Span;
import io.github.workreport.quantity.Quantities;
import io.github.workreport.quantity.QuantityMatch;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code explain}: a decision for every quantity, and exactly the figures {@code parse} gives. */
class ExplainProperties {

    private static final ReportParser EXPLAINING = ReportParser.builder().addExtractor(new FigureExtractor()).explain(true).build();
    private static final ReportParser PLAIN = ReportParser.builder().addExtractor(new FigureExtractor()).build();

    @Provide
    Arbitrary<String> reports() {
        return new FigureProperties().reports();
    }

    @Property(tries = 80)
    void explain_generatedReports_keptDecisionsAreExactlyTheParsedFigures(@ForAll("reports") String text) {
        ReportFile explained = EXPLAINING.parseAll(text);
        ReportFile plain = PLAIN.parseAll(text);
        assertEquals(plain.reports().size(), explained.reports().size());
        for (int i = 0; i < plain.reports().size(); i++) {
            Report p = plain.reports().get(i);
            Report e = explained.reports().get(i);
            assertEquals(p.targets(), e.targets());
            assertEquals(p.achievements(), e.achievements());
            assertTrue(p.decisions().isEmpty(), "a parser that does not explain collects nothing");
            List<Figure> kept = e.decisions().stream().filter(d -> d.figure() != null).map(Decision::figure).toList();
            assertEquals(sorted(e.figures()), sorted(kept));
            for (Decision d : e.decisions()) {
                assertFalse(d.rule().isBlank());
                assertTrue(d.span().start() < d.span().end() && d.span().end() <= text.length(), "span " + d.span());
            }
        }
    }

    @Property(tries = 80)
    void explain_generatedReports_everyQuantityHasADecision(@ForAll("reports") String text) {
        ReportFile f = EXPLAINING.parseAll(text);
        String normalized = f.normalized().text();
        Set<Span> decided = new TreeSet<>();
        for (Report r : f.reports()) {
            r.decisions().stream().filter(d -> d.quantity() != null).forEach(d -> decided.add(d.span()));
        }
        for (Report r : f.reports()) {
            for (QuantityMatch m : Quantities.find(normalized)) {
                Span s = f.normalized().toOriginal(m.start(), m.end());
                if (r.span().start() <= s.start() && s.end() <= r.span().end()) {
                    assertTrue(decided.contains(s), "no decision for «" + s.of(text) + "» at " + s);
                }
            }
        }
    }

    private static List<Figure> sorted(List<Figure> figures) {
        return figures.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
    }

}
