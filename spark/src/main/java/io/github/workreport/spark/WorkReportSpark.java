package io.github.workreport.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple3;

/**
 * Government work reports as Spark DataFrames: {@link #reports}, {@link #items} and {@link #panel}. The files
 * are read with Spark's {@code binaryFile} source, so any Hadoop-readable location and every format the parser
 * reads (text in any charset, HTML, PDF, Word) works; each file is parsed in a task, on an executor, by that
 * JVM's {@code ReportParser.defaults()}.
 *
 * <pre>{@code
 * Dataset<Row> items = WorkReportSpark.items(spark, "s3a://bucket/reports/");
 * items.where("item = 'target' AND indicatorId = 'gdp'").select("region", "year", "value", "comparator");
 * }</pre>
 *
 * <p>A file the parser refuses (a binary, encrypted or broken file) or fails on is a row with its
 * {@code error}, never a failed job. Nothing is collected to the driver: the tables are lazy transformations,
 * evaluated when an action (a write, a count) runs.
 */
public final class WorkReportSpark {

    /** A half-open range of UTF-16 offsets into the original decoded text: {@code start}, {@code end}. */
    public static final StructType SPAN = new StructType(new StructField[] {
        field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType)});

    /** The years a figure over several years covers: {@code start}, {@code end}, {@code basis}. */
    public static final StructType PERIOD = new StructType(new StructField[] {
        field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
        field("basis", DataTypes.StringType)});

    /** A parser warning: {@code code}, {@code message}, {@code span} (null when it concerns no place). */
    public static final StructType WARNING = new StructType(new StructField[] {
        field("code", DataTypes.StringType), field("message", DataTypes.StringType), field("span", SPAN)});

    /**
     * The schema of {@link #reports}: one row per report; a file without a report, or one that could not be
     * parsed, has one row with a null {@code report} (and its {@code error}), so the table accounts for every
     * file.
     */
    public static final StructType REPORTS = new StructType(new StructField[] {
        new StructField("file", DataTypes.StringType, false, Metadata.empty()),
        field("format", DataTypes.StringType),
        field("charset", DataTypes.StringType),
        field("report", DataTypes.IntegerType),
        field("title", DataTypes.StringType),
        field("region", DataTypes.StringType),
        field("level", DataTypes.StringType),
        field("year", DataTypes.IntegerType),
        field("kind", DataTypes.StringType),
        field("date", DataTypes.DateType),
        field("meeting", DataTypes.StringType),
        field("speaker", DataTypes.StringType),
        field("office", DataTypes.StringType),
        field("span", SPAN),
        field("sections", DataTypes.IntegerType),
        field("targets", DataTypes.IntegerType),
        field("achievements", DataTypes.IntegerType),
        field("glossary", DataTypes.IntegerType),
        field("warnings", DataTypes.createArrayType(WARNING, false)),
        field("fileWarnings", DataTypes.createArrayType(WARNING, false)),
        field("error", DataTypes.StringType)});

    /**
     * The schema of {@link #items}: one row per target or achievement, with the columns of the command line's
     * CSV ({@code docs/cli.md}), typed, the period and the span as structs; a file that could not be parsed has
     * one row with {@code item = 'error'} and its {@code error}.
     */
    public static final StructType ITEMS = new StructType(new StructField[] {
        new StructField("file", DataTypes.StringType, false, Metadata.empty()),
        field("report", DataTypes.IntegerType),
        field("region", DataTypes.StringType),
        field("level", DataTypes.StringType),
        field("year", DataTypes.IntegerType),
        field("kind", DataTypes.StringType),
        field("section", DataTypes.StringType),
        field("item", DataTypes.StringType),
        field("indicator", DataTypes.StringType),
        field("indicatorId", DataTypes.StringType),
        field("measure", DataTypes.StringType),
        field("value", DataTypes.DoubleType),
        field("low", DataTypes.DoubleType),
        field("high", DataTypes.DoubleType),
        field("unit", DataTypes.StringType),
        field("comparator", DataTypes.StringType),
        field("itemYear", DataTypes.IntegerType),
        field("period", PERIOD),
        field("estimated", DataTypes.BooleanType),
        field("text", DataTypes.StringType),
        field("span", SPAN),
        field("error", DataTypes.StringType)});

    /**
     * A target or a result of a panel row: the quantity ({@code value}, or {@code low} and {@code high} for a
     * range), {@code comparator}, {@code estimated}, the clause ({@code text}) and where it is stated
     * ({@code sources}, each {@code file#report@start-end}).
     */
    public static final StructType CELL = new StructType(new StructField[] {
        field("value", DataTypes.DoubleType), field("low", DataTypes.DoubleType), field("high", DataTypes.DoubleType),
        field("comparator", DataTypes.StringType), field("estimated", DataTypes.BooleanType),
        field("text", DataTypes.StringType), field("sources", DataTypes.createArrayType(DataTypes.StringType, false))});

    /**
     * The schema of {@link #panel}: one row per region, indicator id, year and period, the target beside the
     * result ({@code docs/panel.md}; the CSV's {@code target_*} and {@code result_*} columns are the structs
     * {@code target}, {@code targetRevised}, {@code result}, {@code resultRevised}).
     */
    public static final StructType PANEL = new StructType(new StructField[] {
        new StructField("region", DataTypes.StringType, false, Metadata.empty()),
        field("regionCode", DataTypes.StringType),
        field("level", DataTypes.StringType),
        field("indicatorId", DataTypes.StringType),
        field("indicator", DataTypes.StringType),
        field("unit", DataTypes.StringType),
        field("measure", DataTypes.StringType),
        field("direction", DataTypes.StringType),
        field("year", DataTypes.IntegerType),
        field("period", PERIOD),
        field("target", CELL),
        field("targetStretch", DataTypes.DoubleType),
        field("targetStretchSource", DataTypes.StringType),
        field("targetRevised", CELL),
        field("result", CELL),
        field("resultRevised", CELL),
        field("status", DataTypes.StringType),
        field("gap", DataTypes.DoubleType),
        field("notes", DataTypes.StringType)});

    /** The command line's CSV columns ({@code docs/cli.md}), in order: what {@link #csvColumns} selects. */
    public static final List<String> CSV_COLUMNS = List.of("file", "report", "region", "level", "year", "kind",
            "section", "item", "indicator", "indicatorId", "measure", "value", "low", "high", "unit", "comparator",
            "itemYear", "periodStart", "periodEnd", "periodBasis", "estimated", "text", "start", "end");

    private WorkReportSpark() {
    }

    /**
     * The files under a path, directory or glob, read recursively with Spark's {@code binaryFile} source
     * (columns {@code path}, {@code modificationTime}, {@code length}, {@code content}). To choose the files
     * otherwise ({@code pathGlobFilter}, {@code modifiedAfter}), read them yourself and pass the result to
     * {@link #reports(Dataset)} or {@link #items(Dataset)}.
     *
     * @throws IllegalArgumentException when {@code path} is blank
     */
    public static Dataset<Row> binaryFiles(SparkSession spark, String path) {
        Objects.requireNonNull(spark, "spark");
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a path, directory or glob is needed, got " + path);
        }
        return binaryFileReader(spark).load(path);
    }

    /** Spark's {@code binaryFile} source, reading folders recursively. */
    static DataFrameReader binaryFileReader(SparkSession spark) {
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true");
    }

    /** The reports of the files under {@code path}: {@code reports(binaryFiles(spark, path))}. */
    public static Dataset<Row> reports(SparkSession spark, String path) {
        return reports(binaryFiles(spark, path));
    }

    /**
     * One row per report of the given files ({@link #REPORTS}): metadata, counts and warnings.
     *
     * @param files a {@code binaryFile} DataFrame: at least {@code path} (string) and {@code content} (binary)
     * @throws IllegalArgumentException when {@code files} lacks those columns
     */
    public static Dataset<Row> reports(Dataset<Row> files) {
        boolean java8Dates = Boolean.parseBoolean(
                files.sparkSession().conf().get("spark.sql.datetime.java8API.enabled", "false"));
        return pathAndContent(files).flatMap(new ReportsOfFile(java8Dates), Encoders.row(REPORTS));
    }

    /** The targets and achievements of the files under {@code path}: {@code items(binaryFiles(spark, path))}. */
    public static Dataset<Row> items(SparkSession spark, String path) {
        return items(binaryFiles(spark, path));
    }

    /**
     * One row per target and achievement of the given files ({@link #ITEMS}): for each file its reports in
     * order, for each report its targets then its achievements, as the command line's CSV.
     *
     * @param files a {@code binaryFile} DataFrame: at least {@code path} (string) and {@code content} (binary)
     * @throws IllegalArgumentException when {@code files} lacks those columns
     */
    public static Dataset<Row> items(Dataset<Row> files) {
        return pathAndContent(files).flatMap(new ItemsOfFile(), Encoders.row(ITEMS));
    }

    /** The panel of the files under {@code path}: {@code panel(binaryFiles(spark, path))}. */
    public static Dataset<Row> panel(SparkSession spark, String path) {
        return panel(binaryFiles(spark, path));
    }

    /**
     * Targets beside results ({@link #PANEL}): the {@code Panel} of the given files, built region by region.
     * Each file is parsed twice: once to learn the regions its reports name, once in each region's group
     * (files of a region in path order, which breaks ties between reports of one year and kind). A group
     * holds the files of one region in memory, never the corpus. Files that fail and reports without a
     * region do not enter, as in {@code workreport panel}.
     *
     * @param files a {@code binaryFile} DataFrame: at least {@code path} (string) and {@code content} (binary)
     * @throws IllegalArgumentException when {@code files} lacks those columns
     */
    public static Dataset<Row> panel(Dataset<Row> files) {
        Encoder<Tuple3<String, String, byte[]>> regionFile = Encoders.tuple(Encoders.STRING(), Encoders.STRING(),
                Encoders.BINARY());
        return pathAndContent(files).flatMap(new PanelRows.RegionsOfFile(), regionFile)
                .groupByKey((MapFunction<Tuple3<String, String, byte[]>, String>) Tuple3::_1, Encoders.STRING())
                .flatMapGroups(new PanelRows.RowsOfRegion(), Encoders.row(PANEL));
    }

    /**
     * The {@link #items} table as the command line's CSV has it ({@link #CSV_COLUMNS}): the period and the span
     * flattened, numbers as plain decimals without trailing zeros ({@code 65000000000}, {@code 5.5}), an error
     * in the {@code text} column; ready for {@code write().option("header", true).csv(dir)}.
     *
     * @throws IllegalArgumentException when {@code items} does not have the {@link #ITEMS} schema
     */
    public static Dataset<Row> csvColumns(Dataset<Row> items) {
        if (!items.schema().equals(ITEMS)) {
            throw new IllegalArgumentException("not an items table (WorkReportSpark.ITEMS): " + items.schema());
        }
        return items.select(col("file"), col("report"), col("region"), col("level"), col("year"), col("kind"),
                col("section"), col("item"), col("indicator"), col("indicatorId"), col("measure"),
                plain(col("value")).as("value"), plain(col("low")).as("low"), plain(col("high")).as("high"),
                col("unit"), col("comparator"), col("itemYear"), col("period.start").as("periodStart"),
                col("period.end").as("periodEnd"), col("period.basis").as("periodBasis"), col("estimated"),
                coalesce(col("text"), col("error")).as("text"), col("span.start").as("start"),
                col("span.end").as("end"));
    }

    /** A double as a plain decimal: no exponent, no trailing zeros (up to 10 decimals). */
    private static Column plain(Column c) {
        Column s = c.cast(DataTypes.createDecimalType(38, 10)).cast(DataTypes.StringType);
        return regexp_replace(regexp_replace(s, "(\\.[0-9]*?)0+$", "$1"), "\\.$", "");
    }

    private static Dataset<Row> pathAndContent(Dataset<Row> files) {
        Objects.requireNonNull(files, "files");
        List<String> names = Arrays.asList(files.columns());
        if (!names.contains("path") || !names.contains("content")) {
            throw new IllegalArgumentException("a binaryFile DataFrame with columns path and content is needed, got "
                    + names + " (spark.read().format(\"binaryFile\").load(path))");
        }
        return files.select(col("path").cast(DataTypes.StringType), col("content").cast(DataTypes.BinaryType));
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    /** Parses one file into its {@link #REPORTS} rows. Serializable: it holds a flag, the parser stays put. */
    private static final class ReportsOfFile implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final boolean java8Dates;

        ReportsOfFile(boolean java8Dates) {
            this.java8Dates = java8Dates;
        }

        @Override
        public Iterator<Row> call(Row file) {
            String source = file.getString(0);
            return Rows.reports(source, Rows.parse(source, (byte[]) file.get(1)), java8Dates).iterator();
        }
    }

    /** Parses one file into its {@link #ITEMS} rows. */
    private static final class ItemsOfFile implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Row file) {
            String source = file.getString(0);
            return Rows.items(source, Rows.parse(source, (byte[]) file.get(1))).iterator();
        }
    }
}
