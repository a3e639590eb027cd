package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpillBufferTest {

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
