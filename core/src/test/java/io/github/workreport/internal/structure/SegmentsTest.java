package io.github.workreport.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.spi.Punctuation;
import io.github.workreport.spi.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clause layer: sentences and clauses of composed lines, cut with {@link Punctuation}. */
class SegmentsTest {

    /** The lines of a text: the stretches between line feeds, empty ones left out. */
    static List<TextRange> lines(String text) {
        List<TextRange> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > s) {
                    out.add(new TextRange(s, i));
                }
                s = i + 1;
            }
        }
        return out;
    }

    private static String join(String text, List<TextRange> ranges) {
        List<String> parts = new ArrayList<>();
        for (TextRange r : ranges) {
            parts.add(text.substring(r.start(), r.end()));
        }
        return String.join("/", parts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // text | sentences, /-separated | clauses, /-separated
        "甲增长5%,乙下降3%。丙持平 | 甲增长5%,乙下降3%。/丙持平 | 甲增长5%,/乙下降3%。/丙持平",
        "甲;乙!丙?丁 | 甲;乙!/丙?/丁 | 甲;/乙!/丙?/丁",
        "甲、乙和丙:丁 | 甲、乙和丙:丁 | 甲、乙和丙:丁",
        "。。 | 。/。 | 。/。",
        "甲,,乙 | 甲,,乙 | 甲,/,/乙",
        "甲。\\n乙,丙 | 甲。/乙,丙 | 甲。/乙,/丙",
        "甲\\n\\n乙。 | 甲/乙。 | 甲/乙。",
        "甲增长5.2%以上 | 甲增长5.2%以上 | 甲增长5.2%以上",
        "全角，不切。 | 全角，不切。 | 全角，不切。",
    })
    void of_composedLines_cutAtDeclaredPunctuation(String text, String sentences, String clauses) {
        String t = text.replace("\\n", "\n");
        Segments seg = Segments.of(t, lines(t));
        assertEquals(sentences, join(t, seg.sentences()));
        assertEquals(clauses, join(t, seg.clauses()));
    }

    @Test
    void within_sentenceOfSeveralClauses_givesItsClauses() {
        String t = "甲,乙。丙,丁;戊。";
        Segments seg = Segments.of(t, lines(t));
        TextRange second = seg.sentences().get(1);
        assertEquals("丙,/丁;/戊。", join(t, Segments.within(seg.clauses(), second)));
    }

    @Test
    void within_rangeInsideAClause_cutToTheRange() {
        String t = "甲乙丙,丁戊。";
        Segments seg = Segments.of(t, lines(t));
        assertEquals("乙丙,/丁", join(t, Segments.within(seg.clauses(), new TextRange(1, 5))));
        assertTrue(Segments.within(seg.clauses(), new TextRange(2, 2)).isEmpty());
    }

    @Test
    void punctuation_clauseStartAndEnd_matchTheClauses() {
        String t = "甲乙,丙丁;戊。";
        assertEquals(3, Punctuation.clauseStart(t, 4));
        assertEquals(0, Punctuation.clauseStart(t, 2));
        assertEquals(5, Punctuation.clauseEnd(t, 3));
        assertEquals(2, Punctuation.clauseEnd("甲乙", 0));
    }
}
