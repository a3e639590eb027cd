package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HanLpDataTest {

    /**
     * The characters HanLP's conversion may change, computed from its dictionary files as the shipped
     * table t2s-changing.txt says: where a phrase's traditional form differs from its simplified form,
     * and every character of a phrase whose length the conversion changes.
     */
    static BitSet fromDictionaries() throws IOException {
        BitSet set = new BitSet(0x30000);
        collect("data/dictionary/tc/t2s.txt", false, set);
        collect("data/dictionary/tc/s2t.txt", true, set);
        return set;
    }

    private static void collect(String resource, boolean reversed, BitSet set) throws IOException {
        try (InputStream in = HanLP.class.getResourceAsStream("/" + resource)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String left = line.substring(0, eq).trim();
                String right = line.substring(eq + 1).trim();
                String trad = reversed ? right : left;
                String simp = reversed ? left : right;
                if (trad.isEmpty() || trad.equals(simp)) {
                    continue;
                }
                if (trad.length() != simp.length()) {
                    trad.codePoints().forEach(set::set);
                } else {
                    for (int i = 0; i < trad.length(); i++) {
                        if (trad.charAt(i) != simp.charAt(i)) {
                            set.set(trad.charAt(i));
                            if (Character.isSurrogate(trad.charAt(i))) {
                                trad.codePoints().forEach(set::set);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void changingTable_shipped_equalsWhatHanLpDictionariesGive() throws IOException {
        BitSet expected = fromDictionaries();
        List<String> lines = new ArrayList<>();
        lines.add("# The characters (code points, hex) at which HanLP portable-1.8.6's traditional-to-simplified");
        lines.add("# conversion may change a text: where a phrase of data/dictionary/tc/t2s.txt or s2t.txt differs");
        lines.add("# between its traditional and simplified forms, and every character of a phrase whose length it");
        lines.add("# changes. Shipped so that a command does not read the 1 MB dictionaries to learn it; HanLpDataTest");
        lines.add("# recomputes it and, when it differs (another HanLP), writes the new table to core/target.");
        expected.stream().forEach(cp -> lines.add(Integer.toHexString(cp)));
        Path fresh = Path.of("target", HanLpData.CHANGING);
        Files.createDirectories(fresh.getParent());
        Files.write(fresh, lines, StandardCharsets.UTF_8);
        for (int cp = 0; cp < 0x30000; cp++) {
            assertEquals(expected.get(cp), HanLpData.mayChange(cp),
                    "U+" + Integer.toHexString(cp) + "; the table from HanLP's dictionaries is in " + fresh.toAbsolutePath()
                            + ": copy it to src/main/resources/io/github/workreport/internal/text/");
        }
    }

    @Test
    void mayChange_traditionalAndSimplified_asTheConversion() {
        assertTrue(HanLpData.mayChange('經'));
        assertTrue(HanLpData.mayChange('濟'));
        assertFalse(HanLpData.mayChange('经'));
        assertFalse(HanLpData.mayChange('a'));
        assertEquals("经济", HanLpData.toSimplified("經濟"));
    }
}
