package io.github.workreport.spark;

import io.github.workreport.Achievement;
import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportMetadata;
import io.github.workreport.ReportParser;
import io.github.workreport.Span;
import io.github.workreport.Warning;
import io.github.workreport.text.Utf16;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns one file's bytes into the rows of {@link WorkReportSpark#REPORTS} or {@link WorkReportSpark#ITEMS}: the
 * work of one task, on an executor. A file the parser refuses or fails on becomes one row with its error.
 */
final class Rows {

    private Rows() {
    }

    /** One file's parse: the file, or why there is none. */
    record Parsed(ReportFile file, String error) {
    }

    /**
     * Parses one file with {@link ReportParser#defaults()}: built on first use in each JVM (an executor's
     * tasks share it; it is thread-safe), never shipped from the driver.
     */
    static Parsed parse(String source, byte[] content) {
        if (content == null) {
            return new Parsed(null, "no content: the file could not be read");
        }
        ReportFile f;
        try {
            f = ReportParser.defaults().parseAll(content, source);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return new Parsed(null, "the parser failed: " + e);
        }
        String refusal = f.refusal();
        return refusal == null ? new Parsed(f, null) : new Parsed(null, refusal);
    }

    /** The rows of {@link WorkReportSpark#REPORTS} for one file: one per report, or one for a file without any. */
    static List<Row> reports(String source, Parsed p, boolean java8Dates) {
        List<Row> out = new ArrayList<>();
        if (p.error() != null) {
            out.add(RowFactory.create(source, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, p.error()));
            return out;
        }
        ReportFile f = p.file();
        Row[] fileWarnings = warnings(f.warnings());
        if (f.reports().isEmpty()) {
            out.add(RowFactory.create(source, f.format(), f.charset(), null, null, null, null, null, null, null, null,
                    null, null, null, 0, 0, 0, 0, new Row[0], fileWarnings, null));
            return out;
        }
        for (int i = 0; i < f.reports().size(); i++) {
            Report r = f.reports().get(i);
            ReportMetadata m = r.metadata();
            Object date = m.date() == null ? null : java8Dates ? m.date() : java.sql.Date.valueOf(m.date());
            out.add(RowFactory.create(source, f.format(), f.charset(), i, m.title(), m.region(),
                    m.level() == null ? null : m.level().code(), m.year(), m.kind().code(), date, m.meeting(),
                    m.speaker(), m.office(), span(r.span()), r.allSections().size(), r.targets().size(),
                    r.achievements().size(), r.glossary().size(), warnings(r.warnings()), fileWarnings, null));
        }
        return out;
    }

    /** The rows of {@link WorkReportSpark#ITEMS} for one file: its targets, then its achievements, report by report. */
    static List<Row> items(String source, Parsed p) {
        List<Row> out = new ArrayList<>();
        if (p.error() != null) {
            out.add(RowFactory.create(source, null, null, null, null, null, null, "error", null, null, null, null,
                    null, null, null, null, null, null, null, null, null, p.error()));
            return out;
        }
        List<Report> reports = p.file().reports();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            for (Figure x : r.targets()) {
                out.add(item(source, i, r.metadata(), x));
            }
            for (Figure x : r.achievements()) {
                out.add(item(source, i, r.metadata(), x));
            }
        }
        return out;
    }

    private static Row item(String source, int report, ReportMetadata m, Figure x) {
        Quantity q = x.quantity();
        return RowFactory.create(source, report, m.region(), m.level() == null ? null : m.level().code(), m.year(),
                m.kind().code(), Utf16.wellFormed(String.join(" > ", x.sectionPath())),
                x instanceof Achievement ? "achievement" : "target", Utf16.wellFormed(x.indicator()), x.indicatorId(),
                x.measure().code(), q == null ? null : number(q.value()), q == null ? null : number(q.low()),
                q == null ? null : number(q.high()), q == null || q.unit().isEmpty() ? null : q.unit(),
                q == null ? null : q.comparison().code(), x.year(),
                x.period() == null ? null
                        : RowFactory.create(x.period().start(), x.period().end(), x.period().basis().code()),
                x.estimated(), Utf16.wellFormed(x.text()), span(x.span()), null);
    }

    /** A number as the tables hold it: a double, or null. */
    static Double number(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }

    private static Row span(Span s) {
        return s == null ? null : RowFactory.create(s.start(), s.end());
    }

    /** An array: what a Row holds for an ArrayType (a Scala Seq or an array, never a java.util.List). */
    private static Row[] warnings(List<Warning> ws) {
        Row[] out = new Row[ws.size()];
        for (int i = 0; i < out.length; i++) {
            Warning w = ws.get(i);
            out[i] = RowFactory.create(w.code(), w.message(), span(w.span()));
        }
        return out;
    }
}
