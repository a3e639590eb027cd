package io.github.workreport.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.workreport.Enumeration;
import io.github.workreport.Figure;
import io.github.workreport.GlossaryEntry;
import io.github.workreport.Noise;
import io.github.workreport.Pages;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.Warning;
import io.github.workreport.text.Utf16;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A parsed file as the JSON of the extraction spec (docs/json-format.md: field names, nulls, numbers and
 * spans exactly as specified), byte for byte what {@code workreport parse} writes. Streamed through
 * Jackson's {@link JsonGenerator}: no tree and no string of the whole document is built, so writing needs
 * little memory beyond the parsed file itself. Every string is written as well-formed UTF-16 (a lone
 * surrogate, which UTF-8 cannot encode, is left out), so writing never fails on the text.
 *
 * <p>Instances are immutable and thread-safe; one can serve every thread.
 *
 * <pre>{@code
 * ReportFile f = ReportParser.defaults().parseAll(Path.of("report.txt"));
 * try (OutputStream out = Files.newOutputStream(Path.of("report.json"))) {
 *     ReportJson.pretty().write(f, out);
 * }
 * String line = ReportJson.compact().withNoise(true).toJson(f); // one JSON Lines record
 * }</pre>
 */
public final class ReportJson {

    // a supplementary character is written as its four UTF-8 bytes, not as two backslash-u escapes of its surrogates;
    // the caller's stream is flushed, never closed
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final ReportJson COMPACT = new ReportJson(false, false);
    private static final ReportJson PRETTY = new ReportJson(true, false);

    private final boolean pretty;
    private final boolean noise;

    private ReportJson(boolean pretty, boolean noise) {
        this.pretty = pretty;
        this.noise = noise;
    }

    /** Compact JSON, one line (what {@code workreport parse} and {@code --format jsonl} write), without noise. */
    public static ReportJson compact() {
        return COMPACT;
    }

    /** Indented JSON (what {@code workreport parse --pretty} writes), without noise. */
    public static ReportJson pretty() {
        return PRETTY;
    }

    /**
     * This format, with or without the {@code noise} array (kind, span, detail of each stretch the parser set
     * aside; {@code workreport parse --noise}).
     */
    public ReportJson withNoise(boolean withNoise) {
        return withNoise == noise ? this : new ReportJson(pretty, withNoise);
    }

    /** Whether the JSON is indented. */
    public boolean isPretty() {
        return pretty;
    }

    /** Whether the {@code noise} array is written. */
    public boolean includesNoise() {
        return noise;
    }

    /**
     * Writes one file's document as UTF-8, without a line end.
     *
     * @param f the parsed file ({@link io.github.workreport.ReportParser#parseAll(java.nio.file.Path)})
     * @param out where to write; flushed, not closed
     * @throws IOException when {@code out} fails
     */
    public void write(ReportFile f, OutputStream out) throws IOException {
        try (JsonGenerator g = configure(FACTORY.createGenerator(out, JsonEncoding.UTF8))) {
            file(g, f, noise);
        }
    }

    /**
     * Writes one file's document as characters, without a line end.
     *
     * @param f the parsed file
     * @param out where to write; flushed, not closed
     * @throws IOException when {@code out} fails
     */
    public void write(ReportFile f, Writer out) throws IOException {
        try (JsonGenerator g = configure(FACTORY.createGenerator(out))) {
            file(g, f, noise);
        }
    }

    /** One file's document as a string, without a line end. */
    public String toJson(ReportFile f) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            write(f, b);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON to memory", e);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes one report as the REPORT object of docs/json-format.md (an element of the document's
     * {@code reports} array: span, metadata, sections, targets, achievements, glossary, warnings), UTF-8,
     * without a line end. For what {@link io.github.workreport.ReportParser#parse(java.nio.file.Path)}
     * returns; the file's own fields (source, charset, format, file warnings, PDF pages) come with
     * {@link #write(ReportFile, OutputStream)} of {@code parseAll}'s result.
     *
     * @param r the report
     * @param out where to write; flushed, not closed
     * @throws IOException when {@code out} fails
     */
    public void write(Report r, OutputStream out) throws IOException {
        try (JsonGenerator g = configure(FACTORY.createGenerator(out, JsonEncoding.UTF8))) {
            report(g, r, Pages.none());
        }
    }

    /** One report's REPORT object ({@link #write(Report, OutputStream)}) as a string. */
    public String toJson(Report r) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            write(r, b);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON to memory", e);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the record of an input that could not be read or parsed, {@code {"source":…,"error":…}} with no
     * reports (the line {@code --format jsonl} writes for it), UTF-8, without a line end.
     *
     * @param source the input's path as given, or null
     * @param error the reason
     * @param out where to write; flushed, not closed
     * @throws IOException when {@code out} fails
     */
    public void writeFailure(String source, String error, OutputStream out) throws IOException {
        try (JsonGenerator g = configure(FACTORY.createGenerator(out, JsonEncoding.UTF8))) {
            g.writeStartObject();
            string(g, "source", source);
            string(g, "error", error);
            g.writeEndObject();
        }
    }

    /** The failure record ({@link #writeFailure(String, String, OutputStream)}) as a string. */
    public String failureJson(String source, String error) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            writeFailure(source, error, b);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON to memory", e);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private JsonGenerator configure(JsonGenerator g) {
        return pretty ? g.useDefaultPrettyPrinter() : g;
    }

    private static void file(JsonGenerator g, ReportFile f, boolean withNoise) throws IOException {
        Pages pages = f.pages();
        g.writeStartObject();
        string(g, "source", f.source());
        string(g, "charset", f.charset());
        string(g, "format", f.format());
        g.writeArrayFieldStart("reports");
        for (Report r : f.reports()) {
            report(g, r, pages);
        }
        g.writeEndArray();
        warnings(g, f.warnings(), pages);
        if (withNoise) {
            g.writeArrayFieldStart("noise");
            for (Noise x : f.noise()) {
                g.writeStartObject();
                g.writeStringField("kind", x.kind().name().toLowerCase(Locale.ROOT));
                spanAndPages(g, pages, x.span());
                string(g, "detail", x.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!pages.isEmpty()) {
            g.writeNumberField("pageCount", pages.count());
        }
        g.writeEndObject();
    }

    private static void report(JsonGenerator g, Report r, Pages pages) throws IOException {
        g.writeStartObject();
        spanAndPages(g, pages, r.span());
        metadata(g, r.metadata());
        g.writeArrayFieldStart("sections");
        for (Section s : r.sections()) {
            section(g, s, pages);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("targets");
        for (Figure x : r.targets()) {
            item(g, x, pages);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("achievements");
        for (Figure x : r.achievements()) {
            item(g, x, pages);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("glossary");
        for (GlossaryEntry e : r.glossary()) {
            g.writeStartObject();
            string(g, "marker", e.marker());
            string(g, "term", e.term());
            string(g, "definition", e.definition());
            g.writeArrayFieldStart("references");
            for (Span s : e.references()) {
                span(g, null, s);
            }
            g.writeEndArray();
            spanAndPages(g, pages, e.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        warnings(g, r.warnings(), pages);
        g.writeEndObject();
    }

    private static void metadata(JsonGenerator g, ReportMetadata m) throws IOException {
        g.writeObjectFieldStart("metadata");
        string(g, "title", m.title());
        string(g, "region", m.region());
        string(g, "level", m.level() == null ? null : m.level().code());
        integer(g, "year", m.year()); // null when unknown
        string(g, "kind", m.kind().code());
        string(g, "date", m.date() == null ? null : m.date().toString());
        string(g, "meeting", m.meeting());
        string(g, "speaker", m.speaker());
        string(g, "office", m.office());
        g.writeEndObject();
    }

    private static void section(JsonGenerator g, Section s, Pages pages) throws IOException {
        g.writeStartObject();
        g.writeNumberField("level", s.level());
        string(g, "number", s.number());
        string(g, "title", s.title());
        string(g, "style", s.style());
        spanAndPages(g, pages, s.span());
        span(g, "headingSpan", s.headingSpan());
        g.writeArrayFieldStart("children");
        for (Section c : s.children()) {
            section(g, c, pages);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("items");
        for (Enumeration e : s.items()) {
            g.writeStartObject();
            string(g, "ordinal", e.ordinal());
            string(g, "text", e.text());
            spanAndPages(g, pages, e.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void item(JsonGenerator g, Figure f, Pages pages) throws IOException {
        g.writeStartObject();
        string(g, "indicator", f.indicator());
        string(g, "indicatorId", f.indicatorId());
        string(g, "measure", f.measure().code());
        Quantity q = f.quantity();
        number(g, "value", q == null ? null : q.value());
        number(g, "low", q == null ? null : q.low());
        number(g, "high", q == null ? null : q.high());
        string(g, "unit", q == null ? null : q.unit().isEmpty() ? null : q.unit());
        string(g, "comparator", q == null ? null : q.comparison().code());
        integer(g, "year", f.year()); // null when unknown
        if (f.period() == null) {
            g.writeNullField("period");
        } else {
            g.writeObjectFieldStart("period");
            g.writeNumberField("start", f.period().start());
            g.writeNumberField("end", f.period().end());
            g.writeStringField("basis", f.period().basis().code());
            g.writeEndObject();
        }
        g.writeBooleanField("estimated", f.estimated());
        string(g, "text", f.text());
        spanAndPages(g, pages, f.span());
        g.writeArrayFieldStart("sectionPath");
        for (String p : f.sectionPath()) {
            g.writeString(Utf16.wellFormed(p));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void warnings(JsonGenerator g, List<Warning> list, Pages pages) throws IOException {
        g.writeArrayFieldStart("warnings");
        for (Warning w : list) {
            g.writeStartObject();
            string(g, "code", w.code());
            string(g, "message", w.message());
            if (w.span() == null) {
                g.writeNullField("span");
            } else {
                spanAndPages(g, pages, w.span());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A string field, null as JSON null; never a lone surrogate (UTF-8 cannot hold one). */
    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, Utf16.wellFormed(value));
        }
    }

    private static void integer(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value.intValue());
        }
    }

    /** A whole number as an integer when it fits a long, else as a decimal; trailing zeros stripped. */
    private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
            return;
        }
        Number n = jsonNumber(v);
        if (n instanceof Long l) {
            g.writeNumberField(name, l);
        } else {
            g.writeNumberField(name, (BigDecimal) n);
        }
    }

    /**
     * A value as the JSON writes it: a whole number as a {@link Long} (18 digits or fewer), else the decimal
     * without trailing zeros ({@code 1.6E12} is {@code 1600000000000}, {@code 5.50} is {@code 5.5}).
     *
     * @param v a value, not null
     * @return a {@link Long} or a {@link BigDecimal}
     */
    public static Number jsonNumber(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 0 && s.precision() - s.scale() <= 18 ? Long.valueOf(s.longValueExact()) : s;
    }

    /**
     * A {@code span} field and, for a paged document (PDF), beside it the pages it lies on:
     * {@code "pages": [first, last]} (1-based).
     */
    private static void spanAndPages(JsonGenerator g, Pages pages, Span s) throws IOException {
        span(g, "span", s);
        if (!pages.isEmpty()) {
            int[] p = pages.pagesOf(s);
            g.writeArrayFieldStart("pages");
            g.writeNumber(p[0]);
            g.writeNumber(p[1]);
            g.writeEndArray();
        }
    }

    /** A span object, as a field when {@code name} is not null, else as an array element. */
    private static void span(JsonGenerator g, String name, Span s) throws IOException {
        if (name == null) {
            g.writeStartObject();
        } else {
            g.writeObjectFieldStart(name);
        }
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
    }
}
