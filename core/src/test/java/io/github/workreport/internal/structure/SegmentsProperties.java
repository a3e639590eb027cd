package io.github.workreport.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.spi.Punctuation;
import io.github.workreport.spi.TextRange;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the clause layer over composed text: sentences tile the lines, clauses tile the sentences. */
class SegmentsProperties {

    private static final List<String> PIECES = List.of("收入", "增长", "5.2%", "。", ",", ";", "!", "?", "、", ":", " ",
            "\n", "(一)", "亿元", "𫝈", "，", "；", "”");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void of_anyText_sentencesTileTheLinesWithoutOverlap(@ForAll("text") String t) {
        List<TextRange> lines = SegmentsTest.lines(t);
        Segments seg = Segments.of(t, lines);
        int k = 0;
        for (TextRange line : lines) {
            int at = line.start();
            while (at < line.end()) {
                TextRange s = seg.sentences().get(k++);
                assertEquals(at, s.start(), "no gap and no overlap in " + t);
                assertTrue(s.end() > s.start() && s.end() <= line.end(), "inside its line: " + s);
                for (int i = s.start(); i < s.end() - 1; i++) {
                    assertFalse(Punctuation.isSentenceEnd(t.charAt(i)), "a sentence end inside " + s);
                }
                assertTrue(s.end() == line.end() || Punctuation.isSentenceEnd(t.charAt(s.end() - 1)), "cut at an end: " + s);
                at = s.end();
            }
        }
        assertEquals(k, seg.sentences().size(), "every sentence inside a line");
    }

    @Property(tries = 500)
    void of_anyText_clausesTileEachSentence(@ForAll("text") String t) {
        Segments seg = Segments.of(t, SegmentsTest.lines(t));
        int total = 0;
        for (TextRange s : seg.sentences()) {
            List<TextRange> clauses = Segments.within(seg.clauses(), s);
            int at = s.start();
            for (TextRange c : clauses) {
                assertEquals(at, c.start(), "no gap and no overlap in " + s);
                assertTrue(c.end() > c.start());
                for (int i = c.start(); i < c.end() - 1; i++) {
                    assertFalse(Punctuation.endsClause(t.charAt(i)), "a clause end inside " + c);
                }
                at = c.end();
            }
            assertEquals(s.end(), at, "the clauses reach the sentence's end");
            total += clauses.size();
        }
        assertEquals(seg.clauses().size(), total, "every clause inside a sentence");
    }

    @Property(tries = 300)
    void within_anyRange_cutsToIt(@ForAll("text") String t, @ForAll("offsets") int a, @ForAll("offsets") int b) {
        Segments seg = Segments.of(t, SegmentsTest.lines(t));
        int from = Math.min(Math.min(a, b), t.length());
        int to = Math.min(Math.max(a, b), t.length());
        for (TextRange c : Segments.within(seg.clauses(), new TextRange(from, to))) {
            assertTrue(c.start() >= from && c.end() <= to && c.length() > 0, c + " in [" + from + ", " + to + ")");
        }
        assertEquals(Segments.within(seg.clauses(), new TextRange(from, to)), seg.clausesIn(new TextRange(from, to)),
                "clausesIn cuts the sentences of the range as clauses() cuts them all");
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 130);
    }
}
