package io.github.workreport.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link SentenceRoles} answers what a pass per role's word list would. */
class SentenceRolesProperties {

    @Provide
    Arbitrary<String> sentences() {
        // words of the scanned roles, cut or whole, between filler: matches, near misses and overlaps
        List<String> pieces = new ArrayList<>(List.of("全市", "增长", "5%", ",", "。", "经济"));
        List<Role> roles = new ArrayList<>(SentenceRoles.SCANNED);
        roles.addAll(List.of(Role.QUALITATIVE, Role.QUALITATIVE_PREFIX, Role.QUALITATIVE_PLAN));
        for (Role r : roles) {
            for (String w : Lexicon.list(r)) {
                pieces.add(w);
                if (w.length() > 2) {
                    pieces.add(w.substring(1));
                    pieces.add(w.substring(0, w.length() - 1));
                }
            }
        }
        return Arbitraries.of(pieces).list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property
    void has_equalsOccursInOfEachRole(@ForAll("sentences") String s) {
        SentenceRoles roles = SentenceRoles.of(s);
        for (Role r : SentenceRoles.SCANNED) {
            assertEquals(Lexicon.words(r).occursIn(s), roles.has(r), r + " in " + s);
        }
        boolean anyQualitative = Lexicon.words(Role.QUALITATIVE).occursIn(s) || Lexicon.words(Role.QUALITATIVE_PREFIX).occursIn(s)
                || Lexicon.words(Role.QUALITATIVE_PLAN).occursIn(s);
        assertEquals(anyQualitative, roles.hasQualitative(), s);
    }

    @Test
    void has_targetCueAndItsNegation() {
        SentenceRoles roles = SentenceRoles.of("今年经济社会发展的主要预期目标是:地区生产总值增长5%左右");
        assertTrue(roles.has(Role.TARGET_CUE));
        assertFalse(roles.has(Role.ESTIMATE_STATEMENT));
    }

    @Test
    void has_roleNotScanned_throws() {
        assertThrows(IllegalArgumentException.class, () -> SentenceRoles.of("增长").has(Role.GROWTH));
    }
}
