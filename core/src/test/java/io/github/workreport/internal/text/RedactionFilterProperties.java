package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Warning;
import io.github.workreport.text.Filtered;
import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import io.github.workreport.text.OffsetMap;
import io.github.workreport.text.OnlyStep;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Invariants of the {@code redaction} step over generated text made of masks, contexts and other text. */
class RedactionFilterProperties {

    private static final RedactionFilter STEP = new RedactionFilter();

    private static final List<String> FRAGMENTS = List.of(
            // masks of every kind, alone and in runs
            "X", "X", "x", "Ｘ", "×", "*", "＊", "□", "■", "○", "●", "█", "XX", "XXX", "XXXX", "××××", "Z", "ZZ", "ＺＺ",
            "J", "P", "XJP",
            // contexts of the table, cut into pieces so that they meet masks in new ways
            "的二十大", "的十九届", "的领导", "的全面领导", "的建设", "中央", "中央、国务院", "为核心的", "全面从严治",
            "风廉政", "政机关", "员干部", "共产", "中国共产", "民主", "派", "无", "派人士", "对", "忠诚", "组织", "村",
            "判断力", "领悟力", "生态", "责任", "思想", "教育", "精神", "及其实施细则", "总书记", "新时代中国特色社会主义思想",
            "以", "同志为核心", "新", "肺炎", "疫情", "次", "代会", "习", "全",
            // ordinary report text, Latin, digits, lines
            "各位代表", "地区生产总值增长5.5%", "射线", "县", "1+N+", "9", "4线", "GDP", "MAX", "2", "100万千瓦", "一九六",
            "年", "，", "。", "、", "“", "”", "\n", " ", "\u200B", "\uD842\uDFB7");

    /** The fragments and every masked form of the default table, with X and with × as its mask. */
    private static List<String> fragments() {
        List<String> all = new java.util.ArrayList<>(FRAGMENTS);
        for (RedactionTable.Row r : RedactionTable.defaults().rows()) {
            all.add(r.masked());
            all.add(r.masked().replace('X', '×'));
        }
        return all;
    }

    @Provide
    Arbitrary<String> maskedText() {
        Arbitrary<String> fragments = Arbitraries.of(fragments()).list().ofMaxSize(60).map(l -> String.join("", l));
        Arbitrary<String> anyChars = Arbitraries.strings().withChars("X×*□○ZJ党的二十大中央治风,\n").ofMaxLength(40);
        return Arbitraries.frequencyOf(Tuple.of(8, fragments), Tuple.of(1, anyChars),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)));
    }

    @Property(tries = 500)
    void apply_offsetMap_validAndMonotone(@ForAll("maskedText") String input) {
        Filtered f = STEP.apply(input);
        OffsetMap m = f.map();
        assertEquals(input.length(), m.inputLength());
        assertEquals(f.text().length(), m.outputLength());
        int prevStart = 0;
        int prevEnd = 0;
        for (int o = 0; o <= f.text().length(); o++) {
            int s = m.toInputStart(o);
            int e = m.toInputEnd(o);
            assertTrue(s >= 0 && s <= input.length() && e >= 0 && e <= input.length(), "offset " + o);
            assertTrue(s >= prevStart && e >= prevEnd, "goes back at " + o);
            prevStart = s;
            prevEnd = e;
        }
    }

    @Property(tries = 500)
    void apply_itsOwnOutput_changesNothing(@ForAll("maskedText") String input) {
        Filtered once = STEP.apply(input);
        Filtered twice = STEP.apply(once.text());
        assertEquals(once.text(), twice.text());
        assertTrue(twice.warnings().isEmpty(), () -> twice.warnings().toString());
    }

    @Property(tries = 500)
    void apply_everyWarning_spansAMaskedStretchInsideTheInput(@ForAll("maskedText") String input) {
        Filtered f = STEP.apply(input);
        int prevEnd = 0;
        for (Warning w : f.warnings()) {
            assertEquals(RedactionFilter.CODE, w.code());
            assertTrue(w.span().start() >= prevEnd && w.span().end() <= input.length(), w::toString);
            assertTrue(!w.span().isEmpty(), w::toString);
            char first = input.charAt(w.span().start());
            char last = input.charAt(w.span().end() - 1);
            assertTrue(RedactionTable.isMask(first) || isLatin(first), w::toString);
            assertTrue(RedactionTable.isMask(last) || isLatin(last), w::toString);
            prevEnd = w.span().end();
        }
        // every change lies under a warning: outside the spans the output is the input
        StringBuilder outside = new StringBuilder();
        int at = 0;
        for (Warning w : f.warnings()) {
            outside.append(input, at, w.span().start()).append('|');
            at = w.span().end();
        }
        outside.append(input, at, input.length());
        StringBuilder outsideOut = new StringBuilder();
        at = 0;
        for (Warning w : f.warnings()) {
            int s = w.span().start();
            int e = w.span().end();
            // equal-length rows: the stretch keeps its offsets in the output
            outsideOut.append(f.text(), at, s).append('|');
            at = e;
        }
        outsideOut.append(f.text(), at, f.text().length());
        if (f.map().isIdentity()) {
            assertEquals(outside.toString(), outsideOut.toString());
        }
    }

    @Property(tries = 300)
    void normalize_stepOff_leavesMasksAndGivesNoWarning(@ForAll("maskedText") String input) {
        assertTrue(Normalizer.builder().restoreRedactions(false).build().normalize(input).warnings().isEmpty());
        Normalizer.Builder nothing = Normalizer.builder();
        Normalizer.STEPS.forEach(step -> nothing.set(step, false));
        NormalizedText off = nothing.build().normalize(input);
        assertEquals(input, off.text());
        assertTrue(off.warnings().isEmpty());
        NormalizedText on = OnlyStep.of("redaction").normalize(input);
        Filtered direct = STEP.apply(input);
        assertEquals(direct.text(), on.text());
        assertEquals(direct.warnings(), on.warnings());
    }

    @Property(tries = 300)
    void normalize_wholeChainOnMaskedText_idempotent(@ForAll("maskedText") String input) {
        NormalizedText once = Normalizer.defaults().normalize(input);
        NormalizedText twice = Normalizer.defaults().normalize(once.text());
        assertEquals(once.text(), twice.text());
        assertTrue(twice.warnings().isEmpty(), () -> twice.warnings().toString());
    }

    @Property(tries = 300)
    void normalize_warningSpans_coverMasksOfTheOriginal(@ForAll("maskedText") String input) {
        NormalizedText t = Normalizer.defaults().normalize(input);
        for (Warning w : t.warnings()) {
            assertTrue(w.span().end() <= input.length() && !w.span().isEmpty(), w::toString);
            String masked = input.substring(w.span().start(), w.span().end());
            assertTrue(masked.chars().anyMatch(c -> RedactionTable.isMask((char) c) || isLatin((char) c)),
                    () -> w + " over '" + masked + "'");
        }
    }

    private static boolean isLatin(char c) {
        return RedactionTable.isAsciiLetter(c) || RedactionTable.isAsciiLetter((char) (c - 0xFEE0));
    }
}
