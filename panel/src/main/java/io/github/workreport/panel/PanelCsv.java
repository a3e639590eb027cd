package io.github.workreport.panel;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a panel as CSV (RFC 4180: comma separated, CRLF line ends, quoted when needed), one line
 * per row, with Jackson's CSV generator. Years are integers; an empty field is unknown; several
 * sources of one cell are separated by {@code " | "}, each {@code file#report@start-end}.
 */
public final class PanelCsv {

    /** The header, in column order. */
    public static final List<String> COLUMNS = List.of("region", "regionCode", "level", "indicatorId", "indicator",
            "unit", "measure", "direction", "year", "periodStart", "periodEnd", "periodBasis",
            "target_value", "target_low", "target_high", "target_comparator", "target_stretch", "target_stretch_source", "target_source",
            "target_text", "target_revised_value", "target_revised_comparator", "target_revised_source",
            "result_value", "result_low", "result_high", "result_comparator", "result_estimated", "result_source",
            "result_text", "result_revised_value", "result_revised_estimated", "result_revised_source",
            "status", "gap", "notes");

    private PanelCsv() {
    }

    /** Writes the header and the rows; the writer is flushed, not closed. */
    public static void write(Panel panel, Writer out) throws IOException {
        CsvSchema.Builder sb = CsvSchema.builder();
        for (String c : COLUMNS) {
            sb.addColumn(c);
        }
        CsvSchema schema = sb.build().withHeader().withLineSeparator("\r\n").withNullValue("");
        CsvFactory factory = new CsvFactory();
        factory.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        factory.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING); // quote only what must be quoted
        try (CsvGenerator g = factory.createGenerator(out)) {
            g.setSchema(schema);
            for (PanelRow r : panel.rows()) {
                g.writeStartArray();
                for (Object cell : cells(r)) {
                    if (cell == null) {
                        g.writeNull();
                    } else if (cell instanceof Integer i) {
                        g.writeNumber(i);
                    } else {
                        g.writeString(cell.toString());
                    }
                }
                g.writeEndArray();
            }
        }
        out.flush();
    }

    /** The cells of a row in column order: strings, integers (years) or null. */
    static List<Object> cells(PanelRow r) {
        List<Object> c = new ArrayList<>(COLUMNS.size());
        c.add(r.region());
        c.add(r.regionCode());
        c.add(r.level() == null ? null : r.level().code());
        c.add(r.indicatorId());
        c.add(r.indicator());
        c.add(r.unit().isEmpty() ? null : r.unit());
        c.add(r.measure().code());
        c.add(r.direction().code());
        c.add(r.year());
        c.add(r.periodStart());
        c.add(r.periodEnd());
        c.add(r.period() == null ? null : r.period().basis().code());
        Cell t = r.target();
        c.add(t == null ? null : number(t.value()));
        c.add(t == null ? null : number(t.low()));
        c.add(t == null ? null : number(t.high()));
        c.add(t == null ? null : t.comparator());
        c.add(number(r.targetStretch()));
        c.add(r.targetStretchSource() == null ? null : r.targetStretchSource().toString());
        c.add(t == null ? null : sources(t));
        c.add(t == null ? null : t.text());
        Cell tr = r.targetRevised();
        c.add(tr == null ? null : tr.quantity().isRange() ? null : number(tr.value()));
        c.add(tr == null ? null : tr.comparator());
        c.add(tr == null ? null : sources(tr));
        Cell x = r.result();
        c.add(x == null ? null : number(x.value()));
        c.add(x == null ? null : number(x.low()));
        c.add(x == null ? null : number(x.high()));
        c.add(x == null ? null : x.comparator());
        c.add(x == null ? null : Boolean.toString(x.estimated()));
        c.add(x == null ? null : sources(x));
        c.add(x == null ? null : x.text());
        Cell xr = r.resultRevised();
        c.add(xr == null ? null : xr.quantity().isRange() ? null : number(xr.value()));
        c.add(xr == null ? null : Boolean.toString(xr.estimated()));
        c.add(xr == null ? null : sources(xr));
        c.add(r.status().code());
        c.add(number(r.gap()));
        c.add(r.notes());
        return c;
    }

    static String sources(Cell c) {
        return c.sources().stream().map(Source::toString).collect(Collectors.joining(" | "));
    }

    /** A number without exponent or trailing zeros: 9.0E6 is {@code 9000000}, 5.50 is {@code 5.5}; null stays null. */
    public static String number(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
