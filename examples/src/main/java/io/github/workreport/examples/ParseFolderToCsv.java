package io.github.workreport.examples;

import io.github.workreport.Achievement;
import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportMetadata;
import io.github.workreport.ReportParser;
import io.github.workreport.Target;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses every {@code .txt} file of a folder with one shared {@link ReportParser} and writes a tidy
 * CSV: one row per target or achievement, with the report's metadata repeated on each row.
 *
 * <pre>
 * java -cp ... io.github.workreport.examples.ParseFolderToCsv FOLDER [OUT.csv]
 * </pre>
 *
 * <p>The CSV is RFC 4180: comma-separated, fields holding a comma, a quote or a line break are
 * quoted, quotes doubled, lines ending in CRLF. Numbers are written in plain notation in the base
 * unit ({@code 650亿元} is {@code 65000000000} with unit {@code 元}); absent values are empty.
 */
public final class ParseFolderToCsv {

    /** The header row, in column order. */
    public static final List<String> HEADER = List.of("file", "report", "region", "level", "year", "kind", "section",
            "item", "indicator", "indicatorId", "measure", "value", "low", "high", "unit", "comparator", "estimated",
            "text", "start", "end");

    private ParseFolderToCsv() {
    }

    /**
     * Runs the example.
     *
     * @param args the folder, then optionally the CSV file to write (default: standard output)
     * @throws IOException when the folder cannot be listed or the CSV cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ParseFolderToCsv FOLDER [OUT.csv]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        if (args.length == 2) {
            try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
                write(folder, ReportParser.defaults(), w);
            }
        } else {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            write(folder, ReportParser.defaults(), w);
            w.flush();
        }
    }

    /**
     * Parses the {@code .txt} files of {@code folder} (not its sub-folders), in file-name order, and
     * writes the CSV to {@code out}. A file that cannot be read is reported on standard error and
     * skipped.
     *
     * @return the number of data rows written
     * @throws IOException when the folder cannot be listed or {@code out} cannot be written
     */
    public static int write(Path folder, ReportParser parser, Writer out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        row(out, HEADER);
        int rows = 0;
        for (Path f : files) {
            ReportFile rf;
            try {
                rf = parser.parseAll(f);
            } catch (IOException e) {
                System.err.println("skipped " + f + ": " + e.getMessage());
                continue;
            }
            for (int i = 0; i < rf.reports().size(); i++) {
                Report r = rf.reports().get(i);
                for (Figure fig : r.figures()) {
                    row(out, fields(f.getFileName().toString(), i, r.metadata(), fig));
                    rows++;
                }
            }
        }
        return rows;
    }

    private static List<String> fields(String file, int index, ReportMetadata m, Figure f) {
        Quantity q = f.quantity();
        List<String> v = new ArrayList<>(HEADER.size());
        v.add(file);
        v.add(Integer.toString(index));
        v.add(str(m.region()));
        v.add(m.level() == null ? "" : m.level().code());
        v.add(m.year() == null ? "" : m.year().toString());
        v.add(m.kind().code());
        v.add(String.join(" > ", f.sectionPath()));
        v.add(f instanceof Target ? "target" : f instanceof Achievement ? "achievement" : "");
        v.add(f.indicator());
        v.add(str(f.indicatorId()));
        v.add(f.measure().code());
        v.add(q == null ? "" : num(q.value()));
        v.add(q == null ? "" : num(q.low()));
        v.add(q == null ? "" : num(q.high()));
        v.add(q == null ? "" : q.unit());
        v.add(q == null ? "" : q.comparison().code());
        v.add(Boolean.toString(f.estimated()));
        v.add(f.text());
        v.add(Integer.toString(f.span().start()));
        v.add(Integer.toString(f.span().end()));
        return v;
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }

    private static String num(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** Quotes a field when it holds a comma, a quote or a line break (RFC 4180). */
    static String quote(String field) {
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
