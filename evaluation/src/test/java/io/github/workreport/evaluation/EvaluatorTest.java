package io.github.workreport.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scoring rules on composed gold files and composed report texts (invented, never copied from a real report):
 * hits, misses and extras, scopes, tolerance edges, metadata, sections, report pairing.
 */
class EvaluatorTest {

    /** An invented report: two achievements in the review, three targets in the plan. */
    static final String TEXT = String.join("\n",
            "2025年青川市政府工作报告",
            "一、2024年工作回顾",
            "预计全市地区生产总值增长5.6%，城镇新增就业1.2万人。",
            "二、2025年工作安排",
            "主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，粮食产量稳定在100万吨以上。",
            "(一)加快产业升级。力争新增高新技术企业120家以上。");

    static final String GOLD = """
            {"doc": "seeds/qingchuan.txt", "encoding": "UTF-8", "reports": [{
              "metadata": {"region": "青川市", "level": "city", "year": 2025, "kind": "government_work_report"},
              "sections": [{"number": "一", "title": "2024年工作回顾", "children": 0},
                           {"number": "二", "title": "2025年工作安排", "children": 1}],
              "scopes": {"targets": ["主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，粮食产量稳定在100万吨以上。"],
                         "achievements": ["预计全市地区生产总值增长5.6%，城镇新增就业1.2万人。"]},
              "targets": [
                {"indicator": "地区生产总值", "measure": "growth", "value": 5.5, "unit": "%", "comparator": "approx"},
                {"indicator": "城镇调查失业率", "measure": "level", "value": 5.5, "unit": "%", "comparator": "le"},
                {"indicator": "粮食产量", "measure": "level", "value": 1000000, "unit": "吨", "comparator": "ge"}],
              "achievements": [
                {"indicator": "地区生产总值", "measure": "growth", "value": 5.6, "unit": "%", "comparator": "eq", "estimated": true},
                {"indicator": "城镇新增就业", "measure": "level", "value": 12000, "unit": "人", "comparator": "eq", "estimated": true}],
              "glossary": 0}]}
            """;

    static Map<String, Object> item(String indicator, String measure, Object value, String unit, String comparator,
            Integer year, String clause) {
        Map<String, Object> it = new LinkedHashMap<>();
        it.put("indicator", indicator);
        it.put("indicatorId", null);
        it.put("measure", measure);
        it.put("value", value);
        it.put("low", null);
        it.put("high", null);
        it.put("unit", unit);
        it.put("comparator", comparator);
        it.put("year", year);
        it.put("period", null);
        it.put("estimated", false);
        it.put("text", clause);
        int at = TEXT.indexOf(clause);
        it.put("span", at < 0 ? null : Map.of("start", at, "end", at + clause.length()));
        return it;
    }

    static Map<String, Object> section(String number, String title, int children) {
        List<Object> c = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            c.add(Map.of("number", String.valueOf(i + 1), "title", "t", "children", List.of()));
        }
        return Map.of("number", number, "title", title, "children", c);
    }

    /** What a perfect parser would give for TEXT. */
    static Map<String, Object> perfect() {
        List<Object> targets = new ArrayList<>(List.of(
                item("地区生产总值", "growth", 5.5, "%", "approx", 2025, "地区生产总值增长5.5%左右"),
                item("城镇调查失业率", "level", 5.5, "%", "le", 2025, "城镇调查失业率控制在5.5%以内"),
                item("粮食产量", "level", 1000000, "吨", "ge", 2025, "粮食产量稳定在100万吨以上")));
        List<Object> achievements = new ArrayList<>(List.of(
                item("地区生产总值", "growth", 5.6, "%", "eq", 2024, "预计全市地区生产总值增长5.6%"),
                item("城镇新增就业", "level", 12000, "人", "eq", 2024, "城镇新增就业1.2万人")));
        achievements.forEach(a -> asMap(a).put("estimated", true));
        Map<String, Object> meta = new LinkedHashMap<>(Map.of("region", "青川市", "level", "city", "year", 2025,
                "kind", "government_work_report"));
        meta.put("date", null);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("metadata", meta);
        report.put("sections", new ArrayList<>(List.of(section("一", "2024年工作回顾", 0), section("二", "2025年工作安排", 1))));
        report.put("targets", targets);
        report.put("achievements", achievements);
        report.put("glossary", new ArrayList<>());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reports", new ArrayList<>(List.of(report)));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> kind(Map<String, Object> out, String kind) {
        return (List<Object>) asMap(((List<Object>) out.get("reports")).get(0)).get(kind);
    }

    static Scores score(String gold, Map<String, Object> out) throws IOException {
        Evaluator e = new Evaluator();
        e.addJson(GoldFile.parse("g.json", gold), TEXT, out);
        return e.scores();
    }

    @Test
    void score_perfectOutput_everyFigureFull() throws IOException {
        Scores s = score(GOLD, perfect());
        assertEquals(1.0, s.targets().f1());
        assertEquals(1.0, s.achievements().f1());
        assertEquals(3, s.targets().inScope());
        assertEquals(1.0, s.achievements().estimated());
        assertEquals(1.0, s.metadata());
        assertEquals(4, s.metadataFields(), "date is not in the gold, so not scored");
        assertEquals(1.0, s.sections());
        assertEquals(1.0, s.reports());
        assertEquals(List.of(), s.misses());
        assertEquals("""
                files 1, crashed 0, parse seconds 0.0
                targets       P 100.0%  R 100.0%  F1 100.0%  (gold 3, found 3, in scope 3)  measure 100.0% unit 100.0% year 100.0%
                achievements  P 100.0%  R 100.0%  F1 100.0%  (gold 2, found 2, in scope 2)  measure 100.0% unit 100.0% year 100.0% estimated 100.0%
                metadata 100.0% of 4 fields;  sections 100.0%;  report counts 100.0%;  glossary counts 1/1
                """, s.summary(15));
    }

    @Test
    void score_missAndExtraInScope_precisionAndRecallFall() throws IOException {
        Map<String, Object> out = perfect();
        List<Object> targets = kind(out, "targets");
        targets.remove(2); // 粮食产量 missed
        targets.add(item("粮食产量", "level", 100, "吨", "ge", 2025, "粮食产量稳定在100万吨以上")); // wrong value: extra
        targets.add(item("高新技术企业", "change", 120, "家", "ge", 2025, "新增高新技术企业120家以上")); // outside scope
        Scores s = score(GOLD, out);
        assertEquals(3, s.targets().gold());
        assertEquals(2, s.targets().found());
        assertEquals(3, s.targets().inScope(), "the item outside every scope counts neither way");
        assertEquals(2, s.targets().hits());
        assertEquals(2.0 / 3, s.targets().precision());
        assertEquals(2.0 / 3, s.targets().recall());
        assertEquals(2.0 / 3, s.targets().f1(), 1e-15);
        assertEquals(List.of(
                "seeds/qingchuan.txt: missed target 粮食产量 ge 1000000 吨",
                "seeds/qingchuan.txt: extra target in scope: 粮食产量 ge 100 吨 «粮食产量稳定在100万吨以上»"), s.misses());
        assertTrue(s.summary(1).endsWith("  seeds/qingchuan.txt: missed target 粮食产量 ge 1000000 吨\n  (+1 more)\n"),
                s.summary(1));
    }

    @Test
    void score_noOutput_zeroThroughout() throws IOException {
        Evaluator e = new Evaluator();
        e.addCrash(GoldFile.parse("g.json", GOLD), TEXT, "exit 1: boom");
        Scores s = e.scores();
        assertEquals(0.0, s.targets().f1());
        assertEquals(0.0, s.reports());
        assertEquals(List.of("seeds/qingchuan.txt: exit 1: boom"), s.crashes());
        assertEquals(0.0, s.targets().measure(), "no match: the base is 1, not 0");
        assertTrue(s.summary(0).contains("CRASH seeds/qingchuan.txt: exit 1: boom\n"), s.summary(0));
    }

    static Stream<Arguments> tolerance() {
        return Stream.of(
                Arguments.of(5.5, 5.5, true),
                Arguments.of(5.5, 5.5000054, true),           // within 1e-6 * 5.5000054
                Arguments.of(5.5, 5.500006, false),
                Arguments.of(0.5, 0.5000009, true),           // below 1 the tolerance is absolute 1e-6
                Arguments.of(0.5, 0.500002, false),
                Arguments.of(1000000L, 1000001L, true),       // 1 <= 1e-6 * 1000001
                Arguments.of(1000000L, 1000002L, false),
                Arguments.of(-2.7, 2.7, false),               // a decline is negative
                Arguments.of("5.5", 5.5, true),               // float("5.5"), as Python reads it
                Arguments.of(true, 1L, true),
                Arguments.of(null, null, true),
                Arguments.of(null, 0L, false),
                Arguments.of(List.of(5), 5L, false));
    }

    @ParameterizedTest(name = "close({0}, {1}) = {2}")
    @MethodSource("tolerance")
    void close_valuePairs_relativeToleranceOfTheSecond(Object gold, Object extracted, boolean expected) {
        assertEquals(expected, Evaluator.close(gold, extracted));
    }

    static Stream<Arguments> matches() {
        Map<String, Object> gdp = gold("地区生产总值", "growth", 5.5, "approx");
        return Stream.of(
                Arguments.of("same everything", gdp, item("地区生产总值", "growth", 5.5, "%", "approx", 2025, "x"), true),
                Arguments.of("indicator inside the other", gdp,
                        item("全市地区生产总值", "growth", 5.5, "%", "approx", 2025, "x"), true),
                Arguments.of("punctuation and width ignored", gold("PM2.5平均浓度", "growth", -2.7, "eq"),
                        item("ＰＭ２．５ 平均浓度", "growth", -2.7, "%", "eq", 2025, "x"), true),
                Arguments.of("other comparator", gdp, item("地区生产总值", "growth", 5.5, "%", "ge", 2025, "x"), false),
                Arguments.of("empty comparator is none", gold("地区生产总值", "growth", 5.5, ""),
                        item("地区生产总值", "growth", 5.5, "%", null, 2025, "x"), true),
                Arguments.of("other value", gdp, item("地区生产总值", "growth", 5.0, "%", "approx", 2025, "x"), false),
                Arguments.of("unrelated indicator", gdp, item("财政收入", "growth", 5.5, "%", "approx", 2025, "x"), false),
                Arguments.of("one-character indicator never contains", gold("税", "growth", 5.5, "approx"),
                        item("税收", "growth", 5.5, "%", "approx", 2025, "x"), false),
                Arguments.of("same indicatorId", with(gold("GDP", "growth", 5.5, "approx"), "indicatorId", "gdp"),
                        with(item("地区生产总值", "growth", 5.5, "%", "approx", 2025, "x"), "indicatorId", "gdp"), true),
                Arguments.of("null indicatorIds do not match",
                        gold("GDP", "growth", 5.5, "approx"), item("地区生产总值", "growth", 5.5, "%", "approx", 2025, "x"),
                        false),
                Arguments.of("range: low and high", range(5, 6), with(with(item("地区生产总值", "growth", null, "%", "range",
                        2025, "x"), "low", 5L), "high", 6.0), true),
                Arguments.of("range: other high", range(5, 6), with(with(item("地区生产总值", "growth", null, "%", "range",
                        2025, "x"), "low", 5L), "high", 6.5), false),
                Arguments.of("qualitative", gold("居民收入", "qualitative", null, null),
                        item("居民收入", "qualitative", null, null, null, 2025, "x"), true),
                Arguments.of("qualitative gold, item with a value", gold("居民收入", "qualitative", null, null),
                        item("居民收入", "qualitative", 5.0, "%", "eq", 2025, "x"), false),
                Arguments.of("qualitative gold, item of another measure", gold("居民收入", "qualitative", null, null),
                        item("居民收入", "growth", null, null, null, 2025, "x"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matches")
    void itemMatch_cases_asTheSpecSays(String name, Map<String, Object> gold, Map<String, Object> item,
            boolean expected) {
        assertEquals(expected, Evaluator.itemMatch(gold, item));
    }

    static Map<String, Object> gold(String indicator, String measure, Object value, String comparator) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("indicator", indicator);
        g.put("measure", measure);
        g.put("value", value);
        g.put("comparator", comparator);
        return g;
    }

    static Map<String, Object> range(double low, double high) {
        Map<String, Object> g = gold("地区生产总值", "growth", null, "range");
        g.remove("value");
        g.put("low", low);
        g.put("high", high);
        return g;
    }

    static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
        m.put(k, v);
        return m;
    }

    @Test
    void score_spanTouchingScopeEdge_notInScope() throws IOException {
        String scope = "城镇新增就业1.2万人。";
        int at = TEXT.indexOf(scope);
        Map<String, Object> out = perfect();
        Map<String, Object> before = item("地区生产总值", "growth", 9.9, "%", "eq", 2024, "x");
        before.put("span", Map.of("start", at - 3, "end", at)); // ends where the scope starts: no overlap
        Map<String, Object> overlapping = item("财政收入", "growth", 9.9, "%", "eq", 2024, "x");
        overlapping.put("span", Map.of("start", at - 3, "end", at + 1)); // one unit inside: in scope
        kind(out, "achievements").add(before);
        kind(out, "achievements").add(overlapping);
        String gold = GOLD.replace("\"预计全市地区生产总值增长5.6%，城镇新增就业1.2万人。\"", "\"" + scope + "\"");
        Scores s = score(gold, out);
        assertEquals(2, s.achievements().inScope(), "城镇新增就业 and the overlapping extra");
        assertEquals(1, s.achievements().hits());
        assertEquals(1.0, s.achievements().recall(), "recall does not depend on scopes");
    }

    @Test
    void score_scopeNotInText_goldException() {
        String gold = GOLD.replace("预计全市地区生产总值增长5.6%", "预计全市地区生产总值增长9.9%");
        GoldException e = assertThrows(GoldException.class, () -> score(gold, perfect()));
        assertTrue(e.getMessage().startsWith("gold g.json: scope not found in seeds/qingchuan.txt: 预计全市地区生产总值增长9.9%"),
                e.getMessage());
    }

    @Test
    void score_fieldsWrong_fieldAccuraciesFall() throws IOException {
        Map<String, Object> out = perfect();
        asMap(kind(out, "targets").get(0)).put("measure", "level");
        asMap(kind(out, "targets").get(1)).put("unit", "pp");
        asMap(kind(out, "targets").get(2)).put("year", 2024);
        asMap(kind(out, "achievements").get(0)).put("estimated", false);
        asMap(kind(out, "achievements").get(1)).put("year", 2025); // the default year of an achievement is 2024
        Scores s = score(GOLD, out);
        assertEquals(1.0, s.targets().f1(), "fields do not decide a match");
        assertEquals(2.0 / 3, s.targets().measure());
        assertEquals(2.0 / 3, s.targets().unit());
        assertEquals(2.0 / 3, s.targets().year());
        assertEquals(0.5, s.achievements().estimated());
        assertEquals(0.5, s.achievements().year());
    }

    @Test
    void score_periodStatedInGold_scoredWhereStated() throws IOException {
        String gold = GOLD.replace("\"value\": 12000, \"unit\": \"人\", \"comparator\": \"eq\", \"estimated\": true}",
                "\"value\": 12000, \"unit\": \"人\", \"comparator\": \"eq\", \"estimated\": true, "
                        + "\"period\": {\"start\": 2021, \"end\": 2024, \"basis\": \"cumulative\"}}")
                .replace("\"value\": 5.6, \"unit\": \"%\", \"comparator\": \"eq\", \"estimated\": true}",
                        "\"value\": 5.6, \"unit\": \"%\", \"comparator\": \"eq\", \"estimated\": true, \"period\": null}");
        Scores s = score(gold, perfect());
        assertEquals(2, s.achievements().periodN());
        assertEquals(1, s.achievements().periodOk(), "null = null; the cumulative period is missing");
        assertTrue(s.summary(0).contains(" period  50.0% of 2\n"), s.summary(0));
        assertEquals(0, s.targets().periodN());
    }

    @Test
    void score_metadataSectionsGlossary_fieldByField() throws IOException {
        Map<String, Object> out = perfect();
        Map<String, Object> report = asMap(((List<?>) out.get("reports")).get(0));
        asMap(report.get("metadata")).put("region", "青川县");
        asMap(report.get("metadata")).put("year", 2025.0); // 2025 == 2025.0
        List<Object> sections = new ArrayList<>(List.of(section("一", "2024年 工作回顾。", 0), section("二", "2025年工作安排", 2),
                section("三", "加强政府自身建设", 0)));
        report.put("sections", sections);
        report.put("glossary", List.of(Map.of("term", "四上企业")));
        Scores s = score(GOLD, out);
        assertEquals(3, s.metadataOk());
        assertEquals(4, s.metadataFields());
        assertEquals(3, s.sectionsOk(), "一 right with its children, 二 right with the wrong number of children");
        assertEquals(5, s.sectionsPossible(), "two per gold heading, one for the extra");
        assertEquals(0, s.glossaryOk());
        assertEquals(List.of("seeds/qingchuan.txt: metadata region: want '青川市', got '青川县'"), s.misses());
    }

    @Test
    void score_sectionTitleWrong_missLine() throws IOException {
        Map<String, Object> out = perfect();
        Map<String, Object> report = asMap(((List<?>) out.get("reports")).get(0));
        report.put("sections", new ArrayList<>(List.of(section("一", "回顾", 0))));
        Scores s = score(GOLD, out);
        assertEquals(0, s.sectionsOk());
        assertEquals(4, s.sectionsPossible());
        assertEquals(List.of("seeds/qingchuan.txt: section 一 '2024年工作回顾' vs '一' '回顾'",
                "seeds/qingchuan.txt: section 二 '2025年工作安排' vs None None"), s.misses());
    }

    @Test
    void pairReports_regionFirstThenOrder() {
        Map<String, Object> a = Map.of("metadata", Map.of("region", "甲市"));
        Map<String, Object> b = Map.of("metadata", Map.of("region", "乙市"));
        Map<String, Object> none = Map.of("metadata", Map.of());
        List<Object[]> pairs = Evaluator.pairReports(List.of(b, a, none), List.of(a, b));
        assertEquals(b, pairs.get(0)[1]);
        assertEquals(a, pairs.get(1)[1]);
        assertEquals(null, pairs.get(2)[1], "no region and no report left at its place");
        List<Object[]> byOrder = Evaluator.pairReports(List.of(none, a), List.of(b, a));
        assertEquals(b, byOrder.get(0)[1], "a gold report without region takes the report at its place");
        assertEquals(a, byOrder.get(1)[1]);
    }

    @Test
    void score_twoGoldReportsOneExtracted_reportCountWrong() throws IOException {
        String gold = GOLD.replace("\"glossary\": 0}]}", "\"glossary\": 0}, {\"metadata\": {\"region\": \"乙市\"}, "
                + "\"targets\": [{\"indicator\": \"地区生产总值\", \"measure\": \"growth\", \"value\": 6, \"unit\": \"%\", "
                + "\"comparator\": \"ge\"}]}]}");
        Scores s = score(gold, perfect());
        assertEquals(0.0, s.reports());
        assertEquals(4, s.targets().gold());
        assertEquals(3, s.targets().found());
        assertTrue(s.misses().contains("seeds/qingchuan.txt: metadata region: want '乙市', got None"), s.misses().toString());
        assertTrue(s.misses().contains("seeds/qingchuan.txt: missed target 地区生产总值 ge 6 %"), s.misses().toString());
    }

    @Test
    void figures_summaryJsonKeys_asEvaluatePy() throws IOException {
        Scores s = score(GOLD, perfect());
        assertEquals(Arrays.asList("target-f1", "achievement-f1", "metadata", "sections", "reports", "crashes"),
                new ArrayList<>(s.figures().keySet()));
    }

    @Test
    void gold_decodeStrict_badBytesRejectedBomDropped() throws IOException {
        GoldFile g = GoldFile.parse("g.json", GOLD.replace("\"UTF-8\"", "\"GB18030\""));
        assertEquals("青川", g.decode(new byte[] {(byte) 0xC7, (byte) 0xE0, (byte) 0xB4, (byte) 0xA8}));
        GoldFile u = GoldFile.parse("g.json", GOLD);
        assertEquals("a", u.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}));
        assertThrows(GoldException.class, () -> u.decode(new byte[] {(byte) 0xFF, 'a'}));
    }
}
