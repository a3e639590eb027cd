package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelCommandTest {

    @TempDir
    Path dir;

    private static final Path SAMPLE = Path.of("../examples/sample-report.txt");
    private static final Path SAMPLE_2027 = Path.of("../examples/sample-report-2027.txt");

    @Test
    void panel_sampleAndFollowUp_csvLinksTargetAndResult() throws IOException {
        Path out = dir.resolve("p.csv");
        Fixtures.Run r = Fixtures.run("panel", SAMPLE.toString(), SAMPLE_2027.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("panel: "), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("region,regionCode,level,indicatorId,indicator,unit,"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("青川市,,") && l.contains(",gdp,") && l.contains(",2026,")
                && l.contains(",met,")), String.join("\n", lines));
    }

    @Test
    void panel_html_selfContainedWithChartsAndTable() throws IOException {
        Path out = dir.resolve("p.html");
        Fixtures.Run r = Fixtures.run("panel", "--format", "html", SAMPLE.toString(), SAMPLE_2027.toString(),
                "-o", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        Document doc = Jsoup.parse(out.toFile(), "UTF-8");
        assertEquals(0, doc.select("link[href], script, img[src]").size(), "self-contained");
        assertTrue(doc.select("figure.chart svg").size() >= 4);
        assertTrue(doc.select("table.panel tbody tr.st-met").size() >= 1);
    }

    @Test
    void panel_missingInput_exit1AndStillWrites() throws IOException {
        Path out = dir.resolve("p.json");
        Fixtures.Run r = Fixtures.run("panel", "-f", "json", SAMPLE.toString(), dir.resolve("none.txt").toString(),
                "-o", out.toString());
        assertEquals(WorkReportCommand.EXIT_INPUT, r.exit());
        assertTrue(Files.readString(out).contains("\"rows\""));
    }
}
