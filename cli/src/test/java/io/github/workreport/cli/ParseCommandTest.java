package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.workreport.output.ItemsCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    static final String[] REGIONS = {"青川市", "白溪县", "云岭市", "东湖区", "南屏县", "西陵市"};

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Six reports under dir/in (two in a sub-folder), plus a file the default glob skips. */
    private Path corpus() throws IOException {
        for (int i = 0; i < REGIONS.length; i++) {
            write("in/" + (i < 4 ? "" : "sub/") + "r" + i + ".txt", Fixtures.report(REGIONS[i], 2020 + i));
        }
        write("in/notes.md", Fixtures.report("北山市", 2030));
        return dir.resolve("in");
    }

    @Test
    void parse_csv_oneRowPerItemWithDocumentedColumns() throws IOException {
        Path f = write("a.txt", Fixtures.report("青川市", 2025));
        Fixtures.Run r = Fixtures.run("parse", "--format", "csv", "-q", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        List<List<String>> rows = Fixtures.parseCsv(r.out());
        assertEquals(ItemsCsv.COLUMNS, rows.get(0));
        JsonNode json = new ObjectMapper().readTree(Fixtures.run("parse", "-q", f.toString()).out());
        JsonNode report = json.get("reports").get(0);
        int items = report.get("targets").size() + report.get("achievements").size();
        assertTrue(items >= 4, "items: " + items);
        assertEquals(items + 1, rows.size());
        for (List<String> row : rows) {
            assertEquals(ItemsCsv.COLUMNS.size(), row.size(), row.toString());
        }
        List<String> gdp = rows.stream().filter(x -> x.get(col("indicator")).equals("地区生产总值") && x.get(col("item")).equals("target"))
                .findFirst().orElseThrow();
        assertEquals(f.toString(), gdp.get(col("file")));
        assertEquals("0", gdp.get(col("report")));
        assertEquals("青川市", gdp.get(col("region")));
        assertEquals("2025", gdp.get(col("year")));
        assertEquals("government_work_report", gdp.get(col("kind")));
        assertEquals("growth", gdp.get(col("measure")));
        assertEquals("5.5", gdp.get(col("value")));
        assertEquals("", gdp.get(col("low")));
        assertEquals("%", gdp.get(col("unit")));
        assertEquals("approx", gdp.get(col("comparator")));
        assertEquals("false", gdp.get(col("estimated")));
        String original = Fixtures.report("青川市", 2025);
        int start = Integer.parseInt(gdp.get(col("start")));
        int end = Integer.parseInt(gdp.get(col("end")));
        assertTrue(original.substring(start, end).contains("5.5%"));
        // the section path of the last target holds a comma: the field is quoted and reads back whole
        List<String> nested = rows.stream().filter(x -> x.get(col("section")).contains(" > ")).findFirst().orElseThrow();
        assertTrue(nested.get(col("section")).contains(","), nested.get(col("section")));
        assertTrue(r.out().contains("\"" + nested.get(col("section")) + "\""));
        List<String> achievement = rows.stream().filter(x -> x.get(col("item")).equals("achievement")).findFirst().orElseThrow();
        assertEquals("true", achievement.get(col("estimated")));
        assertEquals("2024", achievement.get(col("itemYear")));
    }

    @Test
    void parse_csvBom_startsWithByteOrderMarkOnce() throws IOException {
        Path f = write("a.txt", Fixtures.report("青川市", 2025));
        Path out = dir.resolve("out/items.csv");
        Fixtures.Run r = Fixtures.run("parse", "--format", "csv", "--bom", "-q", "-o", out.toString(), f.toString());
        assertEquals(0, r.exit(), r.err());
        byte[] bytes = Files.readAllBytes(out);
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.substring(1).startsWith("file,report,"));
        assertFalse(text.substring(1).contains("\uFEFF"));
        Fixtures.Run noBom = Fixtures.run("parse", "--format", "csv", "-q", f.toString());
        assertTrue(noBom.out().startsWith("file,"));
    }

    @Test
    void parse_bomWithJson_exitTwo() throws IOException {
        Path f = write("a.txt", Fixtures.report("青川市", 2025));
        assertEquals(2, Fixtures.run("parse", "--bom", f.toString()).exit());
        assertEquals(2, Fixtures.run("parse", "--threads", "0", f.toString()).exit());
    }

    @Test
    void parse_jsonl_oneCompactLinePerFileEqualToJson() throws IOException {
        Path a = write("a.txt", Fixtures.report("青川市", 2025));
        Path b = write("b.txt", Fixtures.report("白溪县", 2024));
        Fixtures.Run r = Fixtures.run("parse", "--format", "jsonl", "-q", a.toString(), b.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines.get(0));
        assertEquals(a.toString(), first.get("source").asText());
        assertEquals("白溪县", m.readTree(lines.get(1)).get("reports").get(0).get("metadata").get("region").asText());
        JsonNode pretty = m.readTree(Fixtures.run("parse", "--pretty", "-q", a.toString()).out());
        assertEquals(pretty, first);
    }

    @Test
    void parse_directory_recursiveTxtOnlyInPathOrder() throws IOException {
        Path in = corpus();
        Fixtures.Run r = Fixtures.run("parse", "--format", "jsonl", "-q", in.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> regions = regions(r.out());
        assertEquals(List.of(REGIONS), regions);
        Fixtures.Run md = Fixtures.run("parse", "--format", "jsonl", "-q", "--glob", "*.md", in.toString());
        assertEquals(List.of("北山市"), regions(md.out()));
    }

    @Test
    void parse_globPattern_matchesBelowBase() throws IOException {
        Path in = corpus();
        Fixtures.Run r = Fixtures.run("parse", "--format", "jsonl", "-q", in + "/sub/*.txt");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("南屏县", "西陵市"), regions(r.out()));
        Fixtures.Run none = Fixtures.run("parse", "-q", in + "/*.pdf");
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no file matches"), none.err());
    }

    @Test
    void parse_fourThreads_sameOutputAsOneThread() throws IOException {
        Path in = corpus();
        for (int i = 0; i < 12; i++) {
            write("in/more/m" + String.format("%02d", i) + ".txt", Fixtures.report(REGIONS[i % REGIONS.length], 2000 + i));
        }
        Fixtures.Run one = Fixtures.run("parse", "--format", "jsonl", "-q", "--threads", "1", in.toString());
        Fixtures.Run four = Fixtures.run("parse", "--format", "jsonl", "-q", "--threads", "4", in.toString());
        assertEquals(0, four.exit(), four.err());
        assertEquals(18, one.out().lines().count());
        assertEquals(one.out(), four.out());
        Fixtures.Run csv4 = Fixtures.run("parse", "--format", "csv", "-q", "-t", "4", in.toString());
        Fixtures.Run csv1 = Fixtures.run("parse", "--format", "csv", "-q", "-t", "1", in.toString());
        assertEquals(csv1.out(), csv4.out());
    }

    @Test
    void parse_batchWithBadInputs_reportsEachOnOneLineAndGoesOn() throws IOException {
        Path in = corpus();
        Files.createDirectories(in.resolve("x.txt")); // a directory named like a report: walked, holds nothing
        Path locked = write("in/locked.txt", Fixtures.report("北山市", 2030));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean root = Files.isReadable(locked); // root reads whatever the permissions
        Path missing = dir.resolve("missing.txt");
        Path dirAsFile = dir.resolve("folder.txt");
        Files.createDirectories(dirAsFile);
        Fixtures.Run r = Fixtures.run("parse", "--format", "jsonl", "-t", "4", missing.toString(), in.toString(),
                in.resolve("x.txt").toString());
        assertEquals(1, r.exit(), r.err());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("workreport: cannot")).toList();
        List<String> expected = new ArrayList<>(List.of(REGIONS));
        if (root) {
            expected.add(0, "北山市"); // locked.txt was read after all, and sorts before r0.txt
            assertEquals(1, errors.size(), r.err());
        } else {
            assertEquals(2, errors.size(), r.err());
            assertTrue(errors.stream().anyMatch(l -> l.contains("locked.txt") && l.contains("permission denied")));
        }
        assertTrue(errors.get(0).contains("missing.txt") && errors.get(0).contains("no such file"), errors.get(0));
        assertEquals(expected, regions(r.out()));
        // every input has its line in the jsonl output: a failed one as {source, error}, in input order
        List<JsonNode> failures = failures(r.out());
        assertEquals(errors.size(), failures.size(), r.out());
        assertTrue(failures.get(0).get("source").asText().endsWith("missing.txt"), failures.get(0).toString());
        assertEquals(errors.get(0), "workreport: " + failures.get(0).get("error").asText());
        assertTrue(r.out().lines().findFirst().orElseThrow().contains("\"error\""), "missing.txt was the first input");
        String summary = r.err().lines().reduce((x, y) -> y).orElseThrow();
        assertTrue(summary.matches("workreport: \\d+ files, \\d+ reports, \\d+ targets, \\d+ achievements, "
                + "\\d+ warnings, \\d+ failed, [0-9.]+ s"), summary);
        assertFalse(r.err().contains("Exception"), r.err());
        Fixtures.Run d = Fixtures.run("parse", "-q", dirAsFile.toString());
        assertEquals(0, d.exit(), "a directory argument is searched, not read: " + d.err());
        assertTrue(d.err().contains("no file matching " + Inputs.SUPPORTED + " in " + dirAsFile), d.err());
    }

    @Test
    void parse_debug_printsStackTrace() throws IOException {
        Fixtures.Run r = Fixtures.run("parse", "--debug", "-q", dir.resolve("nope.txt").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("NoSuchFileException"), r.err());
    }

    @Test
    void parse_unwritableOutput_exitThreeNamingIt() throws IOException {
        Path f = write("a.txt", Fixtures.report("青川市", 2025));
        Path blocker = write("blocker", "a file, not a folder");
        Fixtures.Run json = Fixtures.run("parse", "-q", "-o", blocker.resolve("out").toString(), f.toString());
        assertEquals(3, json.exit());
        assertEquals(1, json.err().lines().count(), json.err());
        assertTrue(json.err().contains(blocker.resolve("out").toString()), json.err());
        Fixtures.Run csv = Fixtures.run("parse", "--format", "csv", "-q", "-o", blocker.resolve("x.csv").toString(),
                f.toString());
        assertEquals(3, csv.exit());
        assertTrue(csv.err().contains("x.csv"), csv.err());
    }

    @Test
    void parse_outputDirFromDirectory_keepsRelativePaths() throws IOException {
        Path in = corpus();
        Path out = dir.resolve("out");
        Fixtures.Run r = Fixtures.run("parse", "-q", "-o", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(out.resolve("r0.txt.json")));
        assertTrue(Files.exists(out.resolve("sub/r5.txt.json")));
        assertEquals("", r.out());
    }

    @Test
    void help_everyCommand_listsExitCodes() {
        for (String cmd : List.of("parse", "normalize", "render")) {
            Fixtures.Run r = Fixtures.run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("Exit codes:"), cmd);
            assertTrue(r.out().contains("3 "), cmd);
        }
        assertTrue(Fixtures.run("--help").out().contains("render"));
    }

    /** The first report's region of each parsed file's line (lines of failed inputs left out). */
    private static List<String> regions(String jsonl) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : jsonl.lines().toList()) {
            JsonNode n = m.readTree(line);
            if (!n.has("error")) {
                out.add(n.get("reports").get(0).get("metadata").get("region").asText());
            }
        }
        return out;
    }

    /** The lines of failed inputs: {source, error}, without reports. */
    private static List<JsonNode> failures(String jsonl) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonl.lines().toList()) {
            JsonNode n = m.readTree(line);
            if (n.has("error")) {
                assertFalse(n.has("reports"), line);
                out.add(n);
            }
        }
        return out;
    }

    @Test
    void parse_headerlessTextWithYearInFileName_yearFromTheNameWithWarning() throws IOException {
        Path f = dir.resolve("qingchuan-2025-gwr.txt");
        Files.writeString(f, "各位代表：\n现在，我代表市人民政府作工作报告。\n一、工作回顾\n全市地区生产总值增长5%。\n", StandardCharsets.UTF_8);
        JsonNode named = new ObjectMapper().readTree(Fixtures.run("parse", f.toString()).out()).get("reports").get(0);
        assertEquals(2025, named.get("metadata").get("year").asInt());
        assertTrue(named.get("warnings").toString().contains("year-from-hint"), named.toString());
        JsonNode off = new ObjectMapper().readTree(Fixtures.run("parse", "--no-file-name-year", f.toString()).out())
                .get("reports").get(0);
        assertTrue(off.get("metadata").get("year").isNull(), off.toString());
        JsonNode hinted = new ObjectMapper().readTree(Fixtures.run("parse", "--year", "2019", "--region", "济南市", f.toString())
                .out()).get("reports").get(0);
        assertEquals(2019, hinted.get("metadata").get("year").asInt());
        assertEquals("济南市", hinted.get("metadata").get("region").asText());
        assertEquals("city", hinted.get("metadata").get("level").asText());
    }

    @Test
    void parse_maskedWord_restoredWithWarningUnlessSwitchedOff() throws IOException {
        Path f = dir.resolve("masked.txt");
        String text = "2031年青川市政府工作报告\n各位代表：\n一、工作回顾\n（一）深入贯彻X的二十大精神。全市地区生产总值增长5%。\n";
        Files.writeString(f, text, StandardCharsets.UTF_8);
        JsonNode on = new ObjectMapper().readTree(Fixtures.run("parse", f.toString()).out()).get("reports").get(0);
        assertTrue(on.get("warnings").toString().contains("redaction-restored"), on.toString());
        assertTrue(on.toString().contains("深入贯彻党的二十大精神"), on.toString());
        JsonNode off = new ObjectMapper().readTree(Fixtures.run("parse", "--no-restore-redactions", f.toString()).out())
                .get("reports").get(0);
        assertTrue(!off.get("warnings").toString().contains("redaction-restored"), off.toString());
        assertTrue(off.toString().contains("深入贯彻X的二十大精神"), off.toString());
    }

    @Test
    void parse_yearHintOutOfRange_exitTwo() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, Fixtures.report("青川市", 2025), StandardCharsets.UTF_8);
        Fixtures.Run r = Fixtures.run("parse", "--year", "25", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("1949-2099"), r.err());
    }

    private static int col(String name) {
        int i = ItemsCsv.COLUMNS.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no CSV column " + name);
        }
        return i;
    }
}
