package io.github.workreport.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.github.workreport.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Randomised invariants of {@link Quantities}. ICU4J's Chinese spell-out only produces test inputs;
 * the parser under test is ours.
 */
class QuantitiesProperties {

    /** ICU switches to 兆 (10^12) above 亿, which mainland reports write 万亿; stay below. */
    private static final BigInteger ICU_LIMIT = BigInteger.TEN.pow(12);

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private static final String[] RULE_SETS = {"%spellout-cardinal", "%spellout-numbering", "%spellout-cardinal-financial"};

    private static String spellOut(BigDecimal v, String ruleSet) {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT);
        f.setDefaultRuleSet(ruleSet);
        return f.format(v);
    }

    @Provide
    Arbitrary<BigDecimal> reportValues() {
        Arbitrary<BigInteger> ints = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(10_000)),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, ICU_LIMIT.subtract(BigInteger.ONE)));
        Arbitrary<Integer> scales = Arbitraries.integers().between(0, 3);
        return Combinators.combine(ints, scales).as((i, s) -> new BigDecimal(i, s));
    }

    @Property(tries = 2000)
    void parseNumber_readsIcuSpellOut(@ForAll("reportValues") BigDecimal v, @ForAll @IntRange(min = 0, max = 2) int rs) {
        String text = spellOut(v, RULE_SETS[rs]);
        Optional<BigDecimal> got = Quantities.parseNumber(text);
        assertTrue(got.isPresent(), () -> text + " (" + v.toPlainString() + ") not read");
        assertEquals(0, v.compareTo(got.get()), () -> text + " read as " + got.get() + " not " + v.toPlainString());
    }

    @Property(tries = 1000)
    void parseNumber_readsIcuSpellOutWithMultiplier(@ForAll @IntRange(min = 1, max = 9999) int n,
                                                    @ForAll @IntRange(min = 0, max = 2) int scale,
                                                    @ForAll @IntRange(min = 0, max = 2) int mult) {
        BigDecimal x = BigDecimal.valueOf(n, scale);
        String[] words = {"万", "亿", "万亿"};
        int[] powers = {4, 8, 12};
        String text = spellOut(x, "%spellout-cardinal") + words[mult];
        Optional<BigDecimal> got = Quantities.parseNumber(text);
        assertTrue(got.isPresent(), () -> text + " not read");
        assertEquals(0, x.scaleByPowerOfTen(powers[mult]).compareTo(got.get()), () -> text + " read as " + got.get());
    }

    @Property(tries = 1000)
    void parseNumber_readsArabicForms(@ForAll("reportValues") BigDecimal v, @ForAll @IntRange(min = 0, max = 3) int mult) {
        String[] words = {"", "万", "亿", "万亿"};
        int[] powers = {0, 4, 8, 12};
        BigDecimal expected = v.scaleByPowerOfTen(powers[mult]);
        String plain = v.toPlainString() + words[mult];
        assertEquals(0, expected.compareTo(Quantities.parseNumber(plain).orElseThrow()), plain);
        String grouped = String.format(java.util.Locale.ROOT, "%,." + Math.max(v.scale(), 0) + "f", v) + words[mult];
        assertEquals(0, expected.compareTo(Quantities.parseNumber(grouped).orElseThrow()), grouped);
        StringBuilder wide = new StringBuilder();
        for (char c : plain.toCharArray()) {
            wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : c == '.' ? '\uFF0E' : c);
        }
        assertEquals(0, expected.compareTo(Quantities.parseNumber(wide).orElseThrow()), wide.toString());
    }

    @Property(tries = 500)
    void parse_readsFormattedQuantity(@ForAll("reportValues") BigDecimal v, @ForAll @IntRange(min = 0, max = 5) int form) {
        String n = v.toPlainString();
        Quantity q = switch (form) {
            case 0 -> Quantities.parse(n + "%").orElseThrow();
            case 1 -> Quantities.parse("增长" + n + "%以上").orElseThrow();
            case 2 -> Quantities.parse("下降" + n + "%以上").orElseThrow();
            case 3 -> Quantities.parse(n + "万元").orElseThrow();
            case 4 -> Quantities.parse("约" + n + "个百分点").orElseThrow();
            default -> Quantities.parse(spellOut(v.remainder(TEN_THOUSAND), "%spellout-cardinal") + "万人").orElseThrow();
        };
        BigDecimal expected = switch (form) {
            case 2 -> v.negate();
            case 3 -> v.scaleByPowerOfTen(4);
            case 5 -> v.remainder(TEN_THOUSAND).scaleByPowerOfTen(4);
            default -> v;
        };
        assertEquals(0, expected.compareTo(q.value()), () -> v + " form " + form + " gave " + q);
    }

    @Provide
    Arbitrary<String> reportish() {
        Arbitrary<Character> alphabet = Arbitraries.oneOf(
                Arbitraries.of("0123456789.,%-—~()“”\"、:：/ ".chars().mapToObj(c -> (char) c).toList()),
                Arbitraries.of("零〇一二两三四五六七八九十百千万亿几数点余多第年月日个家人元成番翻分之倍以上下内左右约超过近不低于至到控制在增长下降"
                        .chars().mapToObj(c -> (char) c).toList()),
                Arbitraries.chars().all());
        return alphabet.list().ofMaxSize(60).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }

    /** Report-like text glued from fragments: figures, units, comparators, verbs and traps. */
    @Provide
    Arbitrary<String> fragments() {
        Arbitrary<String> piece = Arbitraries.of(
                "增长", "下降", "5", "3.5", "1,200", "2024", "%", "万", "亿", "元", "亿元", "万人", "人次", "个", "家", "以上",
                "以下", "左右", "约", "超过", "近", "不低于", "控制在", "、", ",", "。", "-", "—", "到", "两", "三", "十", "几", "数",
                "一", "二〇二四", "年", "月", "第", "个百分点", "成", "倍", "翻", "番", "分之", "余", "多", "PM", "G", "“", "”",
                "(", ")", "一般", "统一", "万亿", "千瓦", "/", "人", "μg/m3", "点", "零", "百", "千", "分别");
        return piece.list().ofMaxSize(25).map(ps -> String.join("", ps));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(reportish(), fragments());
    }

    @Property(tries = 3000)
    void parse_neverThrows(@ForAll("anyText") String s) {
        Quantities.parse(s);
        Quantities.parseNumber(s);
    }

    @Property(tries = 3000)
    void find_matchesAreOrderedDisjointAndHoldANumeral(@ForAll("anyText") String s) {
        List<QuantityMatch> ms = Quantities.find(s);
        int prev = 0;
        for (QuantityMatch m : ms) {
            assertTrue(m.start() >= prev, () -> "overlap in " + s);
            assertTrue(m.start() <= m.numberStart() && m.numberStart() < m.numberEnd() && m.numberEnd() <= m.end(), s);
            assertTrue(m.end() <= s.length(), s);
            String number = s.substring(m.numberStart(), m.numberEnd());
            // 翻番 is the one quantity whose numeral is implied (翻一番): its number is the whole word
            assertTrue(number.codePoints().anyMatch(QuantitiesProperties::isNumeral) || number.equals("翻番"),
                    () -> number + " in " + s);
            prev = m.end();
        }
    }

    @Property(tries = 3000)
    void find_matchedTextParsesToTheSameQuantity(@ForAll("anyText") String s) {
        for (QuantityMatch m : Quantities.find(s)) {
            String whole = s.substring(m.start(), m.end());
            assertEquals(Optional.of(m.quantity()), Quantities.parse(whole), () -> whole + " in " + s);
        }
    }

    @Property(tries = 500)
    void find_figureInSentenceIsFoundWithItsText(@ForAll("reportValues") BigDecimal v,
                                                 @ForAll @IntRange(min = 0, max = 3) int form) {
        String n = v.toPlainString();
        String[] figures = {n + "%", "超过" + n + "亿元", n + "万人以上", "约" + n + "个百分点"};
        String text = "全市地区生产总值增长" + figures[form] + ",居民收入稳步增长。";
        List<QuantityMatch> ms = Quantities.find(text);
        assertEquals(1, ms.size(), text);
        QuantityMatch m = ms.get(0);
        assertEquals(figures[form], text.substring(m.start(), m.end()));
    }

    private static boolean isNumeral(int cp) {
        return Character.isDigit(cp) || "零〇一二两三四五六七八九十百千万亿几数壹贰叁肆伍陆柒捌玖拾佰仟萬億兩陸參貳幾數".indexOf(cp) >= 0;
    }
}
