package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private static final String POINT = new String(Character.toChars(0x1001B0));

    private static String strictUtf8(byte[] b) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    }

    @Test
    void write_loneSurrogateInSource_validUtf8WithoutIt() throws IOException {
        ReportFile f = ReportParser.builder().build().parseAll(Fixtures.report("青川市", 2025).getBytes(StandardCharsets.UTF_8),
                "a\uD800b" + POINT + ".txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonWriter(false).write(f, true, out);
        String json = strictUtf8(out.toByteArray()); // throws on a lone surrogate's bytes
        assertEquals("ab" + POINT + ".txt", new ObjectMapper().readTree(json).get("source").asText());
        assertFalse(json.contains("\\uD"), "a supplementary character as UTF-8, not escapes: " + json.substring(0, 80));
    }

    @Test
    void write_prettyAndCompact_sameTree() throws IOException {
        ReportFile f = ReportParser.defaults().parseAll(Fixtures.report("青川市", 2025));
        JsonNode pretty = new ObjectMapper().readTree(new JsonWriter(true).write(f, true));
        JsonNode compact = new ObjectMapper().readTree(new JsonWriter(false).write(f, true));
        assertEquals(pretty, compact);
        assertTrue(new JsonWriter(true).write(f, false).contains("\n  \"reports\" : [ {"));
        assertEquals("{\"source\":\"x\",\"error\":\"boom\"}", new JsonWriter(false).failure("x", "boom"));
    }

    @Test
    void spillBuffer_aboveThreshold_spillsAndCopiesAllThenDeletes() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("地区生产总值增长").append(i).append("%，");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try (SpillBuffer b = new SpillBuffer(1024)) {
            b.write(bytes, 0, 100);
            assertFalse(b.spilled());
            b.write(bytes, 100, bytes.length - 100);
            assertTrue(b.spilled());
            StringWriter w = new StringWriter();
            b.copyTo(w);
            assertEquals(text.toString(), w.toString());
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            b.copyTo(o);
            assertEquals(bytes.length, o.size());
        }
    }
}
