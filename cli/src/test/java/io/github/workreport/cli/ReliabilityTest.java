package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.workreport.Achievement;
import io.github.workreport.Measure;
import io.github.workreport.Quantity;
import io.github.workreport.Comparison;
import io.github.workreport.ReportParser;
import io.github.workreport.output.ItemsCsv;
import io.github.workreport.spi.Extractor;
import io.github.workreport.spi.Findings;
import io.github.workreport.spi.ReportContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 17 at the command line: nothing lost in a batch. */
class ReliabilityTest {

    @TempDir
    Path dir;

    /** A number that runs out of memory when written, as a huge file's record would. */
    static final class Exhausting extends BigDecimal {
        Exhausting() {
            super("5");
        }

        @Override
        public BigDecimal stripTrailingZeros() {
            throw new OutOfMemoryError("Java heap space (simulated while writing)");
        }
    }

    /** Adds an item that cannot be written to reports whose text holds 毒丸. */
    static final class PoisonExtractor implements Extractor {
        @Override
        public String name() {
            return "poison";
        }

        @Override
        public Set<Class<?>> provides() {
            return Set.of(Achievement.class);
        }

        @Override
        public Findings extract(ReportContext c) {
            if (!c.text().contains("毒丸")) {
                return Findings.empty();
            }
            return Findings.builder().add(new Achievement("毒丸", null, Measure.GROWTH,
                    Quantity.of(new Exhausting(), "%", Comparison.EQ), null, false, "毒丸", c.span(0, 2), List.of()))
                    .build();
        }
    }

    private Fixtures.Run run(String... args) {
        ParseCommand cmd = new ParseCommand();
        cmd.parser = ReportParser.builder().discoverExtractors().addExtractor(new PoisonExtractor()).build();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Fixtures.Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void parse_outOfMemoryWhileWritingOneFile_itsErrorLineAndTheOthersWritten() throws IOException {
        Path a = write("a.txt", Fixtures.report("青川市", 2025));
        Path b = write("b.txt", Fixtures.report("白溪县", 2024) + "\n毒丸增长5%。");
        Path c = write("c.txt", Fixtures.report("南屏县", 2023));
        for (String format : List.of("jsonl", "json", "csv")) {
            Fixtures.Run r = run("--format", format, "-t", "1", a.toString(), b.toString(), c.toString());
            assertEquals(1, r.exit(), format + ": " + r.err());
            assertTrue(r.err().contains("cannot write " + b + ": java.lang.OutOfMemoryError"), r.err());
            assertTrue(r.out().contains("青川市") && r.out().contains("南屏县"), format + ": " + r.out());
            assertFalse(r.out().contains("毒丸"), "nothing of the failed record: " + r.out());
            assertTrue(r.err().contains("1 failed"), r.err());
        }
        List<String> lines = run("--format", "jsonl", a.toString(), b.toString(), c.toString()).out().lines().toList();
        assertEquals(3, lines.size());
        JsonNode failed = new ObjectMapper().readTree(lines.get(1));
        assertEquals(b.toString(), failed.get("source").asText());
        assertTrue(failed.get("error").asText().contains("OutOfMemoryError"));
        // one document per file: the failed one's is its error record, no half-written file is left
        Path out = dir.resolve("out");
        Fixtures.Run r = run("-q", "-o", out.toString(), a.toString(), b.toString(), c.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(new ObjectMapper().readTree(out.resolve("b.txt.json").toFile()).has("error"));
        assertTrue(new ObjectMapper().readTree(out.resolve("c.txt.json").toFile()).has("reports"));
        try (var files = Files.list(out)) {
            assertEquals(3, files.count(), "no temporary files left");
        }
    }

    @Test
    void parse_supplementaryCharacterAcrossIndicatorCut_writesUtf8() throws IOException {
        // a character outside the BMP (𠮷, CJK extension B) in an indicator longer than 40 units, which is cut;
        // (a private-use one, such as the U+1001B0 a PDF converter writes for a decimal point, gives no figure)
        String point = new String(Character.toChars(0x20BB7));
        StringBuilder text = new StringBuilder("2025年青川市政府工作报告\n一、过去一年工作回顾\n过去一年，全市");
        for (int i = 0; i < 31; i++) {
            text.append(i % 2 == 0 ? point : "业");
        }
        text.append("增长5.2%。\n");
        Path f = write("p.txt", text.toString());
        Path out = dir.resolve("o");
        Fixtures.Run r = Fixtures.run("parse", "-q", "-o", out.toString(), f.toString());
        assertEquals(0, r.exit(), r.err());
        String json = Files.readString(out.resolve("p.txt.json"), StandardCharsets.UTF_8); // strict: throws on bad UTF-8
        assertTrue(json.contains(point), "written as the character, not as escapes");
        Fixtures.Run jsonl = Fixtures.run("parse", "--format", "jsonl", f.toString());
        assertFalse(jsonl.out().contains("?"), jsonl.out());
    }

    @Test
    void parse_pdfNamedTxt_failedWithLineInJsonlAndCsv() throws IOException {
        Path good = write("good.txt", Fixtures.report("青川市", 2025));
        Path pdf = dir.resolve("scan.txt");
        Files.write(pdf, ("%PDF-1.4\n1 0 obj<</Length 20>>stream\n地区生产总值增长5%。\nendstream\n")
                .getBytes(StandardCharsets.UTF_8));
        Fixtures.Run jsonl = Fixtures.run("parse", "--format", "jsonl", good.toString(), pdf.toString());
        assertEquals(1, jsonl.exit(), jsonl.err());
        // told a PDF by its content whatever its name: a broken one is refused, one error for it
        assertTrue(jsonl.err().contains("cannot read " + pdf + ": the PDF cannot be read"), jsonl.err());
        assertTrue(jsonl.err().contains("1 failed"), jsonl.err());
        List<String> lines = jsonl.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode n = new ObjectMapper().readTree(lines.get(1));
        assertEquals(pdf.toString(), n.get("source").asText());
        assertTrue(n.get("error").asText().contains("PDF"), lines.get(1));
        assertTrue(n.get("reports") == null, "no reports from it");
        Fixtures.Run csv = Fixtures.run("parse", "--format", "csv", "-q", good.toString(), pdf.toString());
        List<List<String>> rows = Fixtures.parseCsv(csv.out());
        List<String> last = rows.get(rows.size() - 1);
        assertEquals(pdf.toString(), last.get(ItemsCsv.COLUMNS.indexOf("file")));
        assertEquals("error", last.get(ItemsCsv.COLUMNS.indexOf("item")));
        assertTrue(last.get(ItemsCsv.COLUMNS.indexOf("text")).contains("PDF"));
        assertEquals(1, rows.stream().filter(x -> x.get(0).equals(pdf.toString())).count(), "no figure from the PDF");
    }

    /**
     * The case with a small heap in a forked JVM: a large report and a small one to JSON Lines.
     * Building the large one's line as one string needed several times the heap; streamed, both are written.
     */
    @Test
    void parse_largeReportWithSmallHeap_bothWrittenStreaming() throws Exception {
        Path big = dir.resolve("big.txt");
        String filler = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展";
        String[] names = {"地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额"};
        try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("2025年青川市政府工作报告\n\n一、过去一年工作回顾\n\n");
            for (int i = 0; i < 40_000; i++) {
                // distinct values: a figure stated twice is one figure, and the output must stay large
                w.write("过去一年，" + filler + "，全市" + names[i % 4] + "增长" + (i / 100 + 1) + "."
                        + String.format(java.util.Locale.ROOT, "%02d", i % 100) + "%。\n");
            }
        }
        Path small = write("small.txt", Fixtures.report("青川市", 2025));
        Path out = dir.resolve("out.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                WorkReportCommand.class.getName(), "parse", "--format", "jsonl", "-t", "1", "-o", out.toString(),
                big.toString(), small.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String log = Files.readString(dir.resolve("log"));
        assertEquals(0, p.exitValue(), log);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), log);
        assertTrue(lines.get(0).length() > 2_000_000, "the large report's line: " + lines.get(0).length());
        assertTrue(lines.get(1).contains("青川市"));
    }

    @Test
    void main_readerOfStandardOutputGone_endsQuietlyWithZero() throws Exception {
        for (int i = 0; i < 300; i++) { // more than the 64 KB output buffer: written while the reader is gone
            write("many/r" + i + ".txt", Fixtures.report("青川市", 1800 + i));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), WorkReportCommand.class.getName(),
                "parse", "--format", "jsonl", "-q", "--no-progress", dir.resolve("many").toString());
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("err").toFile()).start();
        byte[] first = p.getInputStream().readNBytes(10); // | head -c 10
        p.getInputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String err = Files.readString(dir.resolve("err"));
        assertEquals(10, first.length);
        assertEquals(0, p.exitValue(), err);
        assertFalse(err.contains("cannot write"), err);
    }

    // ---- item 7: inputs and outputs said plainly

    @Test
    void parse_symlinksInDirectory_danglingAndLoopingSkippedAlikeWithNote() throws IOException {
        Path d = dir.resolve("d");
        write("d/a.txt", Fixtures.report("青川市", 2025));
        Files.createSymbolicLink(d.resolve("dangling.txt"), d.resolve("nowhere.txt"));
        Files.createSymbolicLink(d.resolve("loop.txt"), d.resolve("loop.txt"));
        Files.createSymbolicLink(d.resolve("up"), dir); // a directory loop
        Fixtures.Run r = Fixtures.run("parse", "--format", "jsonl", d.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("skipped " + d.resolve("dangling.txt") + ": dangling symbolic link"), r.err());
        assertTrue(r.err().contains("skipped " + d.resolve("loop.txt") + ": symbolic link loop"), r.err());
        assertTrue(r.err().contains("skipped " + d.resolve("up").resolve("d") + ": symbolic link loop"), r.err());
        assertFalse(r.out().contains("\"error\""), "a skipped link is no failed input: " + r.out());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void parse_fifoGivenDirectly_failsAtOnceAndDashReadsStandardInput() throws Exception {
        Path fifo = dir.resolve("fifo.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo available");
        Fixtures.Run r = Fixtures.run("parse", "-q", fifo.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("not a regular file"), r.err());
        ParseCommand cmd = new ParseCommand();
        cmd.stdin = new java.io.ByteArrayInputStream(Fixtures.report("白溪县", 2024).getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("--format", "jsonl", "-"));
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertEquals("-", n.get("source").asText());
        assertEquals("白溪县", n.get("reports").get(0).get("metadata").get("region").asText());
    }

    @Test
    void parse_hugeThreadCount_cappedAndOutputUnchanged() throws IOException {
        Path a = write("a.txt", Fixtures.report("青川市", 2025));
        Path b = write("b.txt", Fixtures.report("白溪县", 2024));
        int before = Thread.activeCount();
        Fixtures.Run r = Fixtures.run("parse", "--format", "jsonl", "-q", "-t", "100000", a.toString(), b.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(Fixtures.run("parse", "--format", "jsonl", "-q", "-t", "1", a.toString(), b.toString()).out(), r.out());
        assertTrue(Thread.activeCount() - before < 100, "threads: " + (Thread.activeCount() - before));
        assertTrue(ParseCommand.maxThreads() <= 4 * Runtime.getRuntime().availableProcessors() + 8);
    }

    @Test
    void parse_outputFolderIsAFile_saysWhy() throws IOException {
        Path f = write("a.txt", Fixtures.report("青川市", 2025));
        Path file = write("res/afile", "x");
        Fixtures.Run r = Fixtures.run("parse", "-q", "-o", file.toString(), f.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("cannot write " + file + ": a file is in the way"), r.err());
    }

    @Test
    void parse_fileAboveLimit_messageInBytesAndOptionRaisesIt() throws IOException {
        Path f = write("a.txt", Fixtures.report("青川市", 2025));
        Fixtures.Run small = Fixtures.run("parse", "-q", "--max-chars", "10", f.toString());
        assertEquals(1, small.exit());
        assertTrue(small.err().contains("bytes is above the parser's limit of 40 bytes"), small.err());
        assertTrue(small.err().contains("--max-chars"), small.err());
        assertFalse(small.err().contains(f + ": " + f), "the path once: " + small.err());
        Fixtures.Run cut = Fixtures.run("parse", "-q", "--max-chars", "150", f.toString());
        assertEquals(0, cut.exit(), cut.err());
        assertTrue(cut.out().contains("input-truncated"), cut.out());
        assertEquals(2, Fixtures.run("parse", "--max-chars", "0", f.toString()).exit());
    }
}
