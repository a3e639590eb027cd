package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.evaluation.Evaluator;
import io.github.workreport.evaluation.GoldFile;
import io.github.workreport.evaluation.Scores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workreport evaluate} on a composed report and a gold file written here (nothing copied from a real report). */
class EvaluateCommandTest {

    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path root;

    Path gold;

    static final String GOLD = """
            {"doc": "docs/qingchuan-2025.txt", "encoding": "UTF-8", "reports": [{
              "metadata": {"region": "青川市", "year": 2025, "kind": "government_work_report"},
              "scopes": {"targets": ["今年主要预期目标是：地区生产总值增长5.5%左右，规模以上工业增加值增长6%以上，城镇调查失业率控制在5.5%以内。"],
                         "achievements": ["预计全市地区生产总值增长5.6%左右，城镇新增就业1.2万人。"]},
              "targets": [
                {"indicator": "地区生产总值", "measure": "growth", "value": 5.5, "unit": "%", "comparator": "approx"},
                {"indicator": "规模以上工业增加值", "measure": "growth", "value": 6, "unit": "%", "comparator": "ge"},
                {"indicator": "城镇调查失业率", "measure": "level", "value": 5.5, "unit": "%", "comparator": "le"},
                {"indicator": "进出口总额", "measure": "growth", "value": 3, "unit": "%", "comparator": "approx"}],
              "achievements": [
                {"indicator": "地区生产总值", "measure": "growth", "value": 5.6, "unit": "%", "comparator": "approx", "estimated": true},
                {"indicator": "城镇新增就业", "measure": "level", "value": 12000, "unit": "人", "comparator": "eq", "estimated": true}]}]}
            """;

    @BeforeEach
    void write() throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/qingchuan-2025.txt"), Fixtures.report("青川市", 2025), StandardCharsets.UTF_8);
        gold = Files.createDirectories(root.resolve("gold/dev"));
        Files.writeString(gold.resolve("qingchuan-2025.json"), GOLD, StandardCharsets.UTF_8);
    }

    @Test
    void evaluate_text_evaluatePyLayoutWithMisses() {
        Fixtures.Run r = Fixtures.run("evaluate", "--gold", gold.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("files 1, crashed 0, parse seconds "), lines[0]);
        assertTrue(lines[1].startsWith("targets       P 100.0%  R  75.0%  F1  85.7%  (gold 4, found 3, in scope 3)"),
                lines[1]);
        assertTrue(lines[2].startsWith("achievements  P 100.0%  R 100.0%  F1 100.0%  (gold 2, found 2, in scope 2)"),
                lines[2]);
        assertTrue(lines[2].contains(" estimated 100.0%"), lines[2]);
        assertEquals("metadata 100.0% of 3 fields;  sections   0.0%;  report counts 100.0%;  glossary counts 0/0",
                lines[3]);
        assertEquals("  docs/qingchuan-2025.txt: missed target 进出口总额 approx 3 %", lines[4]);
        assertEquals(5, lines.length, r.out());
    }

    @Test
    void evaluate_showZero_countOfMissesOnly() {
        Fixtures.Run r = Fixtures.run("evaluate", "--gold", gold.toString(), "--root", root.toString(), "--show", "0");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("glossary counts 0/0\n  (+1 more)\n"), r.out());
    }

    @Test
    void evaluate_json_figuresCountsAndMisses() throws IOException {
        Fixtures.Run r = Fixtures.run("evaluate", "--gold", gold.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = M.readTree(r.out());
        assertEquals(2 * 0.75 / 1.75, j.get("target-f1").asDouble(), 1e-12);
        assertEquals(1.0, j.get("achievement-f1").asDouble());
        assertEquals(4, j.get("targets").get("gold").asInt());
        assertEquals(1, j.get("misses").size());
        assertEquals(0, j.get("crashes").asInt());
    }

    @Test
    void evaluate_floorMissed_exitOneWithShortLine() {
        Fixtures.Run r = Fixtures.run("evaluate", "--gold", gold.toString(), "--min-target-f1", "0.9",
                "--min-achievement-f1", "0.9");
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().endsWith("short: target-f1\n"), r.out());
    }

    @Test
    void evaluate_scopeNotInDocument_exitTwo() throws IOException {
        Files.writeString(gold.resolve("qingchuan-2025.json"), GOLD.replace("城镇新增就业1.2万人", "城镇新增就业9万人"),
                StandardCharsets.UTF_8);
        Fixtures.Run r = Fixtures.run("evaluate", "--gold", gold.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("scope not found in docs/qingchuan-2025.txt: 预计全市地区生产总值增长5.6%"), r.err());
    }

    @Test
    void evaluate_noGoldFiles_exitTwo() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));
        Fixtures.Run r = Fixtures.run("evaluate", "--gold", empty.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no gold files in"), r.err());
    }

    @Test
    void evaluate_documentMissing_exitTwo() throws IOException {
        Files.delete(root.resolve("docs/qingchuan-2025.txt"));
        Fixtures.Run r = Fixtures.run("evaluate", "--gold", gold.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("qingchuan-2025.json"), r.err());
    }

    @Test
    void evaluate_binaryDocument_crashScoredZeroExitOne() throws IOException {
        Files.write(root.resolve("docs/qingchuan-2025.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 1, 2});
        Files.writeString(gold.resolve("qingchuan-2025.json"), GOLD.replaceAll("\"scopes\": \\{[^}]*\\},", ""),
                StandardCharsets.UTF_8);
        Fixtures.Run r = Fixtures.run("evaluate", "--gold", gold.toString(), "--show", "0");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("files 1, crashed 1,"), r.out());
        assertTrue(r.out().contains("CRASH docs/qingchuan-2025.txt: "), r.out());
        assertTrue(r.out().endsWith("short: crashes\n"), r.out());
    }

    @Test
    void evaluate_jsonDir_scoresOutputsWrittenBefore() throws IOException {
        Path out = Files.createDirectories(root.resolve("out"));
        Fixtures.Run parse = Fixtures.run("parse", "--format", "json", "-o", out.toString(),
                root.resolve("docs/qingchuan-2025.txt").toString());
        assertEquals(0, parse.exit(), parse.err());
        Fixtures.Run fromJson = Fixtures.run("evaluate", "--gold", gold.toString(), "--json-dir", out.toString());
        Fixtures.Run parsed = Fixtures.run("evaluate", "--gold", gold.toString());
        assertEquals(parsed.out().replaceAll("parse seconds [0-9.]+", ""),
                fromJson.out().replaceAll("parse seconds [0-9.]+", ""));
    }

    @Test
    void evaluatorApi_reportFileAgainstGoldFile_sameFiguresAsCommand() throws IOException {
        GoldFile g = GoldFile.read(gold.resolve("qingchuan-2025.json"));
        Path base = Evaluator.defaultRoot(gold);
        assertEquals(root.toAbsolutePath().normalize(), base);
        ReportFile parsed = ReportParser.defaults().parseAll(g.source(base));
        Scores s = Evaluator.score(g, base, parsed);
        assertEquals(3, s.targets().found());
        assertEquals(List.of("docs/qingchuan-2025.txt: missed target 进出口总额 approx 3 %"), s.misses());
        Fixtures.Run r = Fixtures.run("evaluate", "--gold", gold.toString());
        assertEquals(s.summary(15).replaceAll("parse seconds [0-9.]+", ""),
                r.out().replaceAll("parse seconds [0-9.]+", ""));
    }

    @Test
    void help_listsEvaluate() {
        Fixtures.Run r = Fixtures.run("--help");
        assertTrue(r.out().contains("evaluate"), r.out());
    }
}
