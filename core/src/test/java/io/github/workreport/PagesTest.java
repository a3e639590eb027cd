package io.github.workreport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void pageAt_offsetsOnEachPage() {
        Pages p = Pages.of(new int[] {0, 10, 25}, 40);
        assertEquals(3, p.count());
        assertEquals(1, p.pageAt(0));
        assertEquals(1, p.pageAt(9));
        assertEquals(2, p.pageAt(10));
        assertEquals(3, p.pageAt(39));
        assertEquals(3, p.pageAt(40));
        assertArrayEquals(new int[] {1, 2}, p.pagesOf(new Span(5, 11)));
        assertArrayEquals(new int[] {2, 2}, p.pagesOf(new Span(10, 25)), "an end is exclusive");
        assertArrayEquals(new int[] {3, 3}, p.pagesOf(new Span(25, 25)));
    }

    @Test
    void none_hasNoPages() {
        assertTrue(Pages.none().isEmpty());
        assertEquals(0, Pages.none().pageAt(0));
        assertNull(Pages.none().pagesOf(new Span(0, 0)));
    }

    @Test
    void of_invalidStarts_throwIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> Pages.of(new int[] {1, 5}, 10));
        assertThrows(IllegalArgumentException.class, () -> Pages.of(new int[] {0, 5, 4}, 10));
        assertThrows(IllegalArgumentException.class, () -> Pages.of(new int[] {0, 11}, 10));
        assertThrows(IllegalArgumentException.class, () -> Pages.of(new int[] {0}, 10).pageAt(11));
        assertThrows(IllegalArgumentException.class, () -> Pages.of(new int[] {0}, 10).start(2));
    }

    @Property(tries = 200)
    void pageAt_monotonicAndWithinStarts(@ForAll @IntRange(min = 1, max = 30) int pages,
            @ForAll @IntRange(min = 0, max = 50) int size) {
        int[] starts = new int[pages];
        for (int i = 1; i < pages; i++) {
            starts[i] = starts[i - 1] + (i * 7 + size) % 13;
        }
        int len = starts[pages - 1] + size;
        Pages p = Pages.of(starts, len);
        int last = 1;
        for (int o = 0; o <= len; o++) {
            int page = p.pageAt(o);
            assertTrue(page >= last && page <= pages);
            assertTrue(p.start(page) <= o);
            last = page;
        }
    }
}
