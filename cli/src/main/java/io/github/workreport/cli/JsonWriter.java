package io.github.workreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.workreport.Figure;
import io.github.workreport.GlossaryEntry;
import io.github.workreport.Noise;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.Warning;
import java.math.BigDecimal;

/** Writes parsed files as the JSON of the extraction spec (field names exactly as specified). */
final class JsonWriter {

    private final ObjectMapper mapper;

    JsonWriter(boolean pretty) {
        JsonMapper.Builder b = JsonMapper.builder();
        if (pretty) {
            b.enable(SerializationFeature.INDENT_OUTPUT);
        }
        this.mapper = b.build();
    }

    String write(ReportFile f, boolean withNoise) {
        try {
            return mapper.writeValueAsString(toJson(f, withNoise));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The record of an input that could not be read or parsed: its source and the reason, no reports. */
    String failure(String source, String error) {
        ObjectNode root = mapper.createObjectNode();
        root.put("source", source);
        root.put("error", error);
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    ObjectNode toJson(ReportFile f, boolean withNoise) {
        ObjectNode root = mapper.createObjectNode();
        root.put("source", f.source());
        root.put("charset", f.charset());
        root.put("format", f.format());
        ArrayNode reports = root.putArray("reports");
        for (Report r : f.reports()) {
            reports.add(report(r));
        }
        ArrayNode w = root.putArray("warnings");
        f.warnings().forEach(x -> w.add(warning(x)));
        if (withNoise) {
            ArrayNode n = root.putArray("noise");
            for (Noise x : f.noise()) {
                ObjectNode o = n.addObject();
                o.put("kind", x.kind().name().toLowerCase(java.util.Locale.ROOT));
                o.set("span", span(x.span()));
                o.put("detail", x.detail());
            }
        }
        if (!f.pages().isEmpty()) {
            root.put("pageCount", f.pages().count());
            addPages(root, f.pages());
        }
        return root;
    }

    /** Beside every span, the pages it lies on: {@code "pages": [first, last]} (1-based). */
    private static void addPages(JsonNode node, io.github.workreport.Pages pages) {
        if (node instanceof ObjectNode o) {
            JsonNode s = o.get("span");
            if (s != null && s.has("start") && s.has("end")) {
                int[] p = pages.pagesOf(new Span(s.get("start").asInt(), s.get("end").asInt()));
                ArrayNode a = o.putArray("pages");
                a.add(p[0]);
                a.add(p[1]);
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                addPages(child, pages);
            }
        }
    }

    private ObjectNode report(Report r) {
        ObjectNode o = mapper.createObjectNode();
        o.set("span", span(r.span()));
        o.set("metadata", metadata(r.metadata()));
        ArrayNode secs = o.putArray("sections");
        r.sections().forEach(s -> secs.add(section(s)));
        ArrayNode t = o.putArray("targets");
        r.targets().forEach(x -> t.add(item(x)));
        ArrayNode a = o.putArray("achievements");
        r.achievements().forEach(x -> a.add(item(x)));
        ArrayNode g = o.putArray("glossary");
        for (GlossaryEntry e : r.glossary()) {
            ObjectNode n = g.addObject();
            n.put("marker", e.marker());
            n.put("term", e.term());
            n.put("definition", e.definition());
            ArrayNode refs = n.putArray("references");
            e.references().forEach(x -> refs.add(span(x)));
            n.set("span", span(e.span()));
        }
        ArrayNode w = o.putArray("warnings");
        r.warnings().forEach(x -> w.add(warning(x)));
        return o;
    }

    private ObjectNode metadata(ReportMetadata m) {
        ObjectNode o = mapper.createObjectNode();
        o.put("title", m.title());
        o.put("region", m.region());
        o.put("level", m.level() == null ? null : m.level().code());
        o.put("year", m.year()); // null when unknown
        o.put("kind", m.kind().code());
        o.put("date", m.date() == null ? null : m.date().toString());
        o.put("meeting", m.meeting());
        o.put("speaker", m.speaker());
        o.put("office", m.office());
        return o;
    }

    private ObjectNode section(Section s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("level", s.level());
        o.put("number", s.number());
        o.put("title", s.title());
        o.put("style", s.style());
        o.set("span", span(s.span()));
        o.set("headingSpan", span(s.headingSpan()));
        ArrayNode c = o.putArray("children");
        s.children().forEach(x -> c.add(section(x)));
        ArrayNode items = o.putArray("items");
        for (io.github.workreport.Enumeration e : s.items()) {
            ObjectNode it = items.addObject();
            it.put("ordinal", e.ordinal());
            it.put("text", e.text());
            it.set("span", span(e.span()));
        }
        return o;
    }

    private ObjectNode item(Figure f) {
        ObjectNode o = mapper.createObjectNode();
        o.put("indicator", f.indicator());
        o.put("indicatorId", f.indicatorId());
        o.put("measure", f.measure().code());
        Quantity q = f.quantity();
        putNumber(o, "value", q == null ? null : q.value());
        putNumber(o, "low", q == null ? null : q.low());
        putNumber(o, "high", q == null ? null : q.high());
        o.put("unit", q == null ? null : q.unit().isEmpty() ? null : q.unit());
        o.put("comparator", q == null ? null : q.comparison().code());
        o.put("year", f.year()); // null when unknown
        o.put("estimated", f.estimated());
        o.put("text", f.text());
        o.set("span", span(f.span()));
        ArrayNode p = o.putArray("sectionPath");
        f.sectionPath().forEach(p::add);
        return o;
    }

    private static void putNumber(ObjectNode o, String k, BigDecimal v) {
        if (v == null) {
            o.putNull(k);
        } else {
            BigDecimal s = v.stripTrailingZeros();
            if (s.scale() <= 0 && s.precision() - s.scale() <= 18) {
                o.put(k, s.longValueExact());
            } else {
                o.put(k, s);
            }
        }
    }

    private ObjectNode warning(Warning w) {
        ObjectNode o = mapper.createObjectNode();
        o.put("code", w.code());
        o.put("message", w.message());
        o.set("span", w.span() == null ? null : span(w.span()));
        return o;
    }

    private JsonNode span(Span s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        return o;
    }
}
