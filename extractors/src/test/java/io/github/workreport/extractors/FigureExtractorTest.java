package io.github.workreport.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Achievement;
import io.github.workreport.Comparison;
import io.github.workreport.Figure;
import io.github.workreport.Measure;
import io.github.workreport.Report;
import io.github.workreport.ReportParser;
import io.github.workreport.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {

    static final ReportParser PARSER = ReportParser.builder().addExtractor(new FigureExtractor()).build();

    static final String REPORT = String.join("\n",
            "2025年青川市政府工作报告",
            "——2025年1月9日在青川市第十届人民代表大会第四次会议上",
            "各位代表：",
            "一、2024年工作回顾",
            "过去一年，预计全市地区生产总值增长5.6%左右，完成一般公共预算收入120.5亿元、增长6%，税收占比72.3%、列全省第2位。"
                    + "重点项目由年初的300个调增至412个。城乡居民人均可支配收入分别增长5%、7%。单位地区生产总值能耗下降3.1%。",
            "（一）产业发展提质增效。新增“四上”企业312家，引进500强企业项目18个，城镇新增就业3.2万人。连续12年保持增长。",
            "二、2025年工作安排",
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；规模以上工业增加值增长6%以上；"
                    + "城镇、农村居民人均可支配收入分别增长5.5%左右和6.5%以上；城镇调查失业率控制在5.5%以内；"
                    + "居民消费价格涨幅3%左右；粮食产量120万吨以上；居民收入增长与经济增长同步；完成省下达的节能减排降碳目标任务。",
            "（一）扩大有效投资。");

    static final Report R = PARSER.parse(REPORT);

    static <T extends Figure> T find(List<T> items, String indicator, String value) {
        Optional<T> f = items.stream().filter(i -> i.indicator().equals(indicator)
                && (value == null ? i.quantity() == null
                : i.quantity() != null && i.quantity().value() != null && i.quantity().value().compareTo(new BigDecimal(value)) == 0))
                .findFirst();
        assertTrue(f.isPresent(), () -> "no " + indicator + " " + value + " in " + items.stream()
                .map(i -> i.indicator() + "=" + (i.quantity() == null ? "qual" : i.quantity().value())).toList());
        return f.get();
    }

    @Test
    void extract_targetsParagraph_readsEveryTarget() {
        Target gdp = find(R.targets(), "地区生产总值", "5.5");
        assertEquals(Measure.GROWTH, gdp.measure());
        assertEquals(Comparison.APPROX, gdp.quantity().comparison());
        assertEquals("%", gdp.quantity().unit());
        assertEquals(2025, gdp.year());
        assertEquals("gdp", gdp.indicatorId());
        assertEquals(Comparison.GE, find(R.targets(), "规模以上工业增加值", "6").quantity().comparison());
        Target unemployment = find(R.targets(), "城镇调查失业率", "5.5");
        assertEquals(Measure.LEVEL, unemployment.measure());
        assertEquals(Comparison.LE, unemployment.quantity().comparison());
        Target cpi = find(R.targets(), "居民消费价格", "3");
        assertEquals(Measure.GROWTH, cpi.measure());
        Target grain = find(R.targets(), "粮食产量", "1200000");
        assertEquals("吨", grain.quantity().unit());
        assertEquals(Comparison.GE, grain.quantity().comparison());
    }

    @Test
    void extract_fenbie_distributesOverSubjects() {
        Target urban = find(R.targets(), "城镇居民人均可支配收入", "5.5");
        assertEquals(Comparison.APPROX, urban.quantity().comparison());
        Target rural = find(R.targets(), "农村居民人均可支配收入", "6.5");
        assertEquals(Comparison.GE, rural.quantity().comparison());
        assertEquals(Measure.GROWTH, rural.measure(), "the verb before 分别 governs the whole list");
        find(R.achievements(), "城镇居民人均可支配收入", "5");
        find(R.achievements(), "农村居民人均可支配收入", "7");
    }

    @Test
    void extract_qualitativeTargets_namedWithoutVerb() {
        Target income = find(R.targets(), "居民收入", null);
        assertEquals(Measure.QUALITATIVE, income.measure());
        assertNull(income.quantity());
        find(R.targets(), "节能减排降碳目标任务", null);
    }

    @Test
    void extract_review_achievementsWithEstimateAndYear() {
        Achievement gdp = find(R.achievements(), "地区生产总值", "5.6");
        assertTrue(gdp.estimated());
        assertEquals(2024, gdp.year());
        Achievement revenue = find(R.achievements(), "一般公共预算收入", "12050000000");
        assertEquals("元", revenue.quantity().unit());
        assertEquals(Measure.LEVEL, revenue.measure());
        Achievement growth = find(R.achievements(), "一般公共预算收入", "6");
        assertEquals(Measure.GROWTH, growth.measure(), "a clause without a subject carries the one before");
        Achievement energy = find(R.achievements(), "单位地区生产总值能耗", "-3.1");
        assertEquals(Measure.GROWTH, energy.measure());
        Achievement jobs = find(R.achievements(), "城镇新增就业", "32000");
        assertEquals("人", jobs.quantity().unit());
        assertFalse(jobs.estimated(), "预计 governs only its own sentence");
    }

    @Test
    void extract_ranksBaselinesNamesDurations_skipped() {
        List<String> values = R.achievements().stream().filter(a -> a.quantity() != null)
                .map(a -> a.quantity().value().stripTrailingZeros().toPlainString()).toList();
        assertFalse(values.contains("2"), "列全省第2位 is a rank");
        assertFalse(values.contains("300"), "由年初的300个 is a baseline");
        assertFalse(values.contains("500"), "500强 is a name");
        assertFalse(values.contains("12"), "连续12年 is a duration");
        find(R.achievements(), "重点项目", "412");
        find(R.achievements(), "税收占比", "72.3");
    }

    @Test
    void extract_spans_coverTheFigureInTheOriginal() {
        for (Figure f : R.figures()) {
            String original = f.span().of(REPORT);
            assertFalse(original.isEmpty());
            if (f.quantity() != null) {
                assertTrue(original.chars().anyMatch(Character::isDigit), original);
            }
        }
    }

    @Test
    void extract_fullWidthAndTraditional_sameFigures() {
        String trad = "各位代表：\n一、2024年工作回顧\n預計全市地區生產總值增長５．６％左右。";
        Report r = PARSER.parse(trad);
        Achievement gdp = find(r.achievements(), "地区生产总值", "5.6");
        assertEquals("預計全市地區生產總值增長５．６％左右", gdp.span().of(trad));
    }

    @Test
    void extract_listForms_distributeAndCount() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾", "全年办好12件民生实事，大力实施六项重点任务。",
                "二、2025年工作安排",
                "主要预期目标是：一二三产增加值分别增长3%左右、6%左右和5%左右；城镇、农村居民人均可支配收入均增长6%；"
                        + "今年经济增长预期为5%左右；常住人口城镇化率提高到60%。");
        Report r = PARSER.parse(text);
        assertEquals(Measure.GROWTH, find(r.targets(), "二产增加值", "6").measure());
        find(r.targets(), "一产增加值", "3");
        find(r.targets(), "三产增加值", "5");
        find(r.targets(), "城镇居民人均可支配收入", "6");
        find(r.targets(), "农村居民人均可支配收入", "6");
        Target growth = find(r.targets(), "经济增长", "5");
        assertEquals(Measure.GROWTH, growth.measure(), "增长预期为 states a growth rate");
        assertEquals("gdp", growth.indicatorId());
        assertEquals(Measure.LEVEL, find(r.targets(), "常住人口城镇化率", "60").measure(), "提高到 states the level reached");
        Achievement projects = find(r.achievements(), "民生实事", "12");
        assertEquals("件", projects.quantity().unit());
        assertTrue(r.achievements().stream().noneMatch(a -> a.indicator().contains("重点任务")), "六项重点任务 names a programme");
    }

    @Test
    void extract_mixedReviewAndPlanSection_sentenceDecides() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾和2025年工作的总体要求",
                "过去一年，地区生产总值比上年增长5.2%。综合分析各方面因素，今年地区生产总值增长预期为5%左右。",
                "二、扩大国内需求", "今年拟安排地方政府专项债券3000亿元。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "地区生产总值", "5.2");
        find(r.targets(), "地区生产总值", "5");
        find(r.targets(), "地方政府专项债券", "300000000000");
    }

    @Test
    void extract_shortQualitativeSentenceClosingAList_isAnItem() {
        String text = "各位代表：\n一、2024年工作回顾\n规上工业增加值增长3.5%;居民消费价格上涨0.4%。完成省下达的节能减排降碳任务。"
                + "我们坚持以人民为中心的发展思想，持续改善民生福祉，社会事业全面进步。";
        Report r = PARSER.parse(text);
        find(r.achievements(), "节能减排降碳任务", null);
        assertTrue(r.achievements().stream().noneMatch(a -> a.indicator().contains("民生")),
                "a long sentence after the list is not read for qualitative results: " + r.achievements());
    }

    @Test
    void extract_runOnHeadingWithQualitativeResult_markerNotInIndicator() {
        String text = "各位代表：\n一、2024年工作回顾\n（二）生态环境持续改善，空气质量优良天数比率达到88%。";
        Report r = PARSER.parse(text);
        assertTrue(r.achievements().stream().noneMatch(a -> a.indicator().contains(")") || a.indicator().startsWith("二")),
                r.achievements().toString());
        find(r.achievements(), "空气质量优良天数比率", "88");
        find(r.achievements(), "生态环境", null);
    }

    @Test
    void extract_glossaryAttachmentAndFootnotes_entriesWithMarkers() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾", "新增“四上”企业①120家。",
                "各位代表！让我们团结奋斗。",
                "①“四上”企业:规模以上工业企业、有资质的建筑业企业等。",
                "②“两业融合”:先进制造业和现代服务业融合发展。",
                "?“一网通办”:政务服务一个网站办理。",
                "附件", "名词解释", "[1]一降三减:降低成本，减少审批、减少收费、减少时限。", "[2]首店经济:品牌在本地开设首家门店带动的经济活动。");
        ReportParser p = ReportParser.builder().addExtractor(new FigureExtractor()).addExtractor(new GlossaryExtractor()).build();
        Report r = p.parse(text);
        assertEquals(List.of("①", "②", "?", "1", "2"), r.glossary().stream().map(g -> g.marker()).toList());
        assertEquals("四上企业", r.glossary().get(0).term());
        assertEquals("首店经济", r.glossary().get(4).term());
        assertTrue(r.glossary().get(4).span().of(text).startsWith("[2]首店经济"));
        assertEquals(List.of("①"), r.glossary().get(0).references().stream().map(x -> x.of(text)).toList(),
                "the inline marker after 四上 links to its note");
        assertTrue(r.glossary().get(3).references().isEmpty());
    }
    @Test
    void extract_glossaryWithTopicHeadingBracketedTermsAndTermThenFullStop_entries() {
        String bracketed = String.join("\n", "各位代表：", "一、2024年预算执行情况", "一般公共预算收入完成50亿元。",
                "以上报告，请予审查。", "财政名词解释", "【留抵退税】", "留抵退税是指把期末未抵扣完的税额退还给纳税人。",
                "【五个财政】", "五个财政是指财政工作的五个方面：", "1.健康财政:指财政运行良好。", "2.安全财政:指风险可控。",
                "附件：青川市预算表");
        ReportParser p = ReportParser.builder().addExtractor(new GlossaryExtractor()).build();
        Report r = p.parse(bracketed);
        assertEquals(List.of("留抵退税", "五个财政"), r.glossary().stream().map(g -> g.term()).toList());
        assertTrue(r.glossary().get(1).definition().endsWith("指风险可控。"), r.glossary().get(1).definition());
        String numbered = String.join("\n", "各位代表：", "一、2024年预算执行情况", "一般公共预算收入完成50亿元。",
                "名词解释", "1.全口径税收。全口径税收是指各级税务部门征收的全部税收。", "2.“三保”。指保基本民生、保工资、保运转。");
        Report n = p.parse(numbered);
        assertEquals(List.of("全口径税收", "三保"), n.glossary().stream().map(g -> g.term()).toList());
        assertEquals(List.of("1", "2"), n.glossary().stream().map(g -> g.marker()).toList());
    }

    @Test
    void extract_unnumberedPartHeadings_stateTheModeOfTheirPart() {
        // the review and the plan parts open with un-numbered headings; a review sentence that
        // speaks of 主要经济指标 or a 计划 keeps its figures as achievements, and the numbered
        // sections after the plan heading hold targets
        String text = String.join("\n", "2025年青川市政府工作报告", "各位代表：", "“十四五”时期发展成就和2024年工作回顾",
                "主要经济指标保持在合理区间，地区生产总值增长4.7%，固定资产投资增长4%。“人才倍增计划”引进博士120名。",
                "“十五五”时期主要目标和2025年重点工作",
                "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。",
                "一、扩大有效需求", "新开工重点项目300个以上。");
        Report r = PARSER.parse(text);
        assertEquals(2024, find(r.achievements(), "地区生产总值", "4.7").year());
        find(r.achievements(), "固定资产投资", "4");
        assertTrue(r.achievements().stream().anyMatch(a -> a.indicator().contains("博士")), r.achievements().toString());
        find(r.targets(), "地区生产总值", "5");
        assertTrue(r.targets().stream().anyMatch(t -> t.indicator().contains("重点项目")), r.targets().toString());
        assertTrue(r.targets().stream().noneMatch(t -> t.text().contains("4.7") || t.text().contains("博士")), r.targets().toString());
    }

    @Test
    void extract_reviewPartHeadingThenTargetsWithoutPlanHeading_targetsAfterTheStatement() {
        String text = String.join("\n", "各位代表：", "2024年工作回顾", "地区生产总值增长5.2%。",
                "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。", "一、扩大有效需求", "新开工重点项目300个以上。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "地区生产总值", "5.2");
        find(r.targets(), "地区生产总值", "5");
        assertTrue(r.targets().stream().anyMatch(t -> t.indicator().contains("重点项目")), "the plan part follows the "
                + "statement of targets: " + r.targets() + " / " + r.achievements());
    }
    @Test
    void extract_qualitativeTargets_subjectFirstCompletionsAndContinuingChange() {
        String text = String.join("\n", "各位代表：", "二、2025年工作安排",
                "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；努力实现居民收入增长和经济发展同步；进出口稳中向好；"
                        + "主要污染物排放量继续下降；生态环境质量保持优良；碳排放双控完成国家下达任务；"
                        + "城镇新增就业、节能减排等约束性指标完成青川市确定的目标；按照国家要求完成节能减排降碳任务；"
                        + "保持物价总水平基本稳定。");
        Report r = PARSER.parse(text);
        for (String q : List.of("居民收入", "进出口", "污染物排放量", "生态环境质量", "碳排放双控", "城镇新增就业", "节能减排", "节能减排降碳任务",
                "物价总水平")) {
            find(r.targets(), q, null);
        }
        assertEquals(10, r.targets().size(), r.targets().toString());
        assertTrue(r.achievements().isEmpty(), r.achievements().toString());
    }

    @Test
    void extract_qualitativeResults_measurableChangeOnlyNotNarrative() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "地区生产总值增长5%，城乡居民收入差距继续缩小，主要污染物排放量继续下降，地表水水质持续好转，"
                        + "经济运行呈现出稳中有进、稳中向好的发展态势，营商环境持续优化，创新能力不断增强。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "城乡居民收入差距", null);
        find(r.achievements(), "污染物排放量", null);
        find(r.achievements(), "地表水水质", null);
        assertEquals(4, r.achievements().size(), "稳中向好, 持续优化 and 不断增强 are narrative in a review: " + r.achievements());
    }
    @Test
    void extract_declineAndRecurringVerbs_signAndMeasure() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "城镇常住居民人均可支配收入年均递增12.2%。沙化土地面积年均缩减2000平方公里。行政审批事项削减44%。CPI微降0.1%。"
                        + "城镇居民人均可支配收入实际增长7%。规模以上工业企业实现利润增长31%。");
        Report r = PARSER.parse(text);
        assertEquals(Measure.GROWTH, find(r.achievements(), "城镇常住居民人均可支配收入", "12.2").measure());
        assertEquals(Measure.CHANGE, find(r.achievements(), "沙化土地面积", "-2000").measure());
        assertEquals(Measure.GROWTH, find(r.achievements(), "行政审批事项", "-44").measure());
        assertEquals(Measure.GROWTH, find(r.achievements(), "CPI", "-0.1").measure());
        assertEquals("urban_disposable_income", find(r.achievements(), "城镇居民人均可支配收入", "7").indicatorId(),
                "实际 is no part of the indicator");
        // 实现 before a noun of money or output stays (lexicon role not-after-inner-verb: 利润, 收入, 投资)
        find(r.achievements(), "规模以上工业企业实现利润", "31");
    }

    @Test
    void extract_fenbieWithoutSubject_refersBackToTheSubjectsBefore() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "城镇居民人均可支配收入11759元，农村居民人均纯收入3587元，扣除价格因素，分别比上年实际增长10.4%和7.4%。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "城镇居民人均可支配收入", "10.4");
        find(r.achievements(), "农村居民人均纯收入", "7.4");
        assertEquals(4, r.achievements().size(), r.achievements().toString());
    }
    @Test
    void extract_listWithTheUnitOnTheLastNumber_eachNumberTakesIt() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾", "东区、西区地铁日均客运量分别达1409万、1305万人次。");
        Report r = PARSER.parse(text);
        assertEquals("人次", find(r.achievements(), "东区地铁日均客运量", "14090000").quantity().unit());
        find(r.achievements(), "西区地铁日均客运量", "13050000");
    }
    @Test
    void extract_deficitSentences_baseNotIndicatorAndLowerIsNegative() {
        String text = String.join("\n", "各位代表：", "二、2026年工作安排",
                "今年赤字率拟按2.6%安排，比去年预算低0.4个百分点。赤字规模4.06万亿元，比上年年初预算增加1800亿元。");
        Report r = PARSER.parse(text);
        assertEquals(Measure.LEVEL, find(r.targets(), "赤字率", "2.6").measure());
        assertEquals(Measure.CHANGE, find(r.targets(), "赤字率", "-0.4").measure());
        assertEquals(Measure.CHANGE, find(r.targets(), "赤字规模", "180000000000").measure());
        assertTrue(r.targets().stream().noneMatch(t -> t.indicator().contains("预算")), r.targets().toString());
    }
    @Test
    void extract_agesDecimalsAndPopulation_readAsWritten() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "人均预期寿命达到79.2岁。为2.15万名劳动者追回工资2.6亿元。8亿多人口的地区实现了比较充分就业。");
        Report r = PARSER.parse(text);
        assertEquals("岁", find(r.achievements(), "人均预期寿命", "79.2").quantity().unit(), "an age, not a duration");
        assertTrue(r.achievements().stream().anyMatch(a -> a.indicator().startsWith("2.15万名劳动者")),
                "5. before a decimal digit is no list marker: " + r.achievements());
        assertTrue(r.achievements().stream().noneMatch(a -> a.indicator().startsWith("口")), "人口 is no unit 人: " + r.achievements());
    }
    @Test
    void extract_countOfAQuotedName_countsIt() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "新增5个国家生态文明示范区、3个“绿水青山就是金山银山”实践创新基地。10个“二线口岸”正式启用。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "国家生态文明示范区", "5");
        find(r.achievements(), "绿水青山就是金山银山实践创新基地", "3");
        assertTrue(r.achievements().stream().anyMatch(a -> a.indicator().startsWith("二线口岸")), r.achievements().toString());
    }
    @Test
    void extract_fenbieWithOneTrailingComparator_isTheLastValues() {
        String text = String.join("\n", "各位代表：", "二、2026年工作安排",
                "今年经济社会发展的主要预期目标是：城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右；"
                        + "规上工业增加值、固定资产投资分别增长6%、5%。");
        Report r = PARSER.parse(text);
        // 左右 after the last value is that value's (as the annotators of real reports read it)
        assertEquals(Comparison.EQ, find(r.targets(), "城镇居民人均可支配收入", "4.5").quantity().comparison());
        assertEquals(Comparison.APPROX, find(r.targets(), "农村居民人均可支配收入", "5.5").quantity().comparison());
        assertEquals(Comparison.EQ, find(r.targets(), "规上工业增加值", "6").quantity().comparison());
        // each value with its own comparator keeps it (the spec's 5.5%左右和6.5%以上)
        assertEquals(Comparison.GE, find(R.targets(), "农村居民人均可支配收入", "6.5").quantity().comparison());
        assertEquals(Comparison.APPROX, find(R.targets(), "城镇居民人均可支配收入", "5.5").quantity().comparison());
    }
    @Test
    void extract_paragraphOnThePlanDocument_targetsForThePlansLastYear() {
        String text = String.join("\n", "2026年青川省政府工作报告", "各位代表：", "二、“十五五”时期目标任务和2026年工作安排",
                "《纲要（草案）》明确了主要指标：城镇调查失业率5.5%左右，粮食综合生产能力500亿斤。",
                "今年经济社会发展的主要预期目标是：城镇调查失业率5.5%左右。");
        Report r = PARSER.parse(text);
        List<Target> rate = r.targets().stream().filter(t -> t.indicator().equals("城镇调查失业率")).toList();
        assertEquals(List.of(2026, 2030), rate.stream().map(Target::year).sorted().toList()); // the year's and the plan document's
        assertEquals(2030, find(r.targets(), "粮食综合生产能力", "50000000000").year());
    }

    @Test
    void extract_listOfBaselines_figuresAreTheLevelsReached() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "困难残疾人生活补贴标准", "217");
        find(r.achievements(), "重度残疾人护理补贴标准", "290");
        assertEquals(2, r.achievements().size(), "the baselines 209 and 280 are no figures: " + r.achievements());
    }
    @Test
    void extract_coordinatedNounPhrases_noQualitativeItem() {
        String text = String.join("\n", "各位代表：", "二、2026年工作安排",
                "今年经济社会发展的主要预期目标是：推动经济实现质的有效提升和量的合理增长，保持市场物价的基本稳定。");
        Report r = PARSER.parse(text);
        assertEquals(List.of("市场物价"), r.targets().stream().map(Target::indicator).toList());
    }
    @Test
    void extract_sharedHeadOfACoordinatedList_joinedToEachMember() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "原煤、原油、天然气产量分别增长3%、2%、6%。地表水、近岸海域水质优良比例分别达96.9%、99.7%。"
                        + "地区生产总值、一般公共预算收入分别增长5%、3%。地级及以上城市细颗粒物平均浓度下降2.7%。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "原煤产量", "3");
        find(r.achievements(), "原油产量", "2");
        find(r.achievements(), "天然气产量", "6");
        find(r.achievements(), "地表水水质优良比例", "96.9");
        find(r.achievements(), "近岸海域水质优良比例", "99.7");
        find(r.achievements(), "地区生产总值", "5");
        find(r.achievements(), "一般公共预算收入", "3");
        find(r.achievements(), "地级及以上城市细颗粒物平均浓度", "-2.7");
    }

    @Test
    void extract_ratesReachedAndWordsEndingInAVerbChar_readAsWritten() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "居民消费价格涨幅回落到2.6%。亩产提升10.1斤。农民负担平均减轻30%。贷款市场报价利率下调0.25个百分点。"
                        + "粮食产量首次跃上1.4万亿斤新台阶。淘汰落后的炼钢产能1691万吨。高等学校在校生1600万人。");
        Report r = PARSER.parse(text);
        assertEquals(Measure.GROWTH, find(r.achievements(), "居民消费价格", "2.6").measure());
        assertEquals(Measure.CHANGE, find(r.achievements(), "亩产", "10.1").measure());
        assertEquals(Measure.GROWTH, find(r.achievements(), "农民负担", "-30").measure());
        assertEquals(Measure.CHANGE, find(r.achievements(), "贷款市场报价利率", "-0.25").measure());
        find(r.achievements(), "粮食产量", "1400000000000");
        find(r.achievements(), "淘汰落后的炼钢产能", "16910000");
        find(r.achievements(), "高等学校在校生", "16000000");
    }

    @Test
    void extract_moreQualitativeTargets_bareImprovementOnlyAtTheEnd() {
        String text = String.join("\n", "各位代表：", "二、2026年工作安排",
                "今年经济社会发展的主要预期目标是：国内生产总值增长5%左右；国际收支状况改善；进出口回稳向好；"
                        + "劳动报酬增长和劳动生产率提高同步；保障和改善民生。");
        Report r = PARSER.parse(text);
        find(r.targets(), "国际收支状况", null);
        find(r.targets(), "进出口", null);
        assertTrue(r.targets().stream().anyMatch(t -> t.indicator().startsWith("劳动报酬")), r.targets().toString());
        assertEquals(4, r.targets().size(), "保障和改善民生 states no target: " + r.targets());
    }
    @Test
    void extract_valueListWithoutFenbie_distributedOverItsSubjects() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。"
                        + "城镇和农村人均住房面积32.9平方米、37.1平方米。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "城镇居民人均可支配收入", "9.8");
        find(r.achievements(), "农村居民人均纯收入", "8.5");
        find(r.achievements(), "城镇人均住房面积", "32.9");
        find(r.achievements(), "农村人均住房面积", "37.1");
        assertEquals(6, r.achievements().size(), r.achievements().toString());
    }

    @Test
    void extract_subjectInAClauseOfItsOwn_namesTheFigure() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "农村居民人均纯收入", "4.3");
    }
    @Test
    void extract_basisPeriodAndSummaryWords_noIndicatorOfTheirOwn() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "一般公共预算收入完成17亿元，按可比口径增长13%。地区生产总值达3.87万亿元，“十四五”年均增速达5.5%。"
                        + "城镇登记失业率控制在3.9%的较低水平。主要经济指标保持在合理区间，社会大局保持稳定，居民收入增长5%。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "一般公共预算收入", "13");
        assertEquals(Measure.GROWTH, find(r.achievements(), "地区生产总值", "5.5").measure());
        find(r.achievements(), "城镇登记失业率", "3.9");
        assertTrue(r.achievements().stream().noneMatch(a -> a.indicator().contains("经济指标") || a.indicator().contains("社会大局")
                || a.indicator().contains("十四五") || a.indicator().contains("可比")), r.achievements().toString());
    }
    @Test
    void extract_glossaryAttachment_noFiguresFromDefinitions() {
        String text = String.join("\n", "各位代表：", "二、2026年工作安排", "今年新开工重点项目300个以上。", "注释",
                "[1]“四上”企业：规模以上工业企业、有资质的建筑业企业等，2025年全市共有1200家。", "附件",
                "2026年十件民生实事：新建学校10所。");
        Report r = PARSER.parse(text);
        assertTrue(r.targets().stream().noneMatch(t -> t.text().contains("1200")), r.targets().toString());
        assertTrue(r.targets().stream().anyMatch(t -> t.text().contains("300")), r.targets().toString());
        assertTrue(r.targets().stream().anyMatch(t -> t.text().contains("10所")), "a later attachment is read again: "
                + r.targets());
    }
    @Test
    void extract_compressedPairsAndLeadingComparator_distributed() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元。"
                        + "文化及相关产业、旅游及相关产业增加值占地区生产总值比重分别超过2%、5%。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "银行机构本外币存款余额", "38700000000000");
        find(r.achievements(), "银行机构本外币贷款余额", "29900000000000");
        assertEquals(Comparison.GT, find(r.achievements(), "文化及相关产业增加值占地区生产总值比重", "2").quantity().comparison());
        assertEquals(Comparison.GT, find(r.achievements(), "旅游及相关产业增加值占地区生产总值比重", "5").quantity().comparison());
    }
    @Test
    void extract_countWithoutAUnit_unitFromWhatItCounts() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "农村贫困人口减少1240万，新增第四代移动通信用户3.4亿。财政收入增长6亿。");
        Report r = PARSER.parse(text);
        Achievement poor = find(r.achievements(), "农村贫困人口", "-12400000");
        assertEquals("人", poor.quantity().unit());
        assertEquals(Measure.CHANGE, poor.measure());
        assertEquals("户", find(r.achievements(), "新增第四代移动通信用户", "340000000").quantity().unit());
        assertTrue(r.achievements().stream().noneMatch(a -> a.indicator().contains("财政收入")),
                "no unit is guessed for what is not a count of people or households: " + r.achievements());
    }
    @Test
    void extract_unitsBuAndWei_countsNotRanks() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "制定修订地方性法规12部。9位科学家增选为两院院士。规模以上工业增加值增速连续30个月居全国前10位。");
        Report r = PARSER.parse(text);
        assertEquals("部", find(r.achievements(), "制定修订地方性法规", "12").quantity().unit());
        assertTrue(r.achievements().stream().anyMatch(a -> a.indicator().startsWith("科学家")), r.achievements().toString());
        assertTrue(r.achievements().stream().noneMatch(a -> a.text().contains("10位")), "a rank is no figure: " + r.achievements());
    }
    @Test
    void extract_keyProjectsCountsAndBeneficiaries_readAsCounts() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "实施500个重点项目。育儿补贴惠及12万人。74个重点城市细颗粒物(PM2.5)年均浓度下降9.1%。抓好3个重点。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "重点项目", "500");
        find(r.achievements(), "育儿补贴", "120000");
        assertTrue(r.achievements().stream().anyMatch(a -> a.quantity() != null
                && a.quantity().value().compareTo(new BigDecimal("-9.1")) == 0), r.achievements().toString());
        assertTrue(r.achievements().stream().noneMatch(a -> a.quantity() != null
                && a.quantity().value().abs().compareTo(new BigDecimal("74")) == 0), "74 counts the cities of the figure: "
                + r.achievements());
        assertTrue(r.achievements().stream().noneMatch(a -> a.indicator().equals("重点")), r.achievements().toString());
    }
    @Test
    void extract_steadyResultsInAReview_qualitativeWithAProperSubject() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "地区生产总值增长5%，居民消费价格总体平稳，就业形势持续向好，经济运行总体平稳。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "居民消费价格", null);
        find(r.achievements(), "就业形势", null);
        assertEquals(3, r.achievements().size(), "经济运行 is a summary, no indicator: " + r.achievements());
    }
    @Test
    void extract_hedgedHigherGoal_sameSubjectsAndMeasure() {
        String text = String.join("\n", "各位代表：", "二、2026年工作安排",
                "今年经济社会发展的主要预期目标是：地区生产总值增长6%，力争7%；城乡居民人均可支配收入分别增长6%和7%，力争7%和8%。");
        Report r = PARSER.parse(text);
        assertEquals(Measure.GROWTH, find(r.targets(), "地区生产总值", "7").measure());
        assertEquals(2, r.targets().stream().filter(t -> t.indicator().equals("城镇居民人均可支配收入")).count(), r.targets().toString());
        find(r.targets(), "农村居民人均可支配收入", "8");
    }
    @Test
    void extract_targetsParagraphOfSeveralSentences_qualitativeItemsInEach() {
        String text = String.join("\n", "各位代表：", "二、2026年工作安排",
                "经济社会发展的主要预期目标是：地区生产总值增长3.5%左右。固定资产投资扭转下滑态势，实现正增长。"
                        + "社会消费品零售总额增长6.5%左右。城镇新增就业人数，城镇登记失业率、节能减排、安全生产等约束性指标完成青川市确定的目标。");
        Report r = PARSER.parse(text);
        find(r.targets(), "固定资产投资", null);
        // a list before 等约束性指标 names the indicators: one qualitative target each
        find(r.targets(), "城镇登记失业率", null);
        find(r.targets(), "安全生产", null);
        assertEquals(6, r.targets().size(), r.targets().toString());
    }
    @Test
    void extract_adverbialsBeforeTheVerb_cutAndAtLeastIsAMinimum() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾", "经济增长连续四年达到或略高于10%。财政赤字率一直控制在3%以内。",
                "二、2025年工作安排", "单位地区生产总值能耗至少下降3%。把居民消费价格涨幅控制在3.5%左右。");
        Report r = PARSER.parse(text);
        Achievement g = find(r.achievements(), "经济增长", "10");
        assertEquals(Measure.GROWTH, g.measure());
        assertEquals(Comparison.GE, g.quantity().comparison());
        find(r.achievements(), "财政赤字率", "3");
        assertEquals(Comparison.LE, find(r.targets(), "单位地区生产总值能耗", "-3").quantity().comparison());
        find(r.targets(), "居民消费价格", "3.5");
    }
    @Test
    void extract_bareCountOfPeopleNamedAfterIt_readWithItsUnit() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "6600多万纳税人受益。8000多万农业转移人口成为城镇居民。作为一个13亿多人口的大国，我们坚持就业优先。");
        Report r = PARSER.parse(text);
        assertEquals("人", find(r.achievements(), "纳税人受益", "66000000").quantity().unit());
        find(r.achievements(), "农业转移人口成为城镇居民", "80000000");
        assertEquals(2, r.achievements().size(), "13亿多人口的大国 describes a country: " + r.achievements());
    }
    @Test
    void extract_countOfACountedThing_namedAfterIt() {
        String text = String.join("\n", "各位代表：", "一、2024年工作回顾",
                "开展21个主题133项文旅商融合促消费活动。培育3个万亿级和7个千亿级产业集群。");
        Report r = PARSER.parse(text);
        find(r.achievements(), "文旅商融合促消费活动主题", "21");
        find(r.achievements(), "文旅商融合促消费活动", "133");
        find(r.achievements(), "万亿级产业集群", "3");
        find(r.achievements(), "千亿级产业集群", "7");
    }
    @Test
    void extract_mixedSectionParagraphOpeners_reviewAndPlan() {
        String text = String.join("\n", "各位代表：", "一、2025年工作回顾", "地区生产总值增长5%。",
                "二、“十四五”时期发展成就和“十五五”时期主要目标任务", "这五年，我们培育形成7个千亿级产业集群。",
                "“十五五”时期，全市新建学校100所。");
        Report r = PARSER.parse(text);
        assertEquals(2025, find(r.achievements(), "千亿级产业集群", "7").year(), "a paragraph opened by 这五年 reviews");
        assertTrue(r.targets().stream().anyMatch(t -> t.text().contains("100所")), "the rest of the mixed section plans: "
                + r.targets());
    }

    @Test
    void extract_targetsUnderLaterPlanTitle_haveThePlansLastYear() {
        String text = String.join("\n", "2026年青川市政府工作报告", "各位代表：", "一、2025年工作回顾", "地区生产总值增长5%。",
                "二、“十五五”时期主要目标任务", "常住人口城镇化率达到68%，城镇调查失业率控制在5.5%左右。",
                "三、2026年工作安排", "今年主要预期目标是：城镇调查失业率控制在5.5%左右，新建学校12所。",
                "四、推动“十五五”开好局", "新建幼儿园8所。");
        Report r = PARSER.parse(text);
        assertEquals(2030, find(r.targets(), "常住人口城镇化率", "68").year(), "a target under a later plan's title is for its last year");
        assertEquals(List.of(2026, 2030), r.targets().stream().filter(t -> t.indicator().equals("城镇调查失业率"))
                .map(t -> t.year()).sorted().toList(), "the plan's rate and the year's rate are two targets");
        assertEquals(2026, find(r.targets(), "新建学校", "12").year(), "the year's targets after a targets cue");
        assertEquals(2026, find(r.targets(), "新建幼儿园", "8").year(), "a title on the plan's opening is the year's");
    }

    @Test
    void extract_budgetSideUnderAccountTitle_namesTheAccount() {
        String text = String.join("\n", "青川市2025年预算执行情况与2026年预算草案的报告", "一、2025年预算执行情况",
                "（二）国有资本经营预算执行情况", "收入完成3.2亿元，增长5%。支出预算调整为2.9亿元，实际完成2.8亿元。",
                "（三）社会保险基金预算执行情况", "经营主体总量接近80万户。商业服务业等支出1.2亿元。");
        Report r = PARSER.parse(text);
        assertEquals("国有资本经营预算收入", find(r.achievements(), "国有资本经营预算收入", "320000000").indicator());
        assertEquals("国有资本经营预算支出", find(r.achievements(), "国有资本经营预算支出", "280000000").indicator(),
                "the stage is no part of the carried account");
        assertTrue(r.achievements().stream().noneMatch(a -> a.indicator().contains("社会保险") && a.quantity().unit().equals("户")),
                "a count is no account's figure: " + r.achievements());
        assertEquals("商业服务业等支出", find(r.achievements(), "商业服务业等支出", "120000000").indicator(),
                "a budget category with 等 keeps its name");
    }
}
