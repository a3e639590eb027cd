package io.github.workreport.formats;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Damaged files of every format give a result, never an exception, and spans inside the original. */
class DamagedInputProperties {

    private static final List<byte[]> GOOD = good();

    private static List<byte[]> good() {
        try {
            return List.of(Docs.html().getBytes(StandardCharsets.UTF_8), Docs.pdf(PdfReaderTest.threePages(), "页眉", 0),
                    OfficeReaderTest.docx());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 60)
    void parseAll_truncatedOrFlipped_neverThrows(@ForAll @IntRange(min = 0, max = 2) int which,
            @ForAll @IntRange(min = 0, max = 1000) int cutPermille, @ForAll @IntRange(min = 0, max = 40) int flips,
            @ForAll long seed) {
        byte[] b = GOOD.get(which);
        byte[] damaged = Arrays.copyOf(b, Math.max(8, (int) ((long) b.length * cutPermille / 1000)));
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < flips; i++) {
            int at = 8 + r.nextInt(Math.max(1, damaged.length - 8));
            if (at < damaged.length) {
                damaged[at] = (byte) r.nextInt(256);
            }
        }
        ReportFile f = ReportParser.defaults().parseAll(damaged, "damaged");
        assertNotNull(f.format());
        int len = f.original().length();
        f.reports().forEach(rep -> {
            assertTrue(rep.span().end() <= len);
            rep.targets().forEach(t -> assertInside(t.span(), len));
            rep.achievements().forEach(t -> assertInside(t.span(), len));
        });
        if (f.refusal() != null) {
            assertTrue(f.reports().isEmpty());
        }
    }

    private static void assertInside(Span s, int len) {
        assertTrue(s.end() <= len, s + " past " + len);
    }
}
