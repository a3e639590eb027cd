package io.github.workreport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Noise;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the default normalizer over generated report-like text. */
class NormalizerProperties {

    private static final Normalizer N = Normalizer.defaults();

    private static final List<String> FRAGMENTS = List.of(
            // simplified and traditional report text
            "各位代表", "现在,我代表市人民政府", "经济运行持续回升向好。", "國民經濟和社會發展", "計劃執行情況", "著力", "瞭解",
            "一、2029年工作回顾", "(一)加大政策对冲力度", "1.稳步提升", "①", "㎡", "——2030年1月5日在某市会议上",
            "政府工作报告", "增长5.2%", "GDP", "R&D", "(GDP)", "(草案)", "(市)", "(含撤并村公路13公里)",
            // full width
            "５．２％", "ＧＤＰ", "（一）", "，", "：", "；", "！", "？", "\u3000", "。", "、", "“", "”", "《", "》",
            // pinyin annotations
            "經(jīng)濟(jì)", "發(fā)展", "(xiàn)", "（jīng）", "(jing1)", "(qu)",
            // line structure
            "\n", "\n", "\n", "\r\n", "\r", "\r\r\n", "\f", "\n\n", " ", "  ",
            // invisible and markup
            "\u200B", "\uFEFF", "\u200D", "\u00A0", "<U+00A0>", "<!--", "-->", "<U+", ">",
            // chrome and furniture
            "下载\n", "打印\n", "【字号:\n", "】\n", "来源:某某日报\n", "2030-01-31 11:24\n", "首页 > 要闻\n",
            "更多资料+AAA:xx", "12\f\n", "某市人民政府公报  2030年第1期\n", "精品视频_在线观看_久久福利\n",
            // plain ASCII and odd characters
            "abc", "Pacific", "42", "\uD800", "\uDC00", "\uD842\uDFB7", "𫝈", "㑮");

    @Provide
    Arbitrary<String> reportText() {
        Arbitrary<String> fragments = Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(l -> String.join("", l));
        Arbitrary<String> wrapped = Arbitraries.of(FRAGMENTS).list().ofMinSize(20).ofMaxSize(120)
                .map(l -> wrap(l, 20));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(60);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, fragments),
                net.jqwik.api.Tuple.of(2, wrapped),
                net.jqwik.api.Tuple.of(1, anyChars));
    }

    /**
     * Hard-wraps fragments into lines of about {@code width} characters, breaking between
     * fragments (a PDF breaks between characters, and no fragment is a single escape or reading
     * split in two; those cases have their own examples).
     */
    private static String wrap(List<String> fragments, int width) {
        StringBuilder b = new StringBuilder();
        int line = 0;
        for (String f : fragments) {
            String g = f.replace("\n", "").replace("\r", "");
            b.append(g);
            line += g.length();
            if (line >= width) {
                b.append('\n');
                line = 0;
            }
        }
        return b.toString();
    }

    @Property(tries = 400)
    void normalize_everyOffset_mapsMonotonicallyIntoOriginal(@ForAll("reportText") String original) {
        NormalizedText t = N.normalize(original);
        int prevStart = 0;
        int prevEnd = 0;
        for (int o = 0; o <= t.length(); o++) {
            int s = t.toOriginalStart(o);
            int e = t.toOriginalEnd(o);
            assertTrue(s >= 0 && s <= original.length(), "start " + s + " for " + o);
            assertTrue(e >= 0 && e <= original.length(), "end " + e + " for " + o);
            assertTrue(s >= prevStart, "starts go back at " + o);
            assertTrue(e >= prevEnd, "ends go back at " + o);
            prevStart = s;
            prevEnd = e;
        }
    }

    @Property(tries = 400)
    void normalize_itsOwnOutput_changesNothing(@ForAll("reportText") String original) {
        String once = N.normalize(original).text();
        assertEquals(once, N.normalize(once).text());
    }

    /**
     * Noise spans lie inside the original, sorted and disjoint: a later step's removal that covers an
     * earlier one (an HTML comment that held a pinyin reading) absorbs it.
     */
    @Property(tries = 400)
    void normalize_noise_sortedInsideOriginalDisjoint(@ForAll("reportText") String original) {
        NormalizedText t = N.normalize(original);
        List<Noise> noise = t.noise();
        for (int i = 0; i < noise.size(); i++) {
            Noise a = noise.get(i);
            assertTrue(a.span().end() <= original.length(), a.toString());
            if (i > 0) {
                assertTrue(noise.get(i - 1).span().compareTo(a.span()) <= 0, "unsorted at " + a);
            }
            assertTrue(!a.span().isEmpty(), "empty noise span " + a);
            if (i > 0) {
                assertTrue(noise.get(i - 1).span().end() <= a.span().start(), "overlap " + noise.get(i - 1) + " / " + a);
            }
        }
    }

    @Property(tries = 200)
    void eachStep_alone_idempotentWithDisjointNoise(@ForAll("reportText") String original) {
        for (String step : Normalizer.STEPS) {
            Normalizer only = OnlyStep.of(step);
            NormalizedText t = only.normalize(original);
            assertEquals(t.text(), only.normalize(t.text()).text(), step);
            int end = 0;
            for (Noise n : t.noise()) {
                assertTrue(n.span().start() >= end && n.span().end() <= original.length(), step + " " + n);
                end = n.span().end();
            }
        }
    }
}
