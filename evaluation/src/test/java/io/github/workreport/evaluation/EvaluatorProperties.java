package io.github.workreport.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the scoring on generated composed reports: a text of numbered clauses, a gold file listing them
 * (the whole text is the scope), and outputs derived from the gold.
 */
class EvaluatorProperties {

    private static final ObjectMapper M = new ObjectMapper();
    private static final List<String> INDICATORS = List.of("地区生产总值", "城镇新增就业", "粮食产量", "居民消费价格",
            "规模以上工业增加值", "一般公共预算收入", "城镇调查失业率", "单位地区生产总值能耗");
    private static final List<String> COMPARATORS = List.of("eq", "approx", "ge", "gt", "le", "lt");

    /** One generated item: indicator, value, comparator, and whether it is a qualitative one. */
    record Gen(String indicator, double value, String comparator, boolean qualitative) {
    }

    @Provide
    Arbitrary<List<Gen>> items() {
        Arbitrary<Gen> one = Combinators.combine(Arbitraries.of(INDICATORS),
                Arbitraries.doubles().between(-50, 1e9).ofScale(2), Arbitraries.of(COMPARATORS),
                Arbitraries.of(false, false, false, true)).as(Gen::new);
        return one.list().ofMinSize(1).ofMaxSize(12);
    }

    /** The composed text: one clause per item. */
    static String text(List<Gen> items) {
        StringBuilder sb = new StringBuilder("2025年青川市政府工作报告\n");
        for (int i = 0; i < items.size(); i++) {
            sb.append(clause(i, items.get(i)));
        }
        return sb.toString();
    }

    static String clause(int i, Gen g) {
        return "第" + i + "项" + g.indicator() + (g.qualitative() ? "持续改善" : "为" + g.value()) + "。";
    }

    static Map<String, Object> goldItem(Gen g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", g.indicator());
        m.put("measure", g.qualitative() ? "qualitative" : "level");
        m.put("value", g.qualitative() ? null : g.value());
        m.put("unit", g.qualitative() ? null : "%");
        m.put("comparator", g.qualitative() ? null : g.comparator());
        return m;
    }

    static GoldFile gold(List<Gen> items, String text) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("metadata", Map.of("region", "青川市", "year", 2025));
        report.put("scopes", Map.of("targets", List.of(text.substring(text.indexOf('\n') + 1))));
        report.put("targets", items.stream().map(EvaluatorProperties::goldItem).toList());
        report.put("achievements", List.of());
        return GoldFile.parse("g.json", M.writeValueAsString(Map.of("doc", "x.txt", "reports", List.of(report))));
    }

    /** The output a perfect parser gives: the gold items with spans on their clauses and the plan year. */
    static Map<String, Object> output(List<Gen> items, String text) {
        List<Object> targets = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> it = goldItem(items.get(i));
            it.put("year", 2025);
            it.put("estimated", false);
            String c = clause(i, items.get(i));
            int at = text.indexOf(c);
            it.put("span", Map.of("start", at, "end", at + c.length()));
            targets.add(it);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("metadata", Map.of("region", "青川市", "year", 2025));
        report.put("targets", targets);
        return Map.of("reports", List.of(report));
    }

    @Property(tries = 300)
    void score_goldAgainstItself_isPerfect(@ForAll("items") List<Gen> items) throws IOException {
        String text = text(items);
        Evaluator e = new Evaluator();
        e.addJson(gold(items, text), text, output(items, text));
        Scores s = e.scores();
        assertEquals(1.0, s.targets().f1(), s.summary(20));
        assertEquals(1.0, s.targets().measure());
        assertEquals(1.0, s.targets().unit());
        assertEquals(1.0, s.targets().year());
        assertEquals(1.0, s.metadata());
        assertEquals(List.of(), s.misses());
    }

    @Property(tries = 300)
    void score_itemsDropped_recallIsShareKeptPrecisionStaysFull(@ForAll("items") List<Gen> items,
            @ForAll long seed) throws IOException {
        String text = text(items);
        Map<String, Object> out = output(items, text);
        @SuppressWarnings("unchecked")
        List<Object> targets = new ArrayList<>((List<Object>) ((Map<String, Object>) ((List<?>) out.get("reports")).get(0))
                .get("targets"));
        java.util.Random r = new java.util.Random(seed);
        targets.removeIf(t -> r.nextBoolean());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("targets", targets);
        Evaluator e = new Evaluator();
        e.addJson(gold(items, text), text, Map.of("reports", List.of(report)));
        Scores s = e.scores();
        assertEquals(items.size(), s.targets().gold());
        assertEquals(targets.size(), s.targets().inScope());
        // a duplicate item may be matched by a kept twin, so found is at least what was kept
        assertTrue(s.targets().found() >= targets.size(), s.summary(20));
        assertEquals(targets.isEmpty() ? 0.0 : 1.0, s.targets().precision());
        assertTrue(s.targets().f1() >= 0 && s.targets().f1() <= 1);
    }

    @Property(tries = 200)
    void score_valuesShiftedBeyondTolerance_nothingFound(@ForAll("items") List<Gen> items) throws IOException {
        String text = text(items);
        Map<String, Object> out = output(items, text);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> targets = (List<Map<String, Object>>) ((Map<String, Object>) ((List<?>) out
                .get("reports")).get(0)).get("targets");
        for (Map<String, Object> t : targets) {
            if (t.get("value") instanceof Double v) {
                t.put("value", v + 2e-6 * Math.max(1, Math.abs(v)));
            }
        }
        Evaluator e = new Evaluator();
        e.addJson(gold(items, text), text, out);
        Scores s = e.scores();
        long qualitative = items.stream().filter(Gen::qualitative).count();
        assertEquals(qualitative, s.targets().found(), s.summary(20));
    }
}
