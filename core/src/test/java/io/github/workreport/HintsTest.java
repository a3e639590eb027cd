package io.github.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Plan years and regions of reports whose text names none: congress sessions, hints, file names. */
class HintsTest {

    private static final String HEADERLESS = "各位代表：\n现在，我代表市人民政府作工作报告。\n一、工作回顾\n全市经济稳中有进。\n";

    @Test
    void parse_nationalCongressSessionInTheOpening_yearInferred() {
        String text = "各位代表：\n我们第十四届全国人民代表大会第三次会议，今天开幕。现在，我代表国务院向大会报告政府工作。\n"
                + "一、工作回顾\n经济稳中有进。\n";
        Report r = ReportParser.builder().build().parse(text);
        assertEquals(2025, r.metadata().year());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("year-inferred")));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"一, 一, 1954", "二, 三, 1962", "六, 一, 1983", "九, 二, 1999", "十三, 五, 2022", "十四, 三, 2025"})
    void parse_congressAndSession_planYear(String congress, String session, int year) {
        String text = "各位代表：\n在第" + congress + "届全国人民代表大会第" + session + "次会议上，我代表国务院报告工作。\n一、工作回顾\n正文。\n";
        assertEquals(year, ReportParser.builder().build().parse(text).metadata().year());
    }

    @Test
    void parse_hintsWhereTheTextIsSilent_usedWithWarnings() {
        Report r = ReportParser.builder().hint(2024, "济南市").build().parse(HEADERLESS);
        assertEquals(2024, r.metadata().year());
        assertEquals("济南市", r.metadata().region());
        assertEquals(AdminLevel.CITY, r.metadata().level());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("year-from-hint")));
        assertTrue(r.warnings().stream().noneMatch(w -> w.code().equals("missing-year")));
    }

    @Test
    void parse_hintAgainstTheText_textWins() {
        String text = "2025年青川市政府工作报告\n——2025年1月9日在青川市第十届人民代表大会第四次会议上\n各位代表：\n一、2024年工作回顾\n正文。\n";
        Report r = ReportParser.builder().hint(2019, "白溪县").build().parse(text);
        assertEquals(2025, r.metadata().year());
        assertEquals("青川市", r.metadata().region());
    }

    @Test
    void parseAll_yearInTheFileName_usedUnlessSwitchedOff() {
        byte[] bytes = HEADERLESS.getBytes(StandardCharsets.UTF_8);
        assertEquals(2013, ReportParser.builder().build().parseAll(bytes, "in/national-2013-gwr.txt").reports().get(0)
                .metadata().year());
        assertNull(ReportParser.builder().yearFromFileName(false).build().parseAll(bytes, "in/national-2013-gwr.txt")
                .reports().get(0).metadata().year());
        assertNull(ReportParser.builder().build().parseAll(bytes, "gwr-2013-2014.txt").reports().get(0).metadata().year(),
                "two years in a name say nothing");
    }

    @Test
    void hint_yearOutOfRange_throws() {
        assertThrows(IllegalArgumentException.class, () -> ReportParser.builder().hint(25, null));
        assertThrows(IllegalArgumentException.class, () -> ReportParser.builder().hint(null, " "));
    }

    @Test
    void parse_parserWithoutExtractors_warnsThatNoFiguresAreRead() {
        Report r = ReportParser.builder().build().parse(HEADERLESS);
        assertTrue(r.targets().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals(ReportParser.NO_EXTRACTORS)), r.warnings().toString());
    }
}
