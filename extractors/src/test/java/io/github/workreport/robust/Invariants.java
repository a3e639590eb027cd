package io.github.workreport.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.workreport.Achievement;
import io.github.workreport.GlossaryEntry;
import io.github.workreport.Noise;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.Warning;
import java.util.List;

/**
 * The "nothing lost" checks every robustness test applies to a parsed file: the partition covers
 * the original exactly, report and noise spans stay inside it and do not overlap, and every item
 * and section of a report lies within the report.
 */
final class Invariants {

    private Invariants() {
    }

    /** Asserts every invariant; {@code what} names the input in failure messages. */
    static void check(ReportFile f, String what) {
        String original = f.original();
        int len = original.length();
        checkPartition(f, what);
        checkNoiseDisjoint(f, what);
        Span previous = null;
        for (int i = 0; i < f.reports().size(); i++) {
            Report r = f.reports().get(i);
            Span rs = r.span();
            within(rs, len, what + ": report " + i);
            if (previous != null) {
                assertFalse(previous.overlaps(rs), what + ": report spans " + previous + " and " + rs + " overlap");
                assertTrue(previous.end() <= rs.start(), what + ": reports out of order " + previous + ", " + rs);
            }
            previous = rs;
            for (Section s : r.allSections()) {
                assertTrue(rs.contains(s.span()), what + ": section span " + s.span() + " '" + s.title()
                        + "' outside report " + rs);
                assertTrue(rs.contains(s.headingSpan()), what + ": heading span " + s.headingSpan() + " outside report " + rs);
                assertTrue(s.span().contains(s.headingSpan()), what + ": heading " + s.headingSpan()
                        + " outside its section " + s.span());
                for (Section c : s.children()) {
                    assertTrue(s.span().contains(c.span()), what + ": child section " + c.span() + " outside parent " + s.span());
                }
            }
            for (Target t : r.targets()) {
                assertTrue(rs.contains(t.span()), what + ": target span " + t.span() + " «" + t.text() + "» outside report " + rs);
            }
            for (Achievement a : r.achievements()) {
                assertTrue(rs.contains(a.span()), what + ": achievement span " + a.span() + " «" + a.text()
                        + "» outside report " + rs);
            }
            for (GlossaryEntry g : r.glossary()) {
                assertTrue(rs.contains(g.span()), what + ": glossary span " + g.span() + " outside report " + rs);
            }
            for (Warning w : r.warnings()) {
                w.location().ifPresent(s -> within(s, len, what + ": report warning " + w.code()));
            }
        }
        Span prevNoise = null;
        for (Noise n : f.noise()) {
            within(n.span(), len, what + ": noise " + n.kind());
            assertFalse(n.span().isEmpty(), what + ": empty noise span " + n);
            if (prevNoise != null) {
                assertTrue(prevNoise.compareTo(n.span()) <= 0, what + ": noise out of order " + prevNoise + ", " + n.span());
            }
            prevNoise = n.span();
        }
        for (Warning w : f.warnings()) {
            w.location().ifPresent(s -> within(s, len, what + ": file warning " + w.code()));
        }
    }

    /**
     * Noise spans are disjoint (docs/robustness-bugs.md, B1: normalizer and splitter noise used to
     * overlap). Part of {@link #check}.
     */
    static void checkNoiseDisjoint(ReportFile f, String what) {
        Span prev = null;
        for (Noise n : f.noise()) {
            if (prev != null) {
                assertTrue(prev.end() <= n.span().start(), what + ": noise spans " + prev + " and " + n.span() + " ("
                        + n.kind() + ") overlap");
            }
            prev = n.span();
        }
    }

    /** The partition covers [0, length) in order, without holes or overlap, every piece non-empty. */
    static void checkPartition(ReportFile f, String what) {
        int len = f.original().length();
        List<ReportFile.Piece> pieces = f.partition();
        int pos = 0;
        for (ReportFile.Piece p : pieces) {
            if (p.span().start() != pos) {
                fail(what + ": partition piece " + p + " starts at " + p.span().start() + ", expected " + pos
                        + (p.span().start() > pos ? " (hole)" : " (overlap)"));
            }
            assertTrue(p.span().end() > p.span().start(), what + ": empty partition piece " + p);
            assertTrue(p.report() >= -1 && p.report() < f.reports().size(), what + ": piece report index " + p);
            assertTrue((p.report() == -1) == (p.noise() != null), what + ": piece must be a report's or noise: " + p);
            if (p.report() >= 0) {
                Span r = f.reports().get(p.report()).span();
                String original = f.original();
                // a report's piece may take in white space around the report, nothing else
                for (int i = p.span().start(); i < p.span().end(); i++) {
                    if (!r.contains(i) && !isSpace(original.charAt(i))) {
                        fail(what + ": piece " + p + " gives report " + p.report() + " " + r + " the character U+"
                                + Integer.toHexString(original.charAt(i)) + " at " + i + " outside its span");
                    }
                }
            }
            pos = p.span().end();
        }
        assertEquals(len, pos, what + ": partition ends at " + pos + ", input length " + len);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static void within(Span s, int len, String what) {
        assertTrue(s.start() >= 0 && s.end() <= len, what + ": span " + s + " outside input of length " + len);
    }

    /**
     * A canonical rendering of everything parsed (records render deterministically), for
     * comparing runs.
     */
    static String render(ReportFile f) {
        StringBuilder b = new StringBuilder();
        b.append(f.source()).append('|').append(f.charset()).append('|').append(f.normalized().text().hashCode()).append('\n');
        for (Report r : f.reports()) {
            b.append(r).append('\n');
        }
        b.append(f.noise()).append('\n').append(f.warnings()).append('\n').append(f.partition());
        return b.toString();
    }
}
