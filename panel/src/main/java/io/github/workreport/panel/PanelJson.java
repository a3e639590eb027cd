package io.github.workreport.panel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes a panel as one JSON object: {@code {"rows": [...], "counts": {...}}}. Each row has the key
 * fields, then {@code target}, {@code targetRevised}, {@code result} and {@code resultRevised}
 * (null or {@code {value, low, high, unit, comparator, estimated, text, sources: [{file, report, start,
 * end}]}}), {@code targetStretch} with {@code targetStretchSource}, {@code status}, {@code gap} and {@code notes}. Numbers are JSON
 * numbers without exponent.
 */
public final class PanelJson {

    private PanelJson() {
    }

    /** Writes the panel; the writer is flushed, not closed. */
    public static void write(Panel panel, Writer out, boolean pretty) throws IOException {
        JsonFactory f = JsonFactory.builder().build();
        f.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = f.createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            g.writeArrayFieldStart("rows");
            for (PanelRow r : panel.rows()) {
                row(g, r);
            }
            g.writeEndArray();
            Panel.Counts c = panel.counts();
            g.writeObjectFieldStart("counts");
            g.writeNumberField("figures", c.figures());
            g.writeNumberField("used", c.used());
            g.writeNumberField("noIndicator", c.noIndicator());
            g.writeNumberField("noYear", c.noYear());
            g.writeNumberField("noRegion", c.noRegion());
            g.writeNumberField("otherUnit", c.otherUnit());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.flush();
    }

    private static void row(JsonGenerator g, PanelRow r) throws IOException {
        g.writeStartObject();
        g.writeStringField("region", r.region());
        g.writeStringField("regionCode", r.regionCode());
        g.writeStringField("level", r.level() == null ? null : r.level().code());
        g.writeStringField("indicatorId", r.indicatorId());
        g.writeStringField("indicator", r.indicator());
        g.writeStringField("unit", r.unit());
        g.writeStringField("measure", r.measure().code());
        g.writeStringField("direction", r.direction().code());
        g.writeNumberField("year", r.year());
        if (r.period() == null) {
            g.writeNullField("period");
        } else {
            g.writeObjectFieldStart("period");
            g.writeNumberField("start", r.period().start());
            g.writeNumberField("end", r.period().end());
            g.writeStringField("basis", r.period().basis().code());
            g.writeEndObject();
        }
        cell(g, "target", r.target());
        number(g, "targetStretch", r.targetStretch());
        if (r.targetStretchSource() == null) {
            g.writeNullField("targetStretchSource");
        } else {
            g.writeFieldName("targetStretchSource");
            source(g, r.targetStretchSource());
        }
        cell(g, "targetRevised", r.targetRevised());
        cell(g, "result", r.result());
        cell(g, "resultRevised", r.resultRevised());
        g.writeStringField("status", r.status().code());
        number(g, "gap", r.gap());
        g.writeStringField("notes", r.notes());
        g.writeEndObject();
    }

    private static void cell(JsonGenerator g, String name, Cell c) throws IOException {
        if (c == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        number(g, "value", c.value());
        number(g, "low", c.low());
        number(g, "high", c.high());
        g.writeStringField("unit", c.quantity().unit());
        g.writeStringField("comparator", c.comparator());
        g.writeBooleanField("estimated", c.estimated());
        g.writeStringField("text", c.text());
        g.writeArrayFieldStart("sources");
        for (Source s : c.sources()) {
            source(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", s.file());
        g.writeNumberField("report", s.report());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("kind", s.kind().code());
        if (s.reportYear() == null) {
            g.writeNullField("reportYear");
        } else {
            g.writeNumberField("reportYear", s.reportYear());
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeFieldName(name);
            g.writeNumber(PanelCsv.number(v)); // plain digits, no exponent
        }
    }
}
