package io.github.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoiseTest {

    private static Noise n(Noise.Kind k, int s, int e) {
        return new Noise(k, new Span(s, e), k.name());
    }

    @Test
    void subtract_finerStretchesInside_cutAround() {
        Noise toc = n(Noise.Kind.TABLE_OF_CONTENTS, 0, 20);
        List<Noise> finer = List.of(n(Noise.Kind.PAGE_FURNITURE, 5, 6), n(Noise.Kind.INVISIBLE, 10, 12), n(Noise.Kind.MARKUP, 18, 25));
        List<Span> parts = Noise.subtract(toc, finer).stream().map(Noise::span).toList();
        assertEquals(List.of(new Span(0, 5), new Span(6, 10), new Span(12, 18)), parts);
    }

    @Test
    void subtract_nothingFiner_wholeStretch() {
        Noise other = n(Noise.Kind.OTHER, 3, 9);
        assertEquals(List.of(other), Noise.subtract(other, List.of(n(Noise.Kind.INVISIBLE, 10, 11))));
    }

    @Test
    void disjoint_containedAndOverlapping_wideKeptOverlapClipped() {
        List<Noise> in = List.of(n(Noise.Kind.INVISIBLE, 4, 5), n(Noise.Kind.OTHER, 0, 10), n(Noise.Kind.MARKUP, 8, 14));
        List<Span> out = Noise.disjoint(in).stream().map(Noise::span).toList();
        assertEquals(List.of(new Span(0, 10), new Span(10, 14)), out);
    }
}
