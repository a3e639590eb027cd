package io.github.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.text.Normalizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Masked words restored through the whole parser: warnings on the report, spans into the original. */
class RedactionEndToEndTest {

    /** A composed report whose reposted copy masks 党 and 中央八项规定, with full-width masks and CRLF. */
    private static final String TEXT = String.join("\r\n",
            "2031年青川市政府工作报告",
            "——2031年1月9日在青川市第十一届人民代表大会第二次会议上",
            "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。",
            "一、2030年工作回顾",
            "（一）深入学习贯彻Ｘ的二十大精神。一是坚持X的全面领导。二是落实中央××××精神。",
            "（二）民生保障更加有力。城镇新增就业3.2万人。",
            "二、2031年工作安排",
            "（一）推进全面从严治X。引进X射线检测设备2台。");

    @Test
    void parse_maskedWords_restoredWithWarningsSpanningTheMasks() {
        Report r = ReportParser.builder().build().parse(TEXT);
        List<Warning> ws = r.warnings().stream().filter(w -> w.code().equals("redaction-restored")).toList();
        assertEquals(List.of("Ｘ", "X", "××××", "X"), ws.stream().map(w -> w.span().of(TEXT)).toList(), ws::toString);
        assertEquals(TEXT.indexOf("Ｘ的二十大"), ws.get(0).span().start());
        Section first = r.sections().get(0).children().get(0);
        assertEquals("深入学习贯彻党的二十大精神", first.title());
        assertEquals(List.of("一是坚持党的全面领导。", "二是落实中央八项规定精神。"),
                first.items().stream().map(Enumeration::text).toList());
        Section last = r.sections().get(1).children().get(0);
        assertTrue(last.title().startsWith("推进全面从严治党"), last.title());
        assertTrue(r.sections().get(1).children().get(0).span().of(TEXT).contains("X射线"), "X射线 stays");
    }

    @Test
    void parse_gbkBytes_spansIntoTheDecodedOriginal() {
        byte[] gbk = TEXT.replace("Ｘ", "X").getBytes(java.nio.charset.Charset.forName("GBK"));
        ReportFile f = ReportParser.builder().build().parseAll(gbk, "gbk.txt");
        String original = f.original();
        List<Warning> ws = f.reports().get(0).warnings().stream()
                .filter(w -> w.code().equals("redaction-restored")).toList();
        assertEquals(4, ws.size(), ws::toString);
        for (Warning w : ws) {
            assertTrue(w.span().of(original).chars().allMatch(c -> c == 'X' || c == '×'), w::toString);
        }
        assertTrue(f.warnings().stream().noneMatch(w -> w.code().equals("redaction-restored")), "all inside the report");
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(original));
    }

    @Test
    void parse_switchOff_noWarningAndMasksKept() {
        ReportParser p = ReportParser.builder().normalizer(Normalizer.builder().restoreRedactions(false).build()).build();
        Report r = p.parse(TEXT);
        assertTrue(r.warnings().stream().noneMatch(w -> w.code().equals("redaction-restored")), r.warnings()::toString);
        assertEquals("深入学习贯彻X的二十大精神", r.sections().get(0).children().get(0).title());
    }

    @Test
    void parse_maskBeforeTheReport_isAFileWarning() {
        String text = "转载说明：X的二十大专题\n\n" + TEXT;
        ReportFile f = ReportParser.builder().build().parseAll(text);
        assertTrue(f.reports().get(0).span().start() > 5, f.reports().get(0).span()::toString);
        List<Warning> ws = f.warnings().stream().filter(w -> w.code().equals("redaction-restored")).toList();
        assertEquals(1, ws.size(), f.warnings()::toString);
        assertEquals(new Span(5, 6), ws.get(0).span());
        assertEquals(4, f.reports().get(0).warnings().stream().filter(w -> w.code().equals("redaction-restored"))
                .count());
    }
}
