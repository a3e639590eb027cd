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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact pre-check {@link HanLpData#mayConvert} against HanLP's conversion itself. */
class HanLpPhrasesTest {

    @Test
    void mayConvert_simplifiedWordsOfTheTable_false() {
        assertFalse(HanLpData.mayConvert("教育"));
        assertFalse(HanLpData.mayConvert("检查"));
        assertFalse(HanLpData.mayConvert("覆盖"));
        assertFalse(HanLpData.mayConvert("新型"));
        assertTrue(HanLpData.mayChange('教'));
    }

    @Test
    void mayConvert_traditionalText_true() {
        assertTrue(HanLpData.mayConvert("經濟"));
        assertTrue(HanLpData.mayConvert("反覆"));
        assertTrue(HanLpData.mayConvert("一目瞭然"));
        assertTrue(HanLpData.mayConvert("筆記簿型電腦"));
        assertEquals("反复", HanLpData.toSimplified("反覆"));
    }

    /**
     * Every phrase of HanLP's dictionaries, both forms, alone and between two characters: where the
     * pre-check says the conversion cannot change it, the conversion returns it as it is.
     */
    @Test
    void mayConvert_false_conversionKeepsTheText() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String resource : List.of(HanLpData.T2S, "data/dictionary/tc/s2t.txt")) {
            for (String line : lines(resource)) {
                for (String side : line.split("=", 2)) {
                    texts.add(side);
                    texts.add("教" + side + "查");
                }
            }
        }
        int skipped = 0;
        for (String t : texts) {
            if (!HanLpData.mayConvert(t)) {
                assertEquals(t, HanLpData.toSimplified(t), t);
                skipped++;
            }
        }
        assertTrue(skipped > texts.size() / 4, skipped + " of " + texts.size());
    }

    /**
     * The step on every phrase of HanLP's dictionaries, both forms, alone and between two characters,
     * gives what converting the whole text with HanLP until it no longer changes gives.
     */
    @Test
    void filter_dictionaryPhrases_asHanLpOnTheWholeRun() throws IOException {
        TraditionalToSimplifiedFilter filter = new TraditionalToSimplifiedFilter();
        for (String resource : List.of(HanLpData.T2S, "data/dictionary/tc/s2t.txt")) {
            for (String line : lines(resource)) {
                for (String side : line.split("=", 2)) {
                    for (String t : List.of(side, "教" + side + "查", "覆" + side)) {
                        if (t.length() <= TraditionalToSimplifiedFilter.MAX_RUN && t.codePoints().allMatch(PinyinAnnotationFilter::isHan)) {
                            assertEquals(untilStable(t), filter.apply(t).text(), t);
                        }
                    }
                }
            }
        }
    }

    private static String untilStable(String t) {
        String cur = t;
        for (int round = 0; round < 4; round++) {
            String next = HanLpData.toSimplified(cur);
            if (next.equals(cur)) {
                break;
            }
            cur = next;
        }
        return cur;
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = HanLP.class.getResourceAsStream("/" + resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
            }
        }
        return out;
    }
}
