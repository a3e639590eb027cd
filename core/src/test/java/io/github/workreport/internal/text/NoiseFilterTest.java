package io.github.workreport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Noise;
import io.github.workreport.Span;
import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import io.github.workreport.text.OnlyStep;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NoiseFilterTest {

    private final Normalizer n = OnlyStep.of("noise");

    private static List<String> removed(NormalizedText t) {
        return t.noise().stream().map(x -> x.kind() + ":" + x.span().of(t.original())).collect(Collectors.toList());
    }

    @Test
    void apply_webViewerToolbar_removedLineByLine() {
        String in = "下载\n打印\n全屏\n收藏\n【字号:\n加大\n还原\n减小\n】\n2030年某市政府工作报告\n"
                + "——2030年1月5日在某市第一届人民代表大会第一次会议上\n来源:某市日报\n各位代表:\n现在,我代表市人民政府报告工作。\n相关报道:";
        NormalizedText t = n.normalize(in);
        assertEquals("2030年某市政府工作报告\n——2030年1月5日在某市第一届人民代表大会第一次会议上\n各位代表:\n现在,我代表市人民政府报告工作。\n",
                t.text());
        assertEquals(11, t.noise().size());
        assertTrue(t.noise().stream().allMatch(x -> x.kind() == Noise.Kind.WEB_CHROME));
        assertEquals(new Span(0, 3), t.noise().get(0).span()); // 下载 with its line break
        int s = t.text().indexOf("各位代表");
        int o = in.indexOf("各位代表");
        assertEquals(new Span(o, o + 4), t.toOriginal(s, s + 4));
    }

    @Test
    void apply_sourceDateViewCountLine_removedButReportDateLineKept() {
        String in = "关于某市2029年计划执行情况的报告\n信息来源:秘书处 发布日期:2030-01-17 浏览次数: 字号: [小] [中] [大]\n"
                + "——2030年1月16日在某市人民代表大会上\n2030-01-31 11:24\n时间:2030-02-12";
        NormalizedText t = n.normalize(in);
        assertEquals("关于某市2029年计划执行情况的报告\n——2030年1月16日在某市人民代表大会上\n", t.text());
    }

    @Test
    void apply_breadcrumbCommentsAndScript_removed() {
        String in = "<!--\n-->\n当前位置: 首页>> 要闻\n正文第一段。\n<!--\nfunction turnpage(p){ document.all(\"x\").innerHTML = 1;}\n-->\n"
                + "(责任编辑: 某某\n)\n【E-mail推荐\n】\n上一页  1  2  3  下一页\n正文第二段。";
        NormalizedText t = n.normalize(in);
        assertEquals("正文第一段。\n正文第二段。", t.text());
        List<String> r = removed(t);
        assertEquals("MARKUP:<!--\n-->\n", r.get(0));
        assertTrue(r.contains("WEB_CHROME:当前位置: 首页>> 要闻\n"), r.toString());
        int s = t.text().indexOf("第二段");
        int o = in.indexOf("第二段");
        assertEquals(new Span(o, o + 3), t.toOriginal(s, s + 3));
    }

    @Test
    void apply_spamLineAndWatermark_removedAsAdvertising() {
        String in = "精品视频_在线观看福利_国产日韩一区二区_久久影院\n积极争创全国更多资料+【公众号:某某】\n营商环境创新城市。"
                + "实施改造项目20个,更多资料uk:xx整理,开工项目15个。";
        NormalizedText t = n.normalize(in);
        assertEquals("积极争创全国\n营商环境创新城市。实施改造项目20个,,开工项目15个。", t.text());
        assertEquals(List.of("ADVERTISING:精品视频_在线观看福利_国产日韩一区二区_久久影院\n", "ADVERTISING:更多资料+【公众号:某某】",
                "ADVERTISING:更多资料uk:xx整理"), removed(t));
    }

    @Test
    void apply_pdfPageHeadersNumbersAndFormFeeds_removed() {
        StringBuilder b = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            b.append("某市人民政府公报  2030年第1期\n");
            b.append("第").append(p).append("页的正文,句子在页末被切\n");
            b.append(p).append("\f\n");
        }
        b.append("某市人民政府公报  2030年第1期\n最后一页。");
        String in = b.toString();
        NormalizedText t = n.normalize(in);
        // the first header does not follow a form feed: it stays
        assertEquals("某市人民政府公报  2030年第1期\n第1页的正文,句子在页末被切\n第2页的正文,句子在页末被切\n第3页的正文,句子在页末被切\n最后一页。",
                t.text());
        assertEquals(6, t.noise().size());
        assertTrue(t.noise().stream().allMatch(x -> x.kind() == Noise.Kind.PAGE_FURNITURE));
        assertEquals("1\f\n", t.noise().get(0).span().of(in));
    }

    @Test
    void apply_reportLines_kept() {
        String in = "政 府 工 作 报 告\n——2030年1月10日在某市第十七届人民代表大会第三次会议上\n市长 某某\n各位代表:\n"
                + "一、2029年工作回顾\n(一)坚持科创引领。\n1.全年完成投资100亿元。\n中\n2030年1月10日\n";
        NormalizedText t = n.normalize(in);
        // a lone 中 is a font-size switch; everything else is report text
        assertEquals(in.replace("\n中\n", "\n"), t.text());
    }

    @Test
    void apply_photoCaption_removedEvenWhenNamingTheReport() {
        String in = "某省省长作政府工作报告。 某某日报记者 某某 摄\n政府工作报告\n各位代表:";
        NormalizedText t = n.normalize(in);
        assertEquals("政府工作报告\n各位代表:", t.text());
        assertEquals(List.of("WEB_CHROME:某省省长作政府工作报告。 某某日报记者 某某 摄\n"), removed(t));
    }

    @Test
    void apply_formFeedInsideLine_becomesLineBreak() {
        NormalizedText t = n.normalize("上一页末尾\f下一页开头");
        assertEquals("上一页末尾\n下一页开头", t.text());
        assertTrue(t.noise().isEmpty());
    }
}
