package io.github.workreport.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final List<String> NO_PAIRS = List.of();

    private static IllegalStateException failure(List<String> words, List<String> pairs) {
        return assertThrows(IllegalStateException.class, () -> Lexicon.of(words, pairs, false));
    }

    @Test
    void everyRoleAndRelationOfTheStandardLexiconHasWords() {
        Lexicon l = Lexicon.standard();
        for (Role r : Role.values()) {
            assertFalse(l.wordsOf(r).isEmpty(), r.id);
            assertEquals(l.wordsOf(r).size(), l.wordSet(r).size(), r.id);
        }
        for (Lexicon.Relation r : Lexicon.Relation.values()) {
            assertFalse(l.pairsOf(r).isEmpty(), r.id);
        }
    }

    @Test
    void standardLexiconKnowsItsWords() {
        assertTrue(Lexicon.set(Role.COUNT_UNIT).contains("个"));
        assertTrue(Lexicon.set(Role.NEGATIVE).contains("下降"));
        assertTrue(Lexicon.set(Role.GROWTH).contains("下降"));
        assertEquals("与经济增长同步", Lexicon.words(Role.QUALITATIVE).prefixOf("与经济增长同步"));
        assertTrue(SentenceRoles.of("进出口稳中向好").hasQualitative()); // a qualitative-plan word
        List<String> inner = Lexicon.list(Role.INNER_VERB); // ordered: in file order
        assertTrue(inner.indexOf("累计完成") < inner.indexOf("完成") && inner.indexOf("实现了") < inner.indexOf("实现"), inner.toString());
        assertEquals("人", Lexicon.pairs(Lexicon.Relation.IMPLIED_UNIT).get(0).value());
    }

    @Test
    void everyRoleIdIsKnownAndDistinct() {
        for (Role r : Role.values()) {
            assertEquals(r, Role.byId(r.id));
        }
        assertEquals(null, Role.byId("no-such-role"));
    }

    @Test
    void rolesKeepFileOrderAndAWordMayHaveSeveralRoles() {
        Lexicon l = Lexicon.of(List.of("# a comment", "", "乙\thedge,at-least", "甲\thedge"), NO_PAIRS, false);
        assertEquals(List.of("乙", "甲"), l.wordsOf(Role.HEDGE));
        assertEquals(List.of("乙"), l.wordsOf(Role.AT_LEAST));
        assertTrue(l.wordsOf(Role.LEADING).isEmpty());
    }

    @Test
    void duplicateWordIsRejectedWithItsLine() {
        IllegalStateException e = failure(List.of("# c", "下降\tgrowth", "增长\tgrowth", "下降\tnegative"), NO_PAIRS);
        assertTrue(e.getMessage().startsWith("lexicon/words.tsv line 4:"), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate word '下降' (first on line 2)"), e.getMessage());
    }

    @Test
    void unknownRoleIsRejectedWithItsLine() {
        IllegalStateException e = failure(List.of("下降\tgrowth", "增长\tgrowth,grwoth"), NO_PAIRS);
        assertTrue(e.getMessage().startsWith("lexicon/words.tsv line 2:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown role 'grwoth'"), e.getMessage());
    }

    @Test
    void malformedRowsAreRejectedWithTheirLine() {
        assertTrue(failure(List.of("下降 growth"), NO_PAIRS).getMessage().startsWith("lexicon/words.tsv line 1:"));
        assertTrue(failure(List.of("下降\t"), NO_PAIRS).getMessage().startsWith("lexicon/words.tsv line 1:"));
        assertTrue(failure(List.of("下降\tgrowth\tnegative"), NO_PAIRS).getMessage().startsWith("lexicon/words.tsv line 1:"));
        assertTrue(failure(List.of("下降\tgrowth,growth"), NO_PAIRS).getMessage().contains("role 'growth' twice"));
    }

    @Test
    void pairsAreCheckedToo() {
        List<String> words = List.of("下降\tgrowth");
        IllegalStateException dup = failure(words, List.of("implied-unit\t人口\t人", "implied-unit\t人口\t户"));
        assertTrue(dup.getMessage().startsWith("lexicon/pairs.tsv line 2:"), dup.getMessage());
        IllegalStateException unknown = failure(words, List.of("implied-units\t人口\t人"));
        assertTrue(unknown.getMessage().contains("unknown relation 'implied-units'"), unknown.getMessage());
        IllegalStateException compressed = failure(words, List.of("compressed\t存贷款\t存款"));
        assertTrue(compressed.getMessage().startsWith("lexicon/pairs.tsv line 1:"), compressed.getMessage());
    }

    @Test
    void aCompleteLexiconNeedsEveryRole() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.of(List.of("下降\tgrowth"), NO_PAIRS, true));
        assertTrue(e.getMessage().startsWith("lexicon/words.tsv: no word has the role"), e.getMessage());
    }

    @Test
    void rowsOfOnesOwnAreReadOnlyInTheirScope() {
        Lexicon own = Lexicon.standard().withRows("rows", List.of("攀升\tgrowth", "下降\tat-least"));
        assertTrue(Lexicon.using(own, () -> Lexicon.set(Role.GROWTH).contains("攀升")));
        assertTrue(Lexicon.using(own, () -> Lexicon.set(Role.AT_LEAST).contains("下降")));
        assertFalse(Lexicon.set(Role.GROWTH).contains("攀升"));
        List<String> growth = own.wordsOf(Role.GROWTH);
        assertEquals("攀升", growth.get(growth.size() - 1)); // after the built-in words
        assertEquals(Lexicon.standard().wordsOf(Role.NEGATIVE), own.wordsOf(Role.NEGATIVE));
    }

    @Test
    void aMissingResourceIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.read("lexicon/nothing.tsv"));
        assertTrue(e.getMessage().contains("lexicon/nothing.tsv"), e.getMessage());
    }
}
