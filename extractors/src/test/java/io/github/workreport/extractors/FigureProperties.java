package io.github.workreport.extractors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Figure;
import io.github.workreport.Report;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every extracted figure's original span holds the digits or numerals of its value. */
class FigureProperties {

    @Property(tries = 60)
    void extract_generatedReports_spanHoldsValueDigits(@ForAll("reports") String text) {
        Report r = FigureExtractorTest.PARSER.parse(text);
        for (Figure f : r.figures()) {
            assertTrue(f.span().end() <= text.length());
            if (f.quantity() == null || f.quantity().value() == null) {
                continue;
            }
            String original = f.span().of(text);
            String folded = fold(original);
            BigDecimal v = f.quantity().value().abs();
            String digits = v.stripTrailingZeros().toPlainString().replaceAll("[^0-9]", "");
            String lead = digits.substring(0, Math.min(2, digits.length())).replaceAll("0+$", "");
            assertTrue(folded.chars().anyMatch(Character::isDigit) && (lead.isEmpty() || folded.replaceAll("[^0-9]", "").contains(lead.substring(0, 1))),
                    () -> "span «" + original + "» for value " + v);
        }
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return b.toString();
    }

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> indicator = Arbitraries.of("地区生产总值", "地區生產總值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额",
                "城镇新增就业", "粮食产量", "进出口总额");
        Arbitrary<String> number = Arbitraries.bigDecimals().between(BigDecimal.valueOf(0.1), BigDecimal.valueOf(9999))
                .ofScale(1).map(BigDecimal::toPlainString);
        Arbitrary<String> unit = Arbitraries.of("%", "％", "亿元", "万人", "万吨", "个百分点", "家");
        Arbitrary<String> verb = Arbitraries.of("增长", "下降", "达到", "完成", "预计增长", "控制在");
        Arbitrary<String> hedge = Arbitraries.of("", "左右", "以上", "以内");
        Arbitrary<String> clause = Combinators.combine(indicator, verb, number, unit, hedge)
                .as((i, v, n, u, h) -> i + v + n + u + h);
        Arbitrary<String> sentence = clause.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("，", l) + "。");
        Arbitrary<String> sep = Arbitraries.of("\n", "\r\n", "\n\n");
        return Combinators.combine(sentence.list().ofMinSize(1).ofMaxSize(3), sentence.list().ofMinSize(1).ofMaxSize(3), sep)
                .as((review, plan, nl) -> "各位代表：" + nl + "一、2024年工作回顾" + nl + String.join("", review) + nl
                        + "二、2025年工作安排" + nl + "主要预期目标是：" + String.join("", plan));
    }
}
