package io.github.workreport.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private static final String POINT = new String(Character.toChars(0x1001B0));

    static final String SAMPLE = String.join("\n",
            "2025年青川市政府工作报告",
            "——2025年1月9日在青川市第十届人民代表大会第四次会议上",
            "各位代表：",
            "一、2024年工作回顾",
            "预计全市地区生产总值增长5.6%左右，城镇新增就业1.2万人。",
            "二、2025年工作安排",
            "今年主要预期目标是：地区生产总值增长5.5%左右，规模以上工业增加值增长6%以上，"
                    + "城镇调查失业率控制在5.5%以内。",
            "(一)坚持创新驱动，加快构建现代化产业体系。力争新增高新技术企业120家以上。");

    private static String strictUtf8(byte[] b) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    }

    @Test
    void write_loneSurrogateInSource_validUtf8WithoutIt() throws IOException {
        ReportFile f = ReportParser.builder().build().parseAll(SAMPLE.getBytes(StandardCharsets.UTF_8),
                "a\uD800b" + POINT + ".txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.compact().write(f, out);
        String json = strictUtf8(out.toByteArray()); // throws on a lone surrogate's bytes
        assertEquals("ab" + POINT + ".txt", new ObjectMapper().readTree(json).get("source").asText());
        assertFalse(json.contains("\\uD"), "a supplementary character as UTF-8, not escapes: " + json.substring(0, 80));
    }

    @Test
    void write_prettyAndCompact_sameTree() throws IOException {
        ReportFile f = ReportParser.defaults().parseAll(SAMPLE);
        JsonNode pretty = new ObjectMapper().readTree(ReportJson.pretty().withNoise(true).toJson(f));
        JsonNode compact = new ObjectMapper().readTree(ReportJson.compact().withNoise(true).toJson(f));
        assertEquals(pretty, compact);
        assertTrue(ReportJson.pretty().toJson(f).contains("\n  \"reports\" : [ {"));
        assertFalse(ReportJson.compact().toJson(f).contains("\n"));
    }

    @Test
    void toJson_sample_documentedFieldsAndShape() throws IOException {
        ReportFile f = ReportParser.defaults().parseAll(SAMPLE);
        JsonNode d = new ObjectMapper().readTree(ReportJson.compact().toJson(f));
        JsonNode r = d.get("reports").get(0);
        assertEquals("青川市", r.get("metadata").get("region").asText());
        assertEquals(2025, r.get("metadata").get("year").asInt());
        JsonNode t = r.get("targets").get(0);
        assertEquals("growth", t.get("measure").asText()); // the spec's code, not the enum name
        assertEquals(5.5, t.get("value").asDouble());
        assertEquals(2, t.get("span").size()); // start and end only
        assertTrue(t.get("span").has("start") && t.get("span").has("end"));
        assertFalse(d.has("noise"));
        assertTrue(new ObjectMapper().readTree(ReportJson.compact().withNoise(true).toJson(f)).has("noise"));
    }

    @Test
    void writeToWriter_sample_sameTextAsBytes() throws IOException {
        ReportFile f = ReportParser.defaults().parseAll(SAMPLE);
        StringWriter w = new StringWriter();
        ReportJson.pretty().write(f, w);
        assertEquals(ReportJson.pretty().toJson(f), w.toString());
    }

    @Test
    void failureJson_sourceAndError_twoFields() {
        assertEquals("{\"source\":\"x\",\"error\":\"boom\"}", ReportJson.compact().failureJson("x", "boom"));
        assertEquals("{\"source\":null,\"error\":\"boom\"}", ReportJson.compact().failureJson(null, "boom"));
    }

    @Test
    void withNoise_sameSetting_sameInstance() {
        assertSame(ReportJson.compact(), ReportJson.compact().withNoise(false));
        assertTrue(ReportJson.pretty().withNoise(true).isPretty());
        assertTrue(ReportJson.pretty().withNoise(true).includesNoise());
    }

    @Test
    void jsonNumber_wholeAndDecimal_longOrStrippedDecimal() {
        assertEquals(1600000000000L, ReportJson.jsonNumber(new BigDecimal("1.6E12")));
        assertEquals(new BigDecimal("5.5"), ReportJson.jsonNumber(new BigDecimal("5.50")));
        assertEquals(new BigDecimal("1E+20"), ReportJson.jsonNumber(new BigDecimal("1E20")));
    }

    @Test
    void toJsonOfReport_textFile_theFileDocumentsReportElement() throws IOException {
        ReportFile f = ReportParser.defaults().parseAll(SAMPLE);
        String report = ReportJson.compact().toJson(f.reports().get(0));
        assertTrue(ReportJson.compact().toJson(f).contains("\"reports\":[" + report + "]"), report);
        JsonNode pretty = new ObjectMapper().readTree(ReportJson.pretty().toJson(f.reports().get(0)));
        assertEquals(new ObjectMapper().readTree(ReportJson.compact().toJson(f)).get("reports").get(0), pretty);
    }
}
