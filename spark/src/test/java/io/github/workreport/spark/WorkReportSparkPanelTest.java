package io.github.workreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.ReportFile;
import io.github.workreport.panel.Cell;
import io.github.workreport.panel.Panel;
import io.github.workreport.panel.PanelRow;
import io.github.workreport.panel.Source;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel DataFrame against {@code Panel.of} on the same files: two years of one region, one of another. */
class WorkReportSparkPanelTest {

    @TempDir
    static Path dir;

    private static List<Row> rows;

    @BeforeAll
    static void buildPanel() throws IOException {
        Files.writeString(dir.resolve("baixi-2026.txt"), WorkReportSparkTest.report("白溪县", "县长", "林望舒", 2026),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("baixi-2027.txt"), WorkReportSparkTest.report("白溪县", "县长", "林望舒", 2027),
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("yunqi-2025.txt"),
                WorkReportSparkTest.report("云栖市", "市长", "周明远", 2025).getBytes(Charset.forName("GB18030")));
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("noise.bin"), noise);
        rows = WorkReportSpark.panel(LocalSpark.get(), dir.toString()).collectAsList();
    }

    @Test
    void panel_equalsPanelOfTheLibrarysFiles() throws IOException {
        List<String> names = new ArrayList<>();
        for (Row r : WorkReportSpark.binaryFiles(LocalSpark.get(), dir.toString()).select("path").collectAsList()) {
            names.add(r.getString(0));
        }
        names.sort(Comparator.naturalOrder());
        List<ReportFile> files = new ArrayList<>();
        for (String name : names) {
            ReportFile f = WorkReportSparkTest.library(name);
            if (f.refusal() == null) {
                files.add(f);
            }
        }
        assertEquals(3, files.size());
        List<List<Object>> expected = Panel.of(files).rows().stream().map(WorkReportSparkPanelTest::expected).toList();
        // Spark gives the regions' groups in no set order; the rows of one region keep the panel's order
        List<List<Object>> actual = new ArrayList<>(rows.stream().map(WorkReportSparkTest::values).toList());
        actual.sort(Comparator.comparingInt(r -> regionOrder(expected, r)));
        assertEquals(expected, actual);
    }

    private static int regionOrder(List<List<Object>> expected, List<Object> row) {
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).get(0).equals(row.get(0))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void panel_twoYearsOfOneRegion_linkTargetToResult() {
        Row gdp = rows.stream().filter(r -> "白溪县".equals(r.getAs("region")) && "gdp".equals(r.getAs("indicatorId"))
                && Integer.valueOf(2026).equals(r.getAs("year")) && r.isNullAt(9)).findFirst().orElseThrow();
        Row target = gdp.getAs("target");
        Row result = gdp.getAs("result");
        assertEquals(5.5, target.<Double>getAs("value"));
        assertEquals(6.1, result.<Double>getAs("value"));
        assertEquals("met", gdp.getAs("status"));
        assertTrue(target.<scala.collection.Seq<String>>getAs("sources").head().contains("baixi-2026.txt#0@"));
        assertTrue(result.<scala.collection.Seq<String>>getAs("sources").head().contains("baixi-2027.txt#0@"));
        assertTrue(rows.stream().anyMatch(r -> "云栖市".equals(r.getAs("region"))));
    }

    /** A panel row as the test expects it in the DataFrame, from the record's accessors. */
    static List<Object> expected(PanelRow r) {
        return Arrays.asList(r.region(), r.regionCode(), r.level() == null ? null : r.level().code(), r.indicatorId(),
                r.indicator(), r.unit().isEmpty() ? null : r.unit(), r.measure().code(), r.direction().code(), r.year(),
                r.period() == null ? null : Arrays.asList(r.period().start(), r.period().end(), r.period().basis().code()),
                cell(r.target()), dbl(r.targetStretch()),
                r.targetStretchSource() == null ? null : r.targetStretchSource().toString(), cell(r.targetRevised()),
                cell(r.result()), cell(r.resultRevised()), r.status().code(), dbl(r.gap()), r.notes());
    }

    static List<Object> cell(Cell c) {
        return c == null ? null : Arrays.asList(dbl(c.value()), dbl(c.low()), dbl(c.high()), c.comparator(),
                c.estimated(), c.text(), c.sources().stream().map(Source::toString).map(s -> (Object) s).toList());
    }

    static Double dbl(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
