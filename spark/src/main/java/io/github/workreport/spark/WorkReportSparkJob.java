package io.github.workreport.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Parses every file under a path into the {@code items}, {@code reports} or {@code panel} table and writes it,
 * as a Spark application:
 *
 * <pre>
 * spark-submit --class io.github.workreport.spark.WorkReportSparkJob spark/target/workreport-spark.jar \
 *     [--table items|reports|panel] [--format parquet|json|csv] [--glob PATTERN] INPUT OUTPUT
 * </pre>
 *
 * <p>INPUT is a file, a folder (read recursively) or a glob, in any Hadoop-readable location; OUTPUT a folder,
 * replaced; {@code --glob} takes only the files whose names match ({@code '*.{txt,html,pdf,docx,doc}'}; Spark's
 * {@code pathGlobFilter}), by default every file. Defaults: {@code items}, {@code parquet}. CSV is for
 * {@code items} only and has the command line's columns ({@link WorkReportSpark#csvColumns}). Ends with one
 * line on standard output: files, bytes, rows written, rows with an error and seconds. Exit code 2 on bad
 * usage.
 */
public final class WorkReportSparkJob {

    static final String USAGE = "usage: WorkReportSparkJob [--table items|reports|panel] [--format parquet|json|csv] "
            + "[--glob PATTERN] INPUT OUTPUT";

    private WorkReportSparkJob() {
    }

    /**
     * What the command line asks for.
     *
     * @param glob the names of the files to take ({@code pathGlobFilter}), or null for every file
     */
    record Options(String table, String format, String glob, String input, String output) {

        /**
         * Reads the arguments.
         *
         * @throws IllegalArgumentException on bad usage, with the reason and {@link #USAGE}
         */
        static Options parse(String... args) {
            String table = "items";
            String format = "parquet";
            String glob = null;
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--table") || a.equals("--format") || a.equals("--glob")) {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(a + " needs a value\n" + USAGE);
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--table" -> table = v.toLowerCase(Locale.ROOT);
                        case "--format" -> format = v.toLowerCase(Locale.ROOT);
                        default -> glob = v;
                    }
                } else if (a.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                } else {
                    paths.add(a);
                }
            }
            if (!List.of("items", "reports", "panel").contains(table)) {
                throw new IllegalArgumentException("--table is items, reports or panel, not " + table + "\n" + USAGE);
            }
            if (!List.of("parquet", "json", "csv").contains(format)) {
                throw new IllegalArgumentException("--format is parquet, json or csv, not " + format + "\n" + USAGE);
            }
            if (format.equals("csv") && !table.equals("items")) {
                throw new IllegalArgumentException("CSV is for the items table; " + table + " has lists and structs: "
                        + "use --format parquet or json\n" + USAGE);
            }
            if (paths.size() != 2) {
                throw new IllegalArgumentException("INPUT and OUTPUT are needed, got " + paths + "\n" + USAGE);
            }
            return new Options(table, format, glob, paths.get(0), paths.get(1));
        }
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("workreport").getOrCreate();
        try {
            System.out.println(run(spark, o));
        } finally {
            spark.stop();
        }
    }

    /** Writes the table and returns the summary line. */
    static String run(SparkSession spark, Options o) {
        Dataset<Row> files = o.glob() == null ? WorkReportSpark.binaryFiles(spark, o.input())
                : WorkReportSpark.binaryFileReader(spark).option("pathGlobFilter", o.glob()).load(o.input());
        // binaryFile reads no content when only the length is asked for: a listing, not a second read
        Row size = files.agg(count(col("path")), sum(col("length"))).first();
        long start = System.nanoTime();
        Dataset<Row> table = switch (o.table()) {
            case "items" -> WorkReportSpark.items(files);
            case "reports" -> WorkReportSpark.reports(files);
            default -> WorkReportSpark.panel(files);
        };
        if (o.format().equals("csv")) {
            table = WorkReportSpark.csvColumns(table);
        }
        // CSV as RFC 4180 and the command line write it: a quote inside a field doubled, not backslashed, and
        // fields as they are (Spark's CSV writer trims spaces by default)
        table.write().mode(SaveMode.Overwrite).format(o.format()).option("header", true).option("escape", "\"")
                .option("ignoreLeadingWhiteSpace", false).option("ignoreTrailingWhiteSpace", false)
                .save(o.output());
        double seconds = (System.nanoTime() - start) / 1e9;
        // read back with the table's schema: JSON leaves out null fields, a column of nulls would be missing
        Dataset<Row> written = spark.read().schema(table.schema()).format(o.format()).option("header", true)
                .option("escape", "\"").load(o.output());
        long rows = written.count();
        long errors = o.format().equals("csv") ? written.where(col("item").equalTo("error")).count()
                : o.table().equals("panel") ? 0 : written.where(col("error").isNotNull()).count();
        long bytes = size.isNullAt(1) ? 0 : size.getLong(1);
        return String.format(Locale.ROOT,
                "workreport: %d files, %d bytes, %d %s rows (%d with an error) to %s in %.1f s (%.1f files/s, %.2f MB/s)",
                size.getLong(0), bytes, rows, o.table(), errors, o.output(), seconds, size.getLong(0) / seconds,
                bytes / 1e6 / seconds);
    }
}
