package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Span;
import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import io.github.workreport.text.OnlyStep;
import org.junit.jupiter.api.Test;

class LineUnwrapFilterTest {

    private final Normalizer n = OnlyStep.of("unwrap");

    /** A hard-wrapped page: every line 20 characters, sentences running over line ends. */
    private static String wrapped(String heading, String body, int width) {
        StringBuilder b = new StringBuilder(heading).append('\n');
        for (int i = 0; i < body.length(); i += width) {
            b.append(body, i, Math.min(body.length(), i + width)).append('\n');
        }
        return b.toString();
    }

    private static final String BODY = "今年全市经济运行总体平稳稳中有进,地区生产总值增长百分之五左右,"
            + "规模以上工业增加值增长百分之六,固定资产投资增长百分之四,社会消费品零售总额增长百分之五,"
            + "一般公共预算收入增长百分之三,城乡居民人均可支配收入分别增长百分之五和百分之六,"
            + "居民消费价格涨幅控制在百分之二左右,完成节能减排降碳约束性指标和环境质量改善目标任务,"
            + "各项社会事业全面进步,人民生活水平不断提高。";

    @Test
    void apply_hardWrappedParagraph_rejoined() {
        String in = wrapped("一、2029年工作回顾", BODY, 20);
        NormalizedText t = n.normalize(in);
        assertEquals("一、2029年工作回顾\n" + BODY + "\n", t.text());
        // a word that ran over a line end maps back to both halves
        int o = in.indexOf("增长百分之五左右");
        int s = t.text().indexOf("增长百分之五左右");
        Span word = t.toOriginal(s, s + 8);
        assertEquals(o, word.start());
        assertEquals("增长百分之五左右", word.of(in).replace("\n", ""));
        int cut = 20 + "一、2029年工作回顾\n".length(); // the first removed line break
        assertEquals("\n", in.substring(cut, cut + 1));
        int before = cut - "一、2029年工作回顾\n".length() - 1;
        Span across = t.toOriginal("一、2029年工作回顾\n".length() + before, "一、2029年工作回顾\n".length() + before + 2);
        assertEquals(new Span(cut - 1, cut + 2), across);
    }

    @Test
    void apply_headingsAndListItems_keptOnTheirLines() {
        String in = wrapped("一、总体要求", BODY, 20) + "(一)坚持科创引领\n" + wrapped("1.稳步提升创新能力", BODY, 20);
        String out = n.normalize(in).text();
        assertTrue(out.contains("\n(一)坚持科创引领\n1.稳步提升创新能力\n今年"), out);
        assertTrue(out.startsWith("一、总体要求\n今年"), out);
    }

    @Test
    void apply_webTextOneParagraphPerLine_unchanged() {
        String in = "各位代表:\n" + BODY + "\n" + BODY.substring(0, 60) + "。\n二、2030年主要工作\n" + BODY + "\n";
        NormalizedText t = n.normalize(in);
        assertEquals(in, t.text());
        assertTrue(t.maps().isEmpty());
    }

    @Test
    void apply_longParagraphCutByPageBreak_rejoined() {
        String first = BODY.substring(0, 100);
        String in = "各位代表:\n" + first + "\n" + BODY.substring(100) + "\n二、主要工作\n";
        assertEquals("各位代表:\n" + BODY + "\n二、主要工作\n", n.normalize(in).text());
    }

    @Test
    void apply_asciiWordsAcrossBreak_joinedWithSpace() {
        String body = BODY.substring(0, 90) + "Asia Pacific Economic Cooperation会议" + BODY.substring(90);
        int cut = body.indexOf("Pacific") + 3;
        String in = "各位代表:\n" + body.substring(0, cut) + "\n" + body.substring(cut) + "\n";
        String out = n.normalize(in).text();
        assertTrue(out.contains("Pac ific"), out);
    }

    @Test
    void apply_groupThatWouldFormAChromeLine_leftApartAndStable() {
        // a spam line of a scraped page, then body lines cut without sentence ends: joining all of
        // them would build one long spam line (no 。, underscores, spam words), so none is joined,
        // and a second run decides the same (it once joined them when the line grew past a length cap)
        String spam = "各位代表,现在我代表市人民政府,各位代表,现在我代表市人民政府,各位代表,现在我代表市人民政府,"
                + "各位代表,现在我代表市人民政府,各位代表,现在我代表市人民政府精品视频_在线观看_久久福利";
        String in = spam + "\n现在,我代表市人民政府向大会报告工作；请予审议,并请市政协委员提出意见\n现在,我代表市人民政府";
        NormalizedText once = n.normalize(in);
        assertEquals(in, once.text());
        assertEquals(once.text(), n.normalize(once.text()).text());
    }

    @Test
    void apply_joinedLineWiderThanTheWrapWidth_notJoinedAgainOnASecondRun() {
        // a hard-wrapped page (lines of 20 characters); A is cut and joined with the short B;
        // B is not full width, so B and C stay apart. A second run sees AB, far wider than the
        // wrap width: that is no wrapped line, so it must not be joined with C either.
        String full = "全市经济运行总体平稳，主要经济指标好于预期。\n".repeat(12);
        String in = full + "城乡居民人均可支配收入分别增长百分之五和百\n分之六，财政收入增长5.2%\n规模以上工业增加值增长百分之六。\n";
        NormalizedText once = n.normalize(in);
        assertEquals(full + "城乡居民人均可支配收入分别增长百分之五和百分之六，财政收入增长5.2%\n规模以上工业增加值增长百分之六。\n",
                once.text());
        assertEquals(once.text(), n.normalize(once.text()).text());
    }

    @Test
    void apply_wrappedTextFollowedByWideTable_wrapsJoinedInTheirBlock() {
        // the text's lines share a width, but the table rows after them are wider than it and too
        // many for the document to count as hard-wrapped: the block of text is judged on its own
        String body = "全市经济运行总体平稳稳中有进地区生产总值增长百分之五左右".repeat(90) + "。"; // no commas: only the width joins
        StringBuilder in = new StringBuilder(wrapped("一、2029年工作回顾", body, 20));
        for (int i = 0; i < LineUnwrapFilter.BLOCK + 30; i++) {
            // rows of scattered widths, most wider than the text's lines
            in.append("第").append(i).append("项    预算收入").append("合计金额".repeat(3 + i * 7 % 11)).append("    ").append(1000 + i)
                    .append("亿元\n");
        }
        String out = n.normalize(in.toString()).text();
        assertTrue(out.startsWith("一、2029年工作回顾\n" + body.substring(0, 2000)), out.substring(0, 300));
        assertTrue(out.contains("\n第0项    预算收入"), "the table rows stay lines of their own");
    }

    @Test
    void wrapWidths_documentWithAWidth_sameForEveryLine() {
        int[] widths = new int[300];
        java.util.Arrays.fill(widths, 40);
        int[] w = LineUnwrapFilter.wrapWidths(widths);
        assertTrue(java.util.Arrays.stream(w).allMatch(x -> x == w[0] && x >= 40));
    }
}
