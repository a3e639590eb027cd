package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Span;
import io.github.workreport.text.Filtered;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTableTest {

    @Test
    void defaults_loadedOnce_holdsRows() {
        RedactionTable t = RedactionTable.defaults();
        assertSame(t, RedactionTable.defaults());
        assertTrue(t.size() > 50, t.toString());
    }

    @Test
    void parse_duplicateRow_namesFileAndBothLines() {
        String text = "# header\nX的二十大\t党的二十大\n\n×的二十大\t党的二十大\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RedactionTable.parse("t.tsv", text));
        assertTrue(e.getMessage().startsWith("t.tsv:4: duplicate"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void parse_bareMask_rejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RedactionTable.parse("t.tsv", "X的\t党的\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:1: "), e.getMessage());
        assertTrue(e.getMessage().contains("context"), e.getMessage());
    }

    @Test
    void parse_badRows_rejectedWithLine() {
        for (String bad : List.of("X的二十大\n", "X的二十大\t党的二十大\tnote\textra\n", "X的二十大\tX的二十大\n",
                "的二十大会\t党的二十大\n", "X的二十大\tA的二十大\n", "X的二十大\t×的二十大\n")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> RedactionTable.parse("t.tsv", "# c\n" + bad), bad);
            assertTrue(e.getMessage().startsWith("t.tsv:2: "), e.getMessage());
        }
    }

    @Test
    void find_longestMatchLeftToRight_wins() {
        RedactionTable t = RedactionTable.parse("t.tsv", "全面从严治X\t全面从严治党\n全面从严治XZZ责任\t全面从严治党政治责任\n"
                + "ZZ责任\t政治责任\n");
        Filtered f = new RedactionFilter(t).apply("压实全面从严治XZZ责任，落实ZZ责任");
        assertEquals("压实全面从严治党政治责任，落实政治责任", f.text());
        assertEquals(List.of(new Span(7, 10), new Span(15, 17)), f.warnings().stream().map(w -> w.span()).toList());
    }

    @Test
    void apply_lengthChangingRow_mapsOffsetsAroundTheStretch() {
        RedactionTable t = RedactionTable.parse("t.tsv", "中央X规定\t中央八项规定\n");
        String in = "落实中央X规定精神";
        Filtered f = new RedactionFilter(t).apply(in);
        assertEquals("落实中央八项规定精神", f.text());
        assertEquals(new Span(4, 5), f.warnings().get(0).span());
        assertEquals(10, f.map().outputLength());
        assertEquals(9, f.map().inputLength());
        assertEquals(7, f.map().toInputStart(8)); // 精, after the stretch
        assertEquals(2, f.map().toInputStart(2));
        assertEquals(5, f.map().toInputEnd(6)); // the end of the restored stretch: after the mask
    }

    @Test
    void apply_noMaskOrLetter_returnsInputWithoutTable() {
        String in = "地区生产总值增长5.5%左右。";
        assertSame(in, new RedactionFilter().apply(in).text());
    }
}
