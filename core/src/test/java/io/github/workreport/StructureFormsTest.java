package io.github.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heading, title and date forms seen in real reports, on composed passages. */
class StructureFormsTest {

    private final ReportParser parser = ReportParser.builder().build();

    @Test
    void parse_letterSpacedTitleAndChineseDate_read() {
        String text = String.join("\n",
                "政 府 工 作 报 告",
                "——二〇二五年一月二十日在云溪县第八届人民代表大会第五次会议上",
                "云溪县人民政府县长  张  明",
                "各位代表：",
                "一、2024年工作回顾",
                "全县经济稳中有进。");
        ReportMetadata m = parser.parse(text).metadata();
        assertEquals("政府工作报告", m.title());
        assertEquals(LocalDate.of(2025, 1, 20), m.date());
        assertEquals("云溪县", m.region());
        assertEquals(AdminLevel.COUNTY, m.level());
        assertEquals(2025, m.year());
        assertEquals("张明", m.speaker());
    }

    @Test
    void parse_fullWidthParenthesisedDateLine_read() {
        String text = String.join("\n",
                "2025年青山区政府工作报告",
                "（２０２５年１月１５日在青山区第三届人民代表大会第四次会议上）",
                "各位代表：",
                "一、2024年工作回顾",
                "全区经济稳中有进。");
        ReportMetadata m = parser.parse(text).metadata();
        assertEquals(LocalDate.of(2025, 1, 15), m.date());
        assertEquals("青山区", m.region());
        assertEquals(AdminLevel.DISTRICT, m.level());
        assertEquals("青山区第三届人民代表大会第四次会议", m.meeting());
    }

    @Test
    void parse_autonomousRegionAndNational_levels() {
        String region = "2025年内蒙古自治区政府工作报告\n——2025年1月14日在内蒙古自治区第十四届人民代表大会第三次会议上\n各位代表：\n一、工作回顾\n正文。";
        assertEquals("内蒙古自治区", parser.parse(region).metadata().region());
        assertEquals(AdminLevel.PROVINCE, parser.parse(region).metadata().level());
        String national = "政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n国务院总理 李某\n各位代表：\n一、工作回顾\n正文。";
        ReportMetadata m = parser.parse(national).metadata();
        assertEquals("全国", m.region());
        assertEquals(AdminLevel.NATIONAL, m.level());
        assertEquals("第十四届全国人民代表大会第三次会议", m.meeting());
    }

    @Test
    void parse_titleBrokenOverLines_joined() {
        String text = String.join("\n",
                "2025年青川市政府",
                "工作报告",
                "——2025年1月9日在青川市第十届人民代表大会第四次会议上",
                "各位代表：",
                "一、2024年工作回顾",
                "正文。");
        assertEquals("2025年青川市政府工作报告", parser.parse(text).metadata().title());
    }

    @Test
    void parse_partHeadingsAboveChineseNumerals_nested() {
        String text = String.join("\n",
                "各位代表：",
                "第一部分 过去五年的工作",
                "一、经济实力明显增强",
                "正文。",
                "二、改革开放深入推进",
                "正文。",
                "第二部分 今后五年的目标",
                "一、主要目标",
                "正文。");
        Report r = parser.parse(text);
        assertEquals(List.of("一", "二"), r.sections().stream().map(Section::number).toList());
        assertEquals("过去五年的工作", r.sections().get(0).title());
        assertEquals(2, r.sections().get(0).children().size());
        assertEquals("主要目标", r.sections().get(1).children().get(0).title());
    }

    @Test
    void parse_numeralAloneThenTitleOnNextLine_oneHeading() {
        String text = "各位代表：\n一、\n2024年工作回顾\n正文。\n二、\n2025年工作安排\n正文。";
        Report r = parser.parse(text);
        assertEquals(List.of("2024年工作回顾", "2025年工作安排"), r.sections().stream().map(Section::title).toList());
    }

    @Test
    void parse_numeralAloneBeforeAHeadingOrAttachments_takesNoTitleFromIt() {
        // (二) alone, then a line that is a heading itself (第一部分, titled by the line after it) or
        // the start of the attachments: neither is its title, and no section reaches past its parent
        for (String next : List.of("第一部分\n经济社会发展主要目标\n正文。", "名词解释\n1.新质生产力:指创新起主导作用的生产力。")) {
            String text = "各位代表：\n一、2024年工作回顾\n正文一。\n(一)稳增长\n正文二。\n(二)\f" + next;
            Report r = parser.parse(text);
            assertNested(r.sections());
            assertTrue(r.sections().stream().flatMap(s -> s.children().stream()).noneMatch(c -> c.title().equals("第一部分")
                    || c.title().equals("名词解释")), next);
        }
    }

    private static void assertNested(List<Section> sections) {
        for (Section p : sections) {
            for (Section c : p.children()) {
                assertTrue(p.span().start() <= c.span().start() && c.span().end() <= p.span().end(),
                        c.title() + " " + c.span() + " outside " + p.title() + " " + p.span());
            }
            assertNested(p.children());
        }
    }

    @Test
    void parse_arabicAndCircledStyles_nestInOrder() {
        String text = String.join("\n",
                "各位代表：",
                "一、主要任务",
                "（一）扩大内需",
                "1.促进消费",
                "（1）发放消费券",
                "①家电以旧换新",
                "2.扩大投资",
                "（二）稳定外需",
                "二、保障措施");
        Report r = parser.parse(text);
        Section first = r.sections().get(0);
        Section sub = first.children().get(0);
        assertEquals(2, sub.children().size());
        assertEquals("促进消费", sub.children().get(0).title());
        assertEquals(3, sub.children().get(0).children().get(0).level() - 1);
        assertEquals("家电以旧换新", sub.children().get(0).children().get(0).children().get(0).title());
    }

    @Test
    void parse_topLevelIsHighestStylePresent() {
        String text = "各位代表：\n（一）放大政策效应\n正文。\n（二）建设产业体系\n正文。";
        Report r = parser.parse(text);
        assertEquals(2, r.sections().size());
        assertEquals(1, r.sections().get(0).level());
        assertEquals("放大政策效应", r.sections().get(0).title());
    }

    @Test
    void parse_headingBrokenByHardWrap_titleWhole() {
        String wrapped = "各位代表：\n一、坚持稳中求进，推动经济运行持续回升向好，切实增强发展的\n"
                + "内生动力。全年地区生产总值增长5%。\n二、今年工作安排\n正文。";
        Report r = parser.parse(wrapped);
        assertEquals("坚持稳中求进,推动经济运行持续回升向好,切实增强发展的内生动力", r.sections().get(0).title());
    }

    @Test
    void parse_noTitleNoDate_fieldsNullWithWarnings() {
        Report r = parser.parse("各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、工作回顾\n正文。");
        assertNull(r.metadata().date());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("missing-date")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("missing-region")));
        assertNull(r.metadata().region());
    }
    @Test
    void parse_runOnSubheadingsInOnePartStandaloneInAnother_eachPartKeepsItsOwn() {
        StringBuilder b = new StringBuilder("各位代表：\n一、2024年工作回顾\n");
        String[] n = {"一", "二", "三", "四", "五", "六", "七", "八"};
        for (int i = 0; i < 3; i++) {
            b.append("（").append(n[i]).append("）加强宏观调控，促进经济平稳发展。我们实行积极的财政政策，效果明显。\n");
        }
        b.append("二、2025年工作安排\n");
        for (int i = 0; i < 8; i++) {
            b.append("（").append(n[i]).append("）提高调控水平\n今年要扎实推进各项工作。\n");
        }
        var sections = parser.parse(b.toString()).sections();
        assertEquals(2, sections.size());
        assertEquals(3, sections.get(0).children().size(), "run-on sub-headings of the review part");
        assertEquals(8, sections.get(1).children().size());
    }

    @Test
    void parse_longTitleCutAtSupplementaryCharacter_keepsThePairWhole() {
        // the title is cut at 120 characters; a supplementary character straddling the cut goes whole
        String title = "甲".repeat(119) + "\uD842\uDFB7" + "乙".repeat(30);
        Report r = parser.parse("政府工作报告\n各位代表：\n一、" + title + "\n正文。");
        String got = r.sections().get(0).title();
        assertEquals("甲".repeat(119), got);
    }

    @Test
    void parse_numberingRestartsUnderPartHeading_bothRunsAreTopLevel() {
        String para = "全年各项工作稳步推进，主要指标完成良好，人民生活持续改善，社会大局保持稳定。".repeat(9);
        String text = String.join("\n",
                "政府工作报告", "——1960年3月30日在第二届全国人民代表大会第二次会议上", "各位代表：",
                "关于国内建设", "一、工业生产", para, "二、农业生产", para, "三、交通运输", para,
                "关于外交工作", "一、同社会主义国家的关系", para, "二、同亚非国家的关系", para);
        Report r = parser.parse(text);
        assertEquals(List.of("一", "二", "三", "一", "二"), r.sections().stream().map(Section::number).toList());
        assertEquals("同社会主义国家的关系", r.sections().get(3).title());
        assertTrue(r.warnings().stream().noneMatch(w -> w.code().startsWith("numbering")), r.warnings().toString());
    }

    @Test
    void parse_runOnLessonsThenPartHeadingAndIntroThenTasks_bothRunsAreTopLevel() {
        // 五年经验 一、…五、 run on into their paragraph; a part heading, a paragraph introducing the
        // tasks, then 十项任务 一、…三、 on lines of their own: two runs, each voted on its own
        String para = "全年各项工作稳步推进，主要指标完成良好，人民生活持续改善，社会大局保持稳定。".repeat(9);
        String text = String.join("\n",
                "政府工作报告", "——1990年3月20日在第七届全国人民代表大会第三次会议上", "各位代表：",
                "一、坚持把发展放在首位。" + para, "二、坚持改革开放不动摇。" + para, "三、坚持从实际出发。" + para,
                "今后五年的目标、方针和任务", "根据上述方针，今后五年要努力完成以下各项任务。",
                "一、大力发展农业生产。", para, "二、加快科学技术进步。", para, "三、深化企业改革。", para);
        Report r = parser.parse(text);
        assertEquals(List.of("一", "二", "三", "一", "二", "三"), r.sections().stream().map(Section::number).toList());
        assertEquals("坚持把发展放在首位", r.sections().get(0).title());
        assertEquals("大力发展农业生产", r.sections().get(3).title());
    }

    @Test
    void parse_numberingRestartsAfterABareNumberLine_noPartHeadingFound() {
        // a bare (三) line is a number, not a part heading: the run inside the section stays a list
        String para = "全年各项工作稳步推进，主要指标完成良好，人民生活持续改善，社会大局保持稳定。".repeat(9);
        String text = String.join("\n",
                "政府工作报告", "——1990年3月20日在第七届全国人民代表大会第三次会议上", "各位代表：",
                "一、过去五年的回顾", para, "二、今后五年的基本任务", "（一）", "稳定经济。", "（二）", "改善生活。",
                "上述各项任务紧密联系。", "一、确定适度的增长速度，保持经济稳定增长。" + para,
                "二、合理调整投资结构，提高投资效益。" + para, "三、对外开放", para);
        Report r = parser.parse(text);
        assertEquals(List.of("一", "二", "三"), r.sections().stream().map(Section::number).toList());
    }

    @Test
    void parse_tableRowsNumberedAgainAfterATableTitle_noNewSections() {
        String para = "全年各项工作稳步推进，主要指标完成良好，人民生活持续改善，社会大局保持稳定。".repeat(9);
        String text = String.join("\n",
                "关于青川市2024年预算执行情况和2025年预算草案的报告", "各位代表：",
                "一、2024年预算执行情况", para, "二、2025年预算草案", para,
                "2025年市级一般公共预算支出表", "一、一般公共服务支出  1250090  1410093", "二、国防支出  24952  17417",
                "三、教育支出  2579870  2629276");
        Report r = parser.parse(text);
        assertEquals(List.of("一", "二"), r.sections().stream().map(Section::number).toList());
    }

    @Test
    void parse_pageContentsListingTheReportAndAttachmentsAfterItsClosingFormula_onlyTheReportsParts() {
        String para = "全年各项工作稳步推进，主要指标完成良好，人民生活持续改善，社会大局保持稳定。".repeat(9);
        String text = String.join("\n",
                "政府预算", "目 录",
                "一、财政预算报告(关于青川市2024年地方财政预算执行情况和2025年地方财政预算草案的报告)",
                "二、青川市本级2025年三公经费公开", "三、2025年财政名词解释",
                "关于青川市2024年地方财政预算执行情况和2025年地方财政预算草案的报告(书面)", "青川市财政局", "各位代表：",
                "一、2024年预算执行情况", para, "二、2025年预算草案", para, "以上报告，请予审查。",
                "“三公”经费口径说明", "一、“三公”经费是指因公出国（境）费、公务用车购置及运行费、公务接待费。",
                "二、“三公”经费预算数是指各部门从年初预算批复中安排的数额。");
        Report r = parser.parse(text);
        assertEquals(List.of("一", "二"), r.sections().stream().map(Section::number).toList());
        assertEquals("2024年预算执行情况", r.sections().get(0).title());
        assertEquals("关于青川市2024年地方财政预算执行情况和2025年地方财政预算草案的报告(书面)", r.metadata().title());
        assertEquals("青川市", r.metadata().region());
    }

    @Test
    void parse_reportThatAsksForReviewInItsOpening_keepsItsParts() {
        String para = "全年各项工作稳步推进，主要指标完成良好，人民生活持续改善，社会大局保持稳定。".repeat(9);
        String text = String.join("\n", "政府工作报告", "各位代表：", "我代表市人民政府，向大会作政府工作报告，请予审议。",
                "一、过去一年的工作", para, "二、今年的主要任务", para);
        assertEquals(List.of("一", "二"), parser.parse(text).sections().stream().map(Section::number).toList());
    }
}
