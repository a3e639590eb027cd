package io.github.workreport.output;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.workreport.Achievement;
import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportMetadata;
import io.github.workreport.text.Utf16;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The targets and achievements of parsed files as the tidy CSV table of docs/cli.md, byte for byte what
 * {@code workreport parse --format csv} writes: one row per item, the report's metadata repeated on each
 * row, {@link #COLUMNS} in order. RFC 4180, written by Jackson's CSV generator: comma separated, CRLF line
 * ends, a field holding a comma, a double quote, CR or LF is quoted and its quotes doubled, an absent value
 * is an empty field. Numbers are plain decimals in the base unit ({@code 650亿元} is {@code 65000000000}
 * with unit {@code 元}).
 *
 * <p>An instance writes to one {@link Writer} and is not thread-safe; {@link #close()} flushes it and
 * leaves the writer open (the caller owns it).
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("items.csv"), StandardCharsets.UTF_8);
 *      ItemsCsv csv = ItemsCsv.to(w)) {
 *     csv.writeHeader();
 *     for (Path p : files) {
 *         csv.writeRows(parser.parseAll(p));
 *     }
 * }
 * }</pre>
 */
public final class ItemsCsv implements Flushable, Closeable {

    /** The header, in column order. */
    public static final List<String> COLUMNS = List.of("file", "report", "region", "level", "year", "kind",
            "section", "item", "indicator", "indicatorId", "measure", "value", "low", "high", "unit", "comparator",
            "itemYear", "periodStart", "periodEnd", "periodBasis", "estimated", "text", "start", "end");

    // strict quoting: only a separator, a quote, CR or LF makes a field quoted (the loose default quotes any
    // field holding a character below the comma, a space or a per cent sign among them); the writer is the
    // caller's, flushed but never closed
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = schema();

    private static final int FILE = COLUMNS.indexOf("file");
    private static final int ITEM = COLUMNS.indexOf("item");
    private static final int TEXT = COLUMNS.indexOf("text");

    private final CsvGenerator g;

    private ItemsCsv(CsvGenerator g) {
        this.g = g;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        return b.build().withoutHeader().withLineSeparator("\r\n");
    }

    /**
     * A table written to {@code out}; nothing is written yet (no header: call {@link #writeHeader()} first
     * for a new table, not when appending to one).
     */
    public static ItemsCsv to(Writer out) throws IOException {
        CsvGenerator g = FACTORY.createGenerator(Objects.requireNonNull(out, "out"));
        g.setSchema(SCHEMA);
        return new ItemsCsv(g);
    }

    /** Writes the header row ({@link #COLUMNS}). */
    public ItemsCsv writeHeader() throws IOException {
        row(COLUMNS.toArray(new String[0]));
        return this;
    }

    /**
     * Writes the rows of one parsed file: its reports in order, in each the targets then the achievements.
     *
     * @return the number of rows written (0 when the file has no targets or achievements)
     */
    public int writeRows(ReportFile f) throws IOException {
        int n = 0;
        for (int i = 0; i < f.reports().size(); i++) {
            Report r = f.reports().get(i);
            for (Figure x : r.targets()) {
                row(cells(f, i, r.metadata(), x));
                n++;
            }
            for (Figure x : r.achievements()) {
                row(cells(f, i, r.metadata(), x));
                n++;
            }
        }
        return n;
    }

    /**
     * Writes the row of an input that could not be read, parsed or written: its file, {@code error} in the
     * {@code item} column and the reason in the {@code text} column, the rest empty. A table so accounts for
     * every input.
     *
     * @param source the input's path as given, or null
     * @param error the reason
     */
    public void writeFailure(String source, String error) throws IOException {
        String[] c = new String[COLUMNS.size()];
        c[FILE] = source;
        c[ITEM] = "error";
        c[TEXT] = error;
        row(c);
    }

    /** Writes what is buffered to the writer and flushes it. */
    @Override
    public void flush() throws IOException {
        g.flush();
    }

    /** Flushes; the writer stays open. */
    @Override
    public void close() throws IOException {
        g.close();
    }

    private void row(String[] cells) throws IOException {
        g.writeStartArray();
        for (String c : cells) {
            if (c == null) {
                g.writeNull();
            } else {
                g.writeString(Utf16.wellFormed(c)); // a lone surrogate cannot be written as UTF-8
            }
        }
        g.writeEndArray();
    }

    private static String[] cells(ReportFile f, int index, ReportMetadata m, Figure x) {
        Quantity q = x.quantity();
        return new String[] {
            f.source(),
            Integer.toString(index),
            m.region(),
            m.level() == null ? null : m.level().code(),
            m.year() == null ? null : m.year().toString(),
            m.kind().code(),
            String.join(" > ", x.sectionPath()),
            x instanceof Achievement ? "achievement" : "target",
            x.indicator(),
            x.indicatorId(),
            x.measure().code(),
            q == null ? null : plainNumber(q.value()),
            q == null ? null : plainNumber(q.low()),
            q == null ? null : plainNumber(q.high()),
            q == null || q.unit().isEmpty() ? null : q.unit(),
            q == null ? null : q.comparison().code(),
            x.year() == null ? null : x.year().toString(),
            x.period() == null ? null : Integer.toString(x.period().start()),
            x.period() == null ? null : Integer.toString(x.period().end()),
            x.period() == null ? null : x.period().basis().code(),
            Boolean.toString(x.estimated()),
            x.text(),
            Integer.toString(x.span().start()),
            Integer.toString(x.span().end()),
        };
    }

    /**
     * A number as the table writes it: without exponent or trailing zeros ({@code 1.6E12} is
     * {@code 1600000000000}, {@code 5.50} is {@code 5.5}); null for null.
     */
    public static String plainNumber(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
