package io.github.workreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportMetadata;
import io.github.workreport.ReportParser;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.Warning;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DataFrames against the library's own output for the same files: composed reports (invented regions and
 * figures) in UTF-8, GB18030, HTML and Word, a truncated PDF and random bytes.
 */
class WorkReportSparkTest {

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static List<Row> items;
    private static List<Row> reports;

    /** A short invented work report: its region, speaker's office and plan year vary. */
    static String report(String region, String office, String speaker, int year) {
        int last = year - 1;
        return String.join("\n",
                year + "年" + region + "政府工作报告",
                "——" + year + "年1月9日在" + region + "第八届人民代表大会第四次会议上",
                office + " " + speaker,
                "各位代表：",
                "现在，我代表" + office.charAt(0) + "人民政府，向大会报告工作，请予审议。",
                "一、" + last + "年工作回顾",
                "过去一年，全" + office.charAt(0) + "经济稳中向好。预计地区生产总值增长6.1%，一般公共预算收入24.6亿元、增长5.3%，"
                        + "城镇新增就业3200人。“十四五”时期地区生产总值年均增长5.9%。",
                "(一)农业基础更加稳固。粮食产量达到38.2万吨，新建高标准农田4.5万亩。",
                "二、" + year + "年主要目标和重点工作",
                "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长5%—6%，一般公共预算收入增长5%以上，"
                        + "城镇新增就业3000人以上，居民消费价格涨幅3%左右，单位地区生产总值能耗下降2.5%。",
                "(一)扎实推进乡村振兴。粮食产量稳定在38万吨以上，社会消费品零售总额达到650亿元。",
                "各位代表，让我们团结一心，为建设美好" + region + "而努力奋斗！",
                "");
    }

    @BeforeAll
    static void parseComposedCorpus() throws IOException {
        Files.writeString(dir.resolve("a.txt"), report("白溪县", "县长", "林望舒", 2026), StandardCharsets.UTF_8);
        Files.write(dir.resolve("b-gbk.txt"), report("云栖市", "市长", "周明远", 2025).getBytes(Charset.forName("GB18030")));
        Files.writeString(dir.resolve("c.html"), "<html><head><meta charset=\"utf-8\"><title>南塘区</title></head><body>"
                + "<nav><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></nav><div class=\"article\">"
                + Arrays.stream(report("南塘区", "区长", "陈立", 2026).split("\n")).map(l -> "<p>" + l + "</p>")
                        .reduce("", String::concat)
                + "</div><footer>版权所有</footer></body></html>", StandardCharsets.UTF_8);
        Files.write(dir.resolve("d.docx"), docx(report("青岚县", "县长", "许远", 2027)));
        Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        byte[] noise = new byte[4096];
        new Random(19).nextBytes(noise);
        Files.write(dir.resolve("noise.bin"), noise);
        Files.writeString(dir.resolve("empty.txt"), "\n\n", StandardCharsets.UTF_8);

        spark = LocalSpark.get();
        items = WorkReportSpark.items(spark, dir.toString()).collectAsList();
        reports = WorkReportSpark.reports(spark, dir.toString()).collectAsList();
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** What the library itself gives for a file, named as Spark names it. */
    static ReportFile library(String file) throws IOException {
        return ReportParser.defaults().parseAll(Files.readAllBytes(Path.of(URI.create(file))), file);
    }

    static Map<String, List<Row>> byFile(List<Row> rows) {
        Map<String, List<Row>> out = new TreeMap<>();
        for (Row r : rows) {
            out.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    static String name(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    @Test
    void items_goodFiles_equalLibraryOutputFieldByField() throws IOException {
        Map<String, List<Row>> rows = byFile(items);
        int compared = 0;
        for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
            if (List.of("broken.pdf", "noise.bin").contains(name(e.getKey()))) {
                continue;
            }
            ReportFile f = library(e.getKey());
            assertNull(f.refusal(), e.getKey());
            List<List<Object>> expected = new ArrayList<>();
            for (int i = 0; i < f.reports().size(); i++) {
                Report r = f.reports().get(i);
                List<Figure> figures = new ArrayList<>(r.targets());
                figures.addAll(r.achievements());
                for (Figure x : figures) {
                    expected.add(expectedItem(e.getKey(), i, r.metadata(), x));
                }
            }
            List<List<Object>> actual = e.getValue().stream().map(WorkReportSparkTest::values).toList();
            assertEquals(expected, actual, e.getKey());
            compared += actual.size();
        }
        assertEquals(Set.of("a.txt", "b-gbk.txt", "c.html", "d.docx", "broken.pdf", "noise.bin"),
                rows.keySet().stream().map(WorkReportSparkTest::name).collect(Collectors.toSet()),
                "four files with items and two error rows; none for the file without a report");
        assertTrue(compared >= 40, "items compared: " + compared);
    }

    /** The row the test expects for a figure, from the record's own accessors. */
    static List<Object> expectedItem(String file, int report, ReportMetadata m, Figure x) {
        Quantity q = x.quantity();
        return Arrays.asList(file, report, m.region(), m.level() == null ? null : m.level().code(), m.year(),
                m.kind().code(), String.join(" > ", x.sectionPath()), x instanceof Target ? "target" : "achievement",
                x.indicator(), x.indicatorId(), x.measure().code(), q == null ? null : dbl(q.value()),
                q == null ? null : dbl(q.low()), q == null ? null : dbl(q.high()),
                q == null || q.unit().isEmpty() ? null : q.unit(), q == null ? null : q.comparison().code(), x.year(),
                x.period() == null ? null
                        : Arrays.asList(x.period().start(), x.period().end(), x.period().basis().code()),
                x.estimated(), x.text(), span(x.span()), null);
    }

    static Double dbl(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }

    static List<Object> span(Span s) {
        return s == null ? null : Arrays.asList(s.start(), s.end());
    }

    /** A row's values, nested rows as lists, Scala sequences as Java lists. */
    static List<Object> values(Row row) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            out.add(value(row.get(i)));
        }
        return out;
    }

    static Object value(Object o) {
        if (o instanceof Row r) {
            return values(r);
        }
        if (o instanceof scala.collection.Seq<?> s) {
            List<Object> out = new ArrayList<>();
            scala.jdk.javaapi.CollectionConverters.asJava(s).forEach(x -> out.add(value(x)));
            return out;
        }
        return o;
    }

    @Test
    void items_composedReports_haveEveryKindOfField() {
        List<Row> good = items.stream().filter(r -> r.isNullAt(21)).toList();
        assertTrue(good.stream().anyMatch(r -> "target".equals(r.getAs("item"))));
        assertTrue(good.stream().anyMatch(r -> "achievement".equals(r.getAs("item"))));
        assertTrue(good.stream().anyMatch(r -> !r.isNullAt(17)), "a figure over a period (十四五 年均)");
        assertTrue(good.stream().anyMatch(r -> "range".equals(r.getAs("comparator")) && !r.isNullAt(12)));
        assertTrue(good.stream().anyMatch(r -> Boolean.TRUE.equals(r.getAs("estimated"))), "预计");
        assertTrue(good.stream().anyMatch(r -> Double.valueOf(6.5e10).equals(r.getAs("value"))), "650亿元");
        assertEquals(List.of("白溪县", "云栖市", "南塘区", "青岚县"),
                byFile(good).values().stream().map(rs -> rs.get(0).<String>getAs("region")).toList());
    }

    @Test
    void reports_goodFiles_equalLibraryOutputFieldByField() throws IOException {
        Map<String, List<Row>> rows = byFile(reports);
        assertEquals(7, rows.size(), rows.keySet().toString());
        for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
            if (List.of("broken.pdf", "noise.bin").contains(name(e.getKey()))) {
                continue;
            }
            ReportFile f = library(e.getKey());
            List<List<Object>> expected = new ArrayList<>();
            if (f.reports().isEmpty()) {
                expected.add(Arrays.asList(e.getKey(), f.format(), f.charset(), null, null, null, null, null, null,
                        null, null, null, null, null, 0, 0, 0, 0, List.of(), warnings(f.warnings()), null));
            }
            for (int i = 0; i < f.reports().size(); i++) {
                Report r = f.reports().get(i);
                ReportMetadata m = r.metadata();
                expected.add(Arrays.asList(e.getKey(), f.format(), f.charset(), i, m.title(), m.region(),
                        m.level() == null ? null : m.level().code(), m.year(), m.kind().code(),
                        m.date() == null ? null : java.sql.Date.valueOf(m.date()), m.meeting(), m.speaker(),
                        m.office(), span(r.span()), r.allSections().size(), r.targets().size(),
                        r.achievements().size(), r.glossary().size(), warnings(r.warnings()), warnings(f.warnings()),
                        null));
            }
            assertEquals(expected, e.getValue().stream().map(WorkReportSparkTest::values).toList(), e.getKey());
            assertEquals(1, expected.size(), e.getKey());
            assertEquals(name(e.getKey()).equals("empty.txt"), f.reports().isEmpty(), e.getKey());
        }
        Map<String, String> formats = new LinkedHashMap<>();
        rows.forEach((k, v) -> formats.put(name(k), v.get(0).getAs("format")));
        assertEquals("{a.txt=text, b-gbk.txt=text, broken.pdf=null, c.html=html, d.docx=docx, empty.txt=text, "
                + "noise.bin=null}",
                formats.toString());
        assertEquals("GB18030", rows.entrySet().stream().filter(e -> name(e.getKey()).equals("b-gbk.txt"))
                .findFirst().orElseThrow().getValue().get(0).getAs("charset"));
    }

    static List<Object> warnings(List<Warning> ws) {
        return ws.stream().map(w -> (Object) Arrays.asList(w.code(), w.message(), span(w.span()))).toList();
    }

    @Test
    void corruptFiles_giveErrorRows_whileTheOthersParse() {
        for (String bad : List.of("broken.pdf", "noise.bin")) {
            List<Row> itemRows = items.stream().filter(r -> name(r.getString(0)).equals(bad)).toList();
            assertEquals(1, itemRows.size(), bad);
            Row row = itemRows.get(0);
            assertEquals("error", row.getAs("item"));
            assertNotNull(row.getAs("error"), bad);
            for (int i = 1; i < row.length() - 1; i++) {
                if (i != 7) {
                    assertTrue(row.isNullAt(i), bad + ": column " + i + " of an error row is null");
                }
            }
            List<Row> reportRows = reports.stream().filter(r -> name(r.getString(0)).equals(bad)).toList();
            assertEquals(1, reportRows.size(), bad);
            assertNull(reportRows.get(0).getAs("report"));
            assertEquals(row.<String>getAs("error"), reportRows.get(0).getAs("error"));
        }
        assertTrue(items.stream().filter(r -> name(r.getString(0)).equals("broken.pdf")).findFirst().orElseThrow()
                .<String>getAs("error").toLowerCase().contains("pdf"));
    }

    @Test
    void csvColumns_items_areTheCommandLineColumnsWithPlainNumbers() {
        Dataset<Row> csv = WorkReportSpark.csvColumns(WorkReportSpark.items(spark, dir.resolve("a.txt").toString()));
        assertEquals(List.of("file", "report", "region", "level", "year", "kind", "section", "item", "indicator",
                "indicatorId", "measure", "value", "low", "high", "unit", "comparator", "itemYear", "periodStart",
                "periodEnd", "periodBasis", "estimated", "text", "start", "end"), Arrays.asList(csv.columns()));
        assertEquals(WorkReportSpark.CSV_COLUMNS, Arrays.asList(csv.columns()));
        List<Row> rows = csv.collectAsList();
        assertTrue(rows.stream().anyMatch(r -> "65000000000".equals(r.getAs("value"))), "650亿元 without exponent");
        assertTrue(rows.stream().anyMatch(r -> "5.5".equals(r.getAs("value"))), "5.5 without trailing zeros");
        assertTrue(rows.stream().anyMatch(r -> "5".equals(r.getAs("low")) && "6".equals(r.getAs("high"))));
        Row period = rows.stream().filter(r -> r.getAs("periodStart") != null).findFirst().orElseThrow();
        assertEquals(List.of(2021, 2025, "average"),
                List.of(period.getAs("periodStart"), period.getAs("periodEnd"), period.getAs("periodBasis")));
        Row error = WorkReportSpark.csvColumns(WorkReportSpark.items(spark, dir.resolve("noise.bin").toString()))
                .first();
        assertEquals("error", error.getAs("item"));
        assertTrue(error.<String>getAs("text").contains("binary"), error.toString());
    }

    @Test
    void csvColumns_notAnItemsTable_throwsIllegalArgument() {
        Dataset<Row> r = WorkReportSpark.reports(spark, dir.resolve("a.txt").toString());
        assertThrows(IllegalArgumentException.class, () -> WorkReportSpark.csvColumns(r));
    }

    @Test
    void items_dataFrameWithoutContent_throwsIllegalArgument() {
        Dataset<Row> listing = WorkReportSpark.binaryFiles(spark, dir.toString()).select("path", "length");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkReportSpark.items(listing));
        assertTrue(e.getMessage().contains("content"), e.getMessage());
    }

    @Test
    void binaryFiles_blankPath_throwsIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> WorkReportSpark.binaryFiles(spark, " "));
    }
}
