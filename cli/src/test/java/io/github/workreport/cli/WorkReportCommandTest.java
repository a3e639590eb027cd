package io.github.workreport.cli;

import static io.github.workreport.cli.Fixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkReportCommandTest {

    static final String REPORT = String.join("\n",
            "2025年青川市政府工作报告",
            "——2025年1月9日在青川市第十届人民代表大会第四次会议上",
            "各位代表：",
            "一、2024年工作回顾",
            "预计全市地区生产总值增长5.6%左右。",
            "二、2025年工作安排",
            "今年主要预期目标是：地区生产总值增长5.5%左右，规模以上工业增加值增长6%以上。");

    @TempDir
    Path dir;

    @Test
    void parse_gbkFile_printsSpecJson() throws IOException {
        Path f = dir.resolve("r.txt");
        Files.write(f, REPORT.getBytes(Charset.forName("GBK")));
        Fixtures.Run r = run("parse", "--format", "json", f.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertTrue(root.get("charset").asText().startsWith("GB"));
        assertEquals(f.toString(), root.get("source").asText());
        JsonNode report = root.get("reports").get(0);
        for (String k : List.of("span", "metadata", "sections", "targets", "achievements", "glossary", "warnings")) {
            assertTrue(report.has(k), k);
        }
        JsonNode m = report.get("metadata");
        assertEquals("青川市", m.get("region").asText());
        assertEquals("county", m.get("level").asText());
        assertEquals(2025, m.get("year").asInt());
        assertEquals("government_work_report", m.get("kind").asText());
        assertEquals("2025-01-09", m.get("date").asText());
        JsonNode t = report.get("targets").get(0);
        for (String k : List.of("indicator", "indicatorId", "measure", "value", "low", "high", "unit", "comparator", "year",
                "estimated", "text", "span")) {
            assertTrue(t.has(k), k);
        }
        assertEquals("地区生产总值", t.get("indicator").asText());
        assertEquals(5.5, t.get("value").asDouble());
        assertEquals("approx", t.get("comparator").asText());
        int start = t.get("span").get("start").asInt();
        int end = t.get("span").get("end").asInt();
        assertTrue(REPORT.substring(start, end).contains("5.5%"));
        JsonNode a = report.get("achievements").get(0);
        assertTrue(a.get("estimated").asBoolean());
        assertEquals(2024, a.get("year").asInt());
    }

    @Test
    void parse_outputDir_writesOneJsonPerInput() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, REPORT, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Fixtures.Run r = run("parse", "-o", out.toString(), f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("a.txt.json")).contains("\"reports\""));
        assertEquals("", r.out());
    }

    @Test
    void parse_missingFile_exitOneWithOneLineNamingIt() {
        Path missing = dir.resolve("nope.txt");
        Fixtures.Run r = run("parse", missing.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nope.txt"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void parse_badUsage_exitTwo() {
        assertEquals(2, run("parse", "--format", "xml", "x.txt").exit());
        assertEquals(2, run("parse").exit());
        assertEquals(2, run("frobnicate").exit());
    }

    @Test
    void parse_unknownOption_oneLineAndWhereToLook() {
        Fixtures.Run r = run("parse", "--frobnicate", "x.txt");
        assertEquals(2, r.exit());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("workreport parse: ") && lines.get(0).contains("--frobnicate"), r.err());
        assertEquals("Try 'workreport parse --help' for more information.", lines.get(1));
        assertEquals("", r.out(), "no help text on standard output");
    }

    @Test
    void parse_noiseWithCsv_usageError() {
        Fixtures.Run r = run("parse", "--format", "csv", "--noise", "x.txt");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--noise applies to --format json and jsonl only"), r.err());
    }

    @Test
    void parse_twoInputsWithOneNameIntoAFolder_bothWrittenAndSaid() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/x.txt"), Fixtures.report("青川市", 2024), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b/x.txt"), Fixtures.report("白溪县", 2025), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Fixtures.Run r = run("parse", "-q", "-o", out.toString(), dir.resolve("a/x.txt").toString(),
                dir.resolve("b/x.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("x.txt.json")).contains("青川市"));
        assertTrue(Files.readString(out.resolve("x.txt-2.json")).contains("白溪县"));
        assertTrue(r.err().contains("has the name of an earlier input"), r.err());
    }

    @Test
    void parse_inputsTable_oneRowPerInputWithCountsCodesAndErrors() throws IOException {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, Fixtures.report("青川市", 2024), StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");
        Path table = dir.resolve("audit/inputs.csv");
        Fixtures.Run r = run("parse", "-q", "--format", "csv", "--inputs", table.toString(), a.toString(), missing.toString());
        assertEquals(1, r.exit(), r.err());
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        assertEquals("file,format,charset,reports,targets,achievements,warnings,warningCodes,error", lines.get(0));
        com.fasterxml.jackson.dataformat.csv.CsvMapper csv = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        List<java.util.Map<String, String>> rows;
        try (com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> it = csv
                .readerFor(java.util.Map.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .readValues(table.toFile())) {
            rows = it.readAll();
        }
        assertEquals(2, rows.size(), rows.toString());
        java.util.Map<String, String> ok = rows.get(0);
        assertEquals(a.toString(), ok.get("file"));
        assertEquals("text", ok.get("format"));
        assertEquals("1", ok.get("reports"));
        assertTrue(Integer.parseInt(ok.get("targets")) > 0 && Integer.parseInt(ok.get("achievements")) > 0, ok.toString());
        assertEquals("", ok.get("error"), "no error");
        java.util.Map<String, String> bad = rows.get(1);
        assertEquals(missing.toString(), bad.get("file"));
        assertEquals("0", bad.get("reports"));
        assertTrue(bad.get("error").contains("no such file"), bad.toString());
    }

    @Test
    void unknownCommand_oneLineAndWhereToLook() {
        Fixtures.Run r = run("frobnicate");
        assertEquals(2, r.exit());
        assertEquals(2, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("Try 'workreport --help'"), r.err());
    }

    @Test
    void help_everyCommand_exitZero() {
        Fixtures.Run r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("parse"));
        assertEquals(0, run("parse", "--help").exit());
        assertEquals(0, run("normalize", "--help").exit());
        assertTrue(run("--version").out().contains("workreport"));
    }

    @Test
    void normalize_traditionalFullWidth_printsSimplifiedHalfWidth() throws IOException {
        Path f = dir.resolve("t.txt");
        Files.writeString(f, "預計全市地區生產總值增長５．６％左右。", StandardCharsets.UTF_8);
        Fixtures.Run r = run("normalize", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("预计全市地区生产总值增长5.6%左右"), r.out());
    }

    @Test
    void commandLine_oneCommandNamed_onlyItsModelBuilt() {
        assertEquals(List.of("parse"), List.copyOf(WorkReportCommand.commandLine(new String[] {"parse", "x.txt"})
                .getSubcommands().keySet()));
        assertEquals(List.of(), List.copyOf(WorkReportCommand.commandLine(new String[] {"--version"})
                .getSubcommands().keySet()));
        List<String> all = List.of("parse", "explain", "normalize", "render", "panel", "evaluate", "help");
        assertEquals(all, List.copyOf(WorkReportCommand.commandLine(new String[] {"--help"}).getSubcommands().keySet()));
        assertEquals(all, List.copyOf(WorkReportCommand.commandLine(new String[] {"help", "parse"})
                .getSubcommands().keySet()));
        assertEquals(all, List.copyOf(WorkReportCommand.commandLine(new String[] {"pares"}).getSubcommands().keySet()));
    }

    @Test
    void help_topAndPerCommand_listsEveryCommandAndSameUsage() {
        String top = run("--help").out();
        for (String c : List.of("parse", "explain", "normalize", "render", "panel", "evaluate", "help")) {
            assertTrue(top.contains("\n  " + c + " "), c + " in\n" + top);
        }
        assertEquals(run("help", "parse").out(), run("parse", "--help").out());
        assertTrue(run("parse", "--help").out().startsWith("Usage: workreport parse "));
        assertTrue(run("-V").out().startsWith("workreport "));
    }
}
