package io.github.workreport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Utf16Test {

    /** U+1001B0, a private-use character a PDF converter writes for a decimal point. */
    private static final String POINT = new String(Character.toChars(0x1001B0));

    @Test
    void head_cutInsidePair_keepsWholeCharacters() {
        String s = "收入2221" + POINT + "7亿元";
        int inside = s.indexOf(POINT) + 1;
        assertEquals("收入2221", Utf16.head(s, inside));
        assertEquals(s.substring(0, inside + 1), Utf16.head(s, inside + 1));
        assertSame(s, Utf16.head(s, 100));
    }

    @Test
    void tail_cutInsidePair_keepsWholeCharacters() {
        String s = "收入2221" + POINT + "7亿元";
        int inside = s.indexOf(POINT) + 1;
        assertEquals("7亿元", Utf16.tail(s, s.length() - inside));
        assertFalse(Utf16.hasLoneSurrogate(Utf16.tail(s, s.length() - inside)));
    }

    @Test
    void wellFormed_loneHalves_dropped() {
        assertEquals("增长" + POINT + "5", Utf16.wellFormed("\uDC00增长" + POINT + "5\uD800"));
        String ok = "增长" + POINT;
        assertSame(ok, Utf16.wellFormed(ok));
        assertEquals(null, Utf16.wellFormed((String) null));
        assertEquals(List.of("a", "b"), Utf16.wellFormed(List.of("a\uD800", "b")));
    }

    @Test
    void head_negativeMax_throws() {
        assertThrows(IllegalArgumentException.class, () -> Utf16.head("abc", -1));
        assertThrows(IndexOutOfBoundsException.class, () -> Utf16.boundaryAtOrBefore("abc", 4));
    }

    @Test
    void hasLoneSurrogate_pairAndHalves_told() {
        assertFalse(Utf16.hasLoneSurrogate(POINT));
        assertTrue(Utf16.hasLoneSurrogate(POINT.substring(0, 1)));
        assertTrue(Utf16.hasLoneSurrogate(POINT.substring(1)));
    }
}
