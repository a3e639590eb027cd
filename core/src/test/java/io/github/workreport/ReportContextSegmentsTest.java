package io.github.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.spi.Extractor;
import io.github.workreport.spi.Findings;
import io.github.workreport.spi.ReportContext;
import io.github.workreport.spi.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sentences and clauses a parser's extractors see through {@link ReportContext}. */
class ReportContextSegmentsTest {

    /** Records what two extractors of one report see. */
    private static final class Seeing implements Extractor {
        final String name;
        final List<ReportContext> seen = new ArrayList<>();

        Seeing(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<Class<?>> provides() {
            return Set.of();
        }

        @Override
        public Findings extract(ReportContext context) {
            seen.add(context);
            return Findings.builder().build();
        }
    }

    @Test
    void sentences_defaultParser_normalizedPunctuationCutOncePerReport() {
        Seeing a = new Seeing("a");
        Seeing b = new Seeing("b");
        ReportParser p = ReportParser.builder().addExtractor(a).addExtractor(b).build();
        p.parse(Fixtures.CITY_REPORT);
        ReportContext ca = a.seen.get(0);
        ReportContext cb = b.seen.get(0);
        assertSame(ca.sentences(), cb.sentences(), "cut once, shared by the extractors of a report");
        assertSame(ca.clauses(), cb.clauses());
        String text = ca.text();
        String targets = "地区生产总值增长5.5%左右,";
        int at = text.indexOf(targets);
        assertTrue(at > 0, "the width step folds ， to , (the normalizer's contract)");
        TextRange clause = ca.clauses().stream().filter(c -> c.contains(at)).findFirst().orElseThrow();
        assertTrue(text.substring(clause.start(), clause.end()).endsWith(targets), "a clause ends after its comma");
        TextRange next = ca.clauses().get(ca.clauses().indexOf(clause) + 1);
        assertTrue(text.startsWith("规模以上工业增加值增长6%以上,", next.start()), "the next clause starts after it");
        for (TextRange line : ca.lines()) {
            List<TextRange> ss = ca.sentencesIn(line);
            assertFalse(ss.isEmpty());
            assertEquals(line.start(), ss.get(0).start());
            assertEquals(line.end(), ss.get(ss.size() - 1).end());
        }
    }

    @Test
    void sentences_contextWithoutOverride_defaultMethodsCutTheSame() {
        Seeing a = new Seeing("a");
        ReportParser.builder().addExtractor(a).build().parse(Fixtures.CITY_REPORT);
        ReportContext c = a.seen.get(0);
        ReportContext plain = new ReportContext() { // a context of one's own, as a test of an extractor may write
            @Override public io.github.workreport.text.NormalizedText normalized() { return c.normalized(); }
            @Override public TextRange range() { return c.range(); }
            @Override public List<TextRange> lines() { return c.lines(); }
            @Override public ReportMetadata metadata() { return c.metadata(); }
            @Override public List<Section> sections() { return c.sections(); }
            @Override public TextRange rangeOf(Section section) { return c.rangeOf(section); }
            @Override public TextRange headingRangeOf(Section section) { return c.headingRangeOf(section); }
            @Override public List<Section> sectionsAt(int offset) { return c.sectionsAt(offset); }
            @Override public List<Enumeration> enumerations() { return c.enumerations(); }
            @Override public <T> List<T> findings(Class<T> type) { return c.findings(type); }
        };
        assertEquals(c.sentences(), plain.sentences());
        assertEquals(c.clauses(), plain.clauses());
    }
}
