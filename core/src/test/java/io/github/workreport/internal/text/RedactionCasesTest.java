package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Warning;
import io.github.workreport.text.Filtered;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The case table {@code redaction/cases.tsv}: restorations that must happen and ones that must not. */
class RedactionCasesTest {

    private final RedactionFilter filter = new RedactionFilter();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = RedactionCasesTest.class.getResourceAsStream("/redaction/cases.tsv")) {
            assertNotNull(in, "redaction/cases.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 3) {
                    throw new IllegalStateException("cases.tsv:" + no + ": expected 3 columns, got " + c.length);
                }
                String input = c[0].replace("\\n", "\n");
                String expected = c[1].equals("=") ? input : c[1].replace("\\n", "\n");
                out.add(Arguments.of(no, input, expected, Integer.parseInt(c[2])));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("cases")
    void casesTsv_rowHolds(int line, String input, String expected, int warnings) {
        Filtered f = filter.apply(input);
        assertEquals(expected, f.text(), "line " + line + ": " + f.warnings());
        assertEquals(warnings, f.warnings().size(), () -> "line " + line + ": " + f.warnings());
        for (Warning w : f.warnings()) {
            assertEquals(RedactionFilter.CODE, w.code());
            String masked = input.substring(w.span().start(), w.span().end());
            assertTrue(!masked.isEmpty(), "empty span " + w);
            assertTrue(RedactionTable.isMask(masked.charAt(0)) || RedactionTable.isAsciiLetter(masked.charAt(0)),
                    () -> "line " + line + ": span starts at '" + masked + "'");
            assertTrue(RedactionTable.isMask(masked.charAt(masked.length() - 1))
                    || RedactionTable.isAsciiLetter(masked.charAt(masked.length() - 1)),
                    () -> "line " + line + ": span ends at '" + masked + "'");
        }
    }
}
