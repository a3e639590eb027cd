package io.github.workreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Achievement;
import io.github.workreport.Figure;
import io.github.workreport.Report;
import io.github.workreport.ReportParser;
import io.github.workreport.Target;
import io.github.workreport.examples.LivelihoodProjectsExtractor.LivelihoodProjects;
import io.github.workreport.extractors.FigureExtractor;
import io.github.workreport.extractors.GlossaryExtractor;
import io.github.workreport.output.ItemsCsv;
import io.github.workreport.spi.Extractor;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {

    /** The sample report; surefire runs in the module folder, an IDE may run in the repository root. */
    static Path sample() {
        Path p = Path.of("sample-report.txt");
        return Files.exists(p) ? p : Path.of("examples", "sample-report.txt");
    }

    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // part of CRLF
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    @Test
    void write_sampleFolder_givesHeaderAndGdpTargetRow(@TempDir Path dir) throws IOException {
        Files.copy(sample(), dir.resolve("qingchuan-2026.txt"));
        Files.writeString(dir.resolve("ignored.md"), "not a report");
        StringWriter out = new StringWriter();

        int n = ParseFolderToCsv.write(dir, ReportParser.defaults(), out);

        List<List<String>> rows = parseCsv(out.toString());
        assertEquals(ItemsCsv.COLUMNS, rows.get(0));
        assertEquals(n + 1, rows.size());
        assertTrue(n >= 20, "rows: " + n);
        int col = ItemsCsv.COLUMNS.indexOf("indicator");
        List<String> gdp = rows.stream()
                .filter(r -> r.get(col).equals("地区生产总值") && r.get(7).equals("target"))
                .findFirst().orElseThrow(() -> new AssertionError("no 地区生产总值 target row in\n" + out));
        assertEquals(dir.resolve("qingchuan-2026.txt").toString(), gdp.get(0));
        assertEquals("0", gdp.get(1));
        assertEquals("青川市", gdp.get(2));
        assertEquals("2026", gdp.get(4));
        assertEquals("government_work_report", gdp.get(5));
        assertEquals("gdp", gdp.get(ItemsCsv.COLUMNS.indexOf("indicatorId")));
        assertEquals("growth", gdp.get(ItemsCsv.COLUMNS.indexOf("measure")));
        assertEquals("5.5", gdp.get(ItemsCsv.COLUMNS.indexOf("value")));
        assertEquals("%", gdp.get(ItemsCsv.COLUMNS.indexOf("unit")));
        assertEquals("approx", gdp.get(ItemsCsv.COLUMNS.indexOf("comparator")));
        String original = Files.readString(sample());
        int start = Integer.parseInt(gdp.get(ItemsCsv.COLUMNS.indexOf("start")));
        int end = Integer.parseInt(gdp.get(ItemsCsv.COLUMNS.indexOf("end")));
        assertTrue(original.substring(start, end).contains("地区生产总值增长5.5%左右"), original.substring(start, end));
        assertTrue(rows.stream().allMatch(r -> r.size() == ItemsCsv.COLUMNS.size()));
    }

    @Test
    void serviceLoader_examplesOnClassPath_discoversExtractorAfterFigures() {
        List<String> found = ServiceLoader.load(Extractor.class).stream()
                .map(p -> p.get().name()).toList();
        assertTrue(found.contains(LivelihoodProjectsExtractor.NAME), found.toString());
        List<String> order = CustomExtractorExample.discoveredParser().extractors().stream().map(Extractor::name).toList();
        assertEquals(List.of(FigureExtractor.NAME, GlossaryExtractor.NAME, LivelihoodProjectsExtractor.NAME), order);
    }

    @Test
    void parse_discoveredExtractor_addsLivelihoodTargetAndAchievement() throws IOException {
        Report r = CustomExtractorExample.discoveredParser().parse(sample());

        List<Figure> found = CustomExtractorExample.livelihoodFigures(r);
        Target pledge = found.stream().filter(f -> f instanceof Target).map(Target.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no 民生实事 target: " + found));
        assertEquals(0, new BigDecimal("15").compareTo(pledge.quantity().value()));
        assertEquals("件", pledge.quantity().unit());
        assertEquals(2026, pledge.year());
        Achievement done = found.stream().filter(f -> f instanceof Achievement).map(Achievement.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no 民生实事 achievement: " + found));
        assertEquals(0, new BigDecimal("12").compareTo(done.quantity().value()));
        assertEquals(2025, done.year());
        assertTrue(done.span().of(Files.readString(sample())).contains("12件民生实事"));
        // the extractor's own records reach the report
        List<LivelihoodProjects> own = r.findings(LivelihoodProjects.class);
        assertEquals(2, own.size(), own.toString());
        assertEquals(15, own.stream().filter(LivelihoodProjects::planned).findFirst().orElseThrow().count());
    }

    @Test
    void build_explicitRegistration_runsRenamedExtractorAfterDiscoveredOnes() throws IOException {
        ReportParser p = CustomExtractorExample.explicitParser();

        assertEquals(List.of(FigureExtractor.NAME, GlossaryExtractor.NAME, "projects"), p.extractors().stream().map(Extractor::name).toList());
        Report r = p.parse(sample());
        assertEquals(2, CustomExtractorExample.livelihoodFigures(r).size());
        // the figure extractor's items are still there
        assertTrue(r.targets().stream().anyMatch(t -> t.indicator().equals("地区生产总值")));
    }

    @Test
    void build_withoutFigureExtractor_failsNamingTheMissingType() {
        String message = CustomExtractorExample.missingRequirement();
        assertTrue(message.contains("Target") && message.contains(LivelihoodProjectsExtractor.NAME), message);
    }

    @Test
    void extract_ownRecordType_isVisibleToLaterExtractors() throws IOException {
        List<LivelihoodProjects> seen = new ArrayList<>();
        Extractor reader = new Extractor() {
            @Override
            public String name() {
                return "reader";
            }

            @Override
            public java.util.Set<Class<?>> provides() {
                return java.util.Set.of();
            }

            @Override
            public java.util.Set<Class<?>> requires() {
                return java.util.Set.of(LivelihoodProjects.class);
            }

            @Override
            public io.github.workreport.spi.Findings extract(io.github.workreport.spi.ReportContext context) {
                synchronized (seen) {
                    seen.addAll(context.findings(LivelihoodProjects.class));
                }
                return io.github.workreport.spi.Findings.empty();
            }
        };
        ReportParser p = ReportParser.builder()
                .addExtractor(new FigureExtractor())
                .addExtractor(new LivelihoodProjectsExtractor())
                .addExtractor(reader)
                .build();

        p.parse(sample());

        assertEquals(List.of(12, 15), seen.stream().map(LivelihoodProjects::count).toList());
        assertFalse(seen.get(0).planned());
        assertTrue(seen.get(1).planned());
    }
}
