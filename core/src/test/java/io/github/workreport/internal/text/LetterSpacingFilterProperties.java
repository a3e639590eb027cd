package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import io.github.workreport.text.OnlyStep;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the {@code spacing} step over generated, partly letter-spaced text. */
class LetterSpacingFilterProperties {

    private static final Normalizer N = OnlyStep.of("spacing");
    private static final LetterSpacingFilter F = new LetterSpacingFilter();
    private static final List<String> PIECES = List.of("预算", "收入", "增长", "5.2%", "。", ",", "、", "PM", "2.5",
            "GDP", " ", "  ", "    ", "\n", "(一)", "亿元", "𫝈", "\t", "完成", "abc");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    /** A line of ideographs and punctuation without spaces. */
    @Provide
    Arbitrary<String> ideographLine() {
        return Arbitraries.of("预", "算", "收", "入", "增", "长", "财", "政", "。", ",", "、", "(", ")")
                .list().ofMinSize(1).ofMaxSize(30).map(l -> "预算收入" + String.join("", l));
    }

    @Property(tries = 300)
    void apply_anyText_isIdempotent(@ForAll("text") String in) {
        String once = F.apply(in).text();
        assertEquals(once, F.apply(once).text());
    }

    @Property(tries = 300)
    void apply_anyText_onlyDeletesSpacesAndMapsEachCharBack(@ForAll("text") String in) {
        NormalizedText t = N.normalize(in);
        String out = t.text();
        assertEquals(in.replace(" ", "").replace("\t", ""), out.replace(" ", "").replace("\t", ""));
        for (int i = 0; i < out.length(); i++) {
            int o = t.toOriginalStart(i);
            assertEquals(out.charAt(i), in.charAt(o), "char " + i + " of " + out);
        }
    }

    @Property(tries = 300)
    void apply_letterSpacedLine_givesBackTheLine(@ForAll("ideographLine") String line,
            @ForAll("gaps") int gap) {
        String spaced = String.join(" ".repeat(gap), line.split(""));
        assertEquals(line, F.apply(spaced).text());
    }

    @Provide
    Arbitrary<Integer> gaps() {
        return Arbitraries.integers().between(1, LetterSpacingFilter.MAX_GAP);
    }

    @Property(tries = 200)
    void apply_textWithoutSpaces_unchanged(@ForAll("ideographLine") String line) {
        assertTrue(F.apply(line + "\n" + line).text().equals(line + "\n" + line));
    }
}
