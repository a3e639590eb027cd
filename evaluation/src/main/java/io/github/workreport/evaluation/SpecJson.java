package io.github.workreport.evaluation;

import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Section;
import io.github.workreport.text.Utf16;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed file as the JSON of the extraction spec, reduced to the fields the scoring reads, built as plain Java
 * values exactly as {@code parse --format json} writes them and {@code evaluate.py} reads them back: strings without
 * lone surrogates, an empty unit as null, a whole number of up to 18 digits as an integer and any other number as
 * the float its decimal text reads as.
 */
final class SpecJson {

    private SpecJson() {
    }

    static Map<String, Object> of(ReportFile f) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", string(f.source()));
        List<Object> reports = new ArrayList<>();
        for (Report r : f.reports()) {
            reports.add(report(r));
        }
        doc.put("reports", reports);
        return doc;
    }

    private static Map<String, Object> report(Report r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("span", span(r.span().start(), r.span().end()));
        ReportMetadata m = r.metadata();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", string(m.title()));
        meta.put("region", string(m.region()));
        meta.put("level", m.level() == null ? null : m.level().code());
        meta.put("year", m.year());
        meta.put("kind", m.kind().code());
        meta.put("date", m.date() == null ? null : m.date().toString());
        o.put("metadata", meta);
        List<Object> sections = new ArrayList<>();
        for (Section s : r.sections()) {
            sections.add(section(s));
        }
        o.put("sections", sections);
        o.put("targets", items(r.targets()));
        o.put("achievements", items(r.achievements()));
        List<Object> glossary = new ArrayList<>();
        r.glossary().forEach(e -> glossary.add(Map.of()));
        o.put("glossary", glossary);
        return o;
    }

    private static Map<String, Object> section(Section s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("level", s.level());
        o.put("number", string(s.number()));
        o.put("title", string(s.title()));
        List<Object> children = new ArrayList<>();
        for (Section c : s.children()) {
            children.add(section(c));
        }
        o.put("children", children);
        return o;
    }

    private static List<Object> items(List<? extends Figure> figures) {
        List<Object> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("indicator", string(f.indicator()));
            o.put("indicatorId", string(f.indicatorId()));
            o.put("measure", f.measure().code());
            Quantity q = f.quantity();
            o.put("value", q == null ? null : number(q.value()));
            o.put("low", q == null ? null : number(q.low()));
            o.put("high", q == null ? null : number(q.high()));
            o.put("unit", q == null || q.unit().isEmpty() ? null : string(q.unit()));
            o.put("comparator", q == null ? null : q.comparison().code());
            o.put("year", f.year());
            if (f.period() == null) {
                o.put("period", null);
            } else {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("start", f.period().start());
                p.put("end", f.period().end());
                p.put("basis", f.period().basis().code());
                o.put("period", p);
            }
            o.put("estimated", f.estimated());
            o.put("text", string(f.text()));
            o.put("span", span(f.span().start(), f.span().end()));
            out.add(o);
        }
        return out;
    }

    private static Map<String, Object> span(int start, int end) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("start", start);
        s.put("end", end);
        return s;
    }

    private static String string(String s) {
        return s == null ? null : Utf16.wellFormed(s);
    }

    /** As the JSON writer writes a number and Python reads it back: an int, or the float of its decimal text. */
    static Object number(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0 && s.precision() - s.scale() <= 18) {
            return s.longValueExact();
        }
        return Double.parseDouble(s.toString());
    }
}
