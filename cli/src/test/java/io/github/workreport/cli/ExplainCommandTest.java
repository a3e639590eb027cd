package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void explain_jsonl_countsOfTargetsAndAchievementsEqualParse() throws IOException {
        Path f = dir.resolve("r.txt");
        Files.writeString(f, Fixtures.report("青川市", 2025) + "\n全市连续3年获评文明城市，排名第5位。", StandardCharsets.UTF_8);
        Fixtures.Run explain = Fixtures.run("explain", "--format", "jsonl", f.toString());
        assertEquals(0, explain.exit(), explain.err());
        int targets = 0;
        int achievements = 0;
        int setAside = 0;
        for (String line : explain.out().strip().split("\n")) {
            JsonNode d = M.readTree(line);
            assertTrue(d.get("rule").asText().contains("."), line);
            assertTrue(d.get("span").get("end").asInt() > d.get("span").get("start").asInt(), line);
            switch (d.get("decision").asText()) {
                case "target" -> targets++;
                case "achievement" -> achievements++;
                case "set-aside" -> setAside++;
                default -> throw new AssertionError("decision " + line);
            }
        }
        Fixtures.Run parse = Fixtures.run("parse", "--format", "json", f.toString());
        assertEquals(0, parse.exit(), parse.err());
        JsonNode report = M.readTree(parse.out()).get("reports").get(0);
        assertEquals(report.get("targets").size(), targets);
        assertEquals(report.get("achievements").size(), achievements);
        assertTrue(targets > 0 && achievements > 0, explain.out());
        assertTrue(setAside >= 1, "the duration 连续3年 is set aside: " + explain.out());
    }

    @Test
    void explain_text_linesThenCountsByRule() throws IOException {
        Path f = dir.resolve("r.txt");
        Files.writeString(f, Fixtures.report("青川市", 2025), StandardCharsets.UTF_8);
        Fixtures.Run r = Fixtures.run("explain", "--only", "target", f.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines[0].startsWith("#0 target "), lines[0]);
        assertTrue(r.out().contains("---- decisions by rule"), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("#0 achievement") || l.startsWith("#0 set-aside")), r.out());
    }

    @Test
    void explain_unknownDecision_usageError() throws IOException {
        Path f = dir.resolve("r.txt");
        Files.writeString(f, Fixtures.report("青川市", 2025), StandardCharsets.UTF_8);
        Fixtures.Run r = Fixtures.run("explain", "--only", "maybe", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--only takes target, achievement or set-aside"), r.err());
    }
}
