package io.github.workreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.spark.WorkReportSparkJob.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkReportSparkJobTest {

    @TempDir
    Path dir;

    @Test
    void options_defaults_areItemsAsParquet() {
        assertEquals(new Options("items", "parquet", null, "in", "out"), Options.parse("in", "out"));
        assertEquals(new Options("reports", "json", "*.{txt,PDF}", "in", "out"),
                Options.parse("--table", "reports", "in", "--format", "JSON", "--glob", "*.{txt,PDF}", "out"));
    }

    @Test
    void options_badUsage_throwsIllegalArgumentWithUsage() {
        for (String[] args : List.of(new String[] {"in"}, new String[] {"--table", "sections", "in", "out"},
                new String[] {"--format", "avro", "in", "out"}, new String[] {"--table", "panel", "--format", "csv",
                    "in", "out"}, new String[] {"--verbose", "in", "out"}, new String[] {"in", "out", "--format"}, new String[] {"in", "out", "--glob"})) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Options.parse(args));
            assertTrue(e.getMessage().endsWith(WorkReportSparkJob.USAGE), e.getMessage());
        }
    }

    @Test
    void run_itemsAsCsv_writesTheCommandLineColumnsAndCountsErrors() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), WorkReportSparkTest.report("白溪县", "县长", "林望舒", 2026),
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("in/broken.pdf"), "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        SparkSession spark = LocalSpark.get();
        Path out = dir.resolve("out");

        String summary = WorkReportSparkJob.run(spark, new Options("items", "csv", null, dir.resolve("in").toString(),
                out.toString()));

        assertTrue(summary.startsWith("workreport: 2 files, "), summary);
        assertTrue(summary.contains("(1 with an error)"), summary);
        List<Path> parts;
        try (Stream<Path> s = Files.list(out)) {
            parts = s.filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
        }
        String header = Files.readAllLines(parts.get(0), StandardCharsets.UTF_8).get(0);
        assertEquals(String.join(",", WorkReportSpark.CSV_COLUMNS), header);
        List<Row> back = spark.read().option("header", true).csv(out.toString()).collectAsList();
        long targets = back.stream().filter(r -> "target".equals(r.getAs("item"))).count();
        assertEquals(WorkReportSparkTest.library(in.resolve("a.txt").toUri().toString()).reports().get(0)
                .targets().size(), targets);
    }

    @Test
    void run_glob_takesOnlyTheFilesItMatches() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), WorkReportSparkTest.report("白溪县", "县长", "林望舒", 2026),
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("in/broken.pdf"), "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));

        String summary = WorkReportSparkJob.run(LocalSpark.get(), new Options("reports", "json", "*.txt",
                dir.resolve("in").toString(), dir.resolve("out").toString()));

        assertTrue(summary.startsWith("workreport: 1 files, "), summary);
        assertTrue(summary.contains(" 1 reports rows (0 with an error)"), summary);
    }
}
