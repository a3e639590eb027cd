package io.github.workreport.cli;

import io.github.workreport.Achievement;
import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportMetadata;
import io.github.workreport.text.Utf16;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes parsed files as a tidy CSV table (RFC 4180: comma separated, CRLF line ends, a field
 * holding a comma, a quote, CR or LF is quoted and its quotes doubled): one row per target or
 * achievement.
 */
final class CsvWriter {

    /** The header, in column order. */
    static final List<String> COLUMNS = List.of("file", "report", "region", "level", "year", "kind", "section",
            "item", "indicator", "indicatorId", "measure", "value", "low", "high", "unit", "comparator", "itemYear",
            "periodStart", "periodEnd", "periodBasis", "estimated", "text", "start", "end");

    static final String EOL = "\r\n";

    private CsvWriter() {
    }

    static String header() {
        return row(COLUMNS);
    }

    /** The rows of one file, each ending in CRLF; empty when it has no targets or achievements. */
    static String rows(ReportFile f) {
        StringBuilder sb = new StringBuilder();
        try {
            rows(f, sb);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    /** Writes the rows of one file, row by row (no string of them all is built). */
    static void rows(ReportFile f, Appendable out) throws IOException {
        for (int i = 0; i < f.reports().size(); i++) {
            Report r = f.reports().get(i);
            for (Figure x : r.targets()) {
                out.append(row(cells(f, i, r.metadata(), x)));
            }
            for (Figure x : r.achievements()) {
                out.append(row(cells(f, i, r.metadata(), x)));
            }
        }
    }

    /**
     * The row of an input that could not be read, parsed or written, or whose content is binary: its file,
     * {@code error} in the item column and the reason in the text column, the rest empty. A CSV run so
     * accounts for every input.
     */
    static String failure(String source, String error) {
        List<String> c = new ArrayList<>(java.util.Collections.nCopies(COLUMNS.size(), (String) null));
        c.set(COLUMNS.indexOf("file"), source);
        c.set(COLUMNS.indexOf("item"), "error");
        c.set(COLUMNS.indexOf("text"), error);
        return row(c);
    }

    private static List<String> cells(ReportFile f, int index, ReportMetadata m, Figure x) {
        Quantity q = x.quantity();
        List<String> c = new ArrayList<>(COLUMNS.size());
        c.add(f.source());
        c.add(Integer.toString(index));
        c.add(m.region());
        c.add(m.level() == null ? null : m.level().code());
        c.add(m.year() == null ? null : m.year().toString());
        c.add(m.kind().code());
        c.add(String.join(" > ", x.sectionPath()));
        c.add(x instanceof Achievement ? "achievement" : "target");
        c.add(x.indicator());
        c.add(x.indicatorId());
        c.add(x.measure().code());
        c.add(q == null ? null : number(q.value()));
        c.add(q == null ? null : number(q.low()));
        c.add(q == null ? null : number(q.high()));
        c.add(q == null || q.unit().isEmpty() ? null : q.unit());
        c.add(q == null ? null : q.comparison().code());
        c.add(x.year() == null ? null : x.year().toString());
        c.add(x.period() == null ? null : Integer.toString(x.period().start()));
        c.add(x.period() == null ? null : Integer.toString(x.period().end()));
        c.add(x.period() == null ? null : x.period().basis().code());
        c.add(Boolean.toString(x.estimated()));
        c.add(x.text());
        c.add(Integer.toString(x.span().start()));
        c.add(Integer.toString(x.span().end()));
        return c;
    }

    /** A number without exponent or trailing zeros: 1.6E12 is {@code 1600000000000}, 5.50 is {@code 5.5}. */
    static String number(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(cells.get(i)));
        }
        return sb.append(EOL).toString();
    }

    /** One field: null is empty; quoted when it holds a comma, a double quote, CR or LF. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        s = Utf16.wellFormed(s); // a lone surrogate cannot be written as UTF-8
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
