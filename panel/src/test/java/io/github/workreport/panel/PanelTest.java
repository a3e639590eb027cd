package io.github.workreport.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.ReportFile;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The panel of composed reports: linking, duplicates, stretch goals, revisions, sources. */
class PanelTest {

    static final ReportFile R2020 = Fixtures.parse("qc-2020.txt", Fixtures.workReport(2020,
            "预计全市地区生产总值增长5.9%，城镇新增就业2.8万人。",
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，力争7%，城镇新增就业3万人以上，"
                    + "城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。“十四五”期间地区生产总值年均增长6%。"));
    static final ReportFile R2021 = Fixtures.parse("qc-2021.txt", Fixtures.workReport(2021,
            "全市地区生产总值增长6.1%，城镇新增就业2.9万人，城镇调查失业率5.2%，居民消费价格上涨2.4%。",
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业3万人以上。"));

    static Optional<PanelRow> row(Panel p, String id, int year) {
        return p.rows().stream().filter(r -> r.indicatorId().equals(id) && r.year() == year && r.period() == null)
                .findFirst();
    }

    @Test
    void targetAndNextYearsResult_oneRowMetWithBothSources() {
        Panel p = Panel.of(List.of(R2020, R2021));
        PanelRow gdp = row(p, "gdp", 2020).orElseThrow();
        assertEquals(0, new BigDecimal("6").compareTo(gdp.targetValue()));
        assertEquals("approx", gdp.target().comparator());
        assertEquals(0, new BigDecimal("6.1").compareTo(gdp.resultValue()));
        assertEquals(Status.MET, gdp.status());
        assertEquals(0, new BigDecimal("0.1").compareTo(gdp.gap()));
        assertEquals("qc-2020.txt", gdp.target().source().file());
        assertEquals("qc-2021.txt", gdp.result().source().file());
        String original = R2021.original();
        Source s = gdp.result().source();
        assertTrue(original.substring(s.start(), s.end()).contains("6.1%"), original.substring(s.start(), s.end()));
    }

    @Test
    void hedgedHigherGoal_isTheStretchNotTheTarget() {
        PanelRow gdp = row(Panel.of(List.of(R2020)), "gdp", 2020).orElseThrow();
        assertEquals(0, new BigDecimal("6").compareTo(gdp.targetValue()));
        assertEquals(0, new BigDecimal("7").compareTo(gdp.targetStretch()));
        Source s = gdp.targetStretchSource();
        assertTrue(R2020.original().substring(s.start(), s.end()).contains("力争7%"));
        assertNull(gdp.notes());
    }

    @Test
    void directionDecides_jobsUnemploymentPrices() {
        Panel p = Panel.of(List.of(R2020, R2021));
        assertEquals(Status.MISSED, row(p, "new_urban_jobs", 2020).orElseThrow().status()); // 2.9万 < 3万以上
        assertEquals(Status.MET, row(p, "urban_unemployment_surveyed", 2020).orElseThrow().status()); // 5.2 ≤ 5.5
        assertEquals(Status.MET, row(p, "cpi", 2020).orElseThrow().status()); // 2.4 under the 3% ceiling
        assertEquals(Status.NO_RESULT, row(p, "gdp", 2021).orElseThrow().status());
        PanelRow y2019 = row(p, "gdp", 2019).orElseThrow();
        assertEquals(Status.NO_TARGET, y2019.status());
        assertTrue(y2019.result().estimated());
    }

    @Test
    void fiveYearTarget_isItsOwnRow() {
        Panel p = Panel.of(List.of(R2020));
        List<PanelRow> gdp = p.rows().stream().filter(r -> r.indicatorId().equals("gdp")).toList();
        PanelRow fy = gdp.stream().filter(r -> r.period() != null).findFirst().orElseThrow();
        assertEquals(2021, fy.periodStart());
        assertEquals(2025, fy.periodEnd());
        assertEquals(2025, fy.year());
        assertTrue(gdp.stream().anyMatch(r -> r.period() == null && r.year() == 2020));
    }

    @Test
    void workAndPlanReport_sameTarget_oneRowTwoSources() {
        ReportFile plan = Fixtures.parse("qc-2020-plan.txt", Fixtures.planReport(2020,
                "全市地区生产总值增长5.9%。",
                "全市地区生产总值增长6%左右，城镇新增就业3万人以上。"));
        Panel p = Panel.of(List.of(plan, R2020)); // input order does not matter: the work report comes first
        PanelRow gdp = row(p, "gdp", 2020).orElseThrow();
        assertEquals(2, gdp.target().sources().size(), gdp.target().sources().toString());
        assertEquals("qc-2020.txt", gdp.target().source().file());
        assertEquals("qc-2020-plan.txt", gdp.target().sources().get(1).file());
        assertEquals(1, p.rows().stream().filter(r -> r.key().equals(gdp.key())).count());
    }

    @Test
    void laterDifferentResult_isTheRevisionNotAnOverwrite() {
        // the plan report of the same year, read after the work report, gives another figure
        ReportFile plan = Fixtures.parse("qc-2021-plan.txt", Fixtures.planReport(2021,
                "全市地区生产总值增长6.3%。",
                "全市地区生产总值增长6.5%左右。"));
        Panel p = Panel.of(List.of(plan, R2021, R2020));
        PanelRow gdp = row(p, "gdp", 2020).orElseThrow();
        assertEquals(0, new BigDecimal("6.1").compareTo(gdp.resultValue()), "the first report's result stays");
        assertNotNull(gdp.resultRevised(), "the later figure is kept beside it");
        assertEquals(0, new BigDecimal("6.3").compareTo(gdp.resultRevised().value()));
        assertEquals("qc-2021-plan.txt", gdp.resultRevised().source().file());
        PanelRow next = row(p, "gdp", 2021).orElseThrow();
        assertEquals(2, next.target().sources().size(), "6.5%左右 in both reports of 2021");
    }

    @Test
    void csv_hasTheRequiredColumnsAndIntegerYears() throws IOException {
        StringWriter w = new StringWriter();
        PanelCsv.write(Panel.of(List.of(R2020, R2021)), w);
        String[] lines = w.toString().split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        for (String c : List.of("region", "regionCode", "level", "indicatorId", "indicator", "unit", "year", "periodStart",
                "periodEnd", "target_value", "target_low", "target_high", "target_comparator", "target_stretch",
                "target_source", "result_value", "result_estimated", "result_source", "status")) {
            assertTrue(header.contains(c), c);
        }
        int year = header.indexOf("year");
        for (int i = 1; i < lines.length; i++) {
            String y = lines[i].split(",", -1)[year];
            assertTrue(y.matches("\\d{4}"), lines[i]);
        }
        assertTrue(w.toString().contains("qc-2021.txt#0@"), "sources are file#report@start-end");
    }

    @Test
    void html_isSelfContainedWithChartsAndTable() {
        String html = PanelHtml.render(Panel.of(List.of(R2020, R2021)), "t");
        assertTrue(html.contains("<svg"));
        assertTrue(html.contains("<table class=\"panel\">"));
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "no network");
        assertFalse(html.contains("<script"));
    }

    @Test
    void json_namesEverySource() throws IOException {
        StringWriter w = new StringWriter();
        PanelJson.write(Panel.of(List.of(R2020, R2021)), w, false);
        assertTrue(w.toString().contains("\"sources\":[{\"file\":\"qc-2020.txt\",\"report\":0,"), w.toString());
    }

    /** A composed national pair in the style of the late 1990s: 经济增长速度, 通货膨胀率, then the next review. */
    @Test
    void nationalPair_olderWording_linkedAndJudged() {
        ReportFile y1 = Fixtures.parse("cn-1998.txt", "1998年政府工作报告\n——1998年3月5日在第九届全国人民代表大会第一次会议上\n"
                + "国务院总理 某某\n各位代表：\n一、过去一年的工作\n国内生产总值比上年增长8.8%。\n二、今年的主要任务\n"
                + "今年经济增长速度预期为8%，通货膨胀率控制在3%以下，城镇登记失业率控制在3.5%左右。\n");
        ReportFile y2 = Fixtures.parse("cn-1999.txt", "1999年政府工作报告\n——1999年3月5日在第九届全国人民代表大会第二次会议上\n"
                + "国务院总理 某某\n各位代表：\n一、1998年工作回顾\n国内生产总值比上年增长7.8%，居民消费价格下降0.8%，"
                + "年末城镇登记失业率为3.1%。\n二、1999年的主要任务\n今年经济增长速度预期为7%左右。\n");
        Panel p = Panel.of(List.of(y2, y1));
        PanelRow gdp = row(p, "gdp", 1998).orElseThrow();
        assertEquals("全国", gdp.region());
        assertEquals("100000", gdp.regionCode());
        assertEquals(0, new BigDecimal("8").compareTo(gdp.targetValue()));
        assertEquals(0, new BigDecimal("7.8").compareTo(gdp.resultValue()));
        assertEquals(Status.MISSED, gdp.status());
        PanelRow cpi = row(p, "cpi", 1998).orElseThrow();
        assertEquals(0, new BigDecimal("-0.8").compareTo(cpi.resultValue()));
        assertEquals(Status.MET, cpi.status());
        assertEquals(Status.MET, row(p, "urban_unemployment_registered", 1998).orElseThrow().status());
    }

    @Test
    void periodOfOtherBasis_isANoteNotTheTarget() {
        io.github.workreport.Quantity six = io.github.workreport.Quantity.of(new BigDecimal("6"), "%",
                io.github.workreport.Comparison.APPROX);
        io.github.workreport.Quantity thirty = io.github.workreport.Quantity.of(new BigDecimal("30"), "%",
                io.github.workreport.Comparison.EQ);
        io.github.workreport.Target avg = new io.github.workreport.Target("地区生产总值", "gdp",
                io.github.workreport.Measure.GROWTH, six, 2025, false, "年均增长6%左右", new io.github.workreport.Span(10, 20),
                List.of(), new io.github.workreport.Period(2021, 2025, io.github.workreport.Period.Basis.AVERAGE));
        io.github.workreport.Target cum = new io.github.workreport.Target("地区生产总值", "gdp",
                io.github.workreport.Measure.GROWTH, thirty, 2025, false, "累计增长30%", new io.github.workreport.Span(30, 40),
                List.of(), new io.github.workreport.Period(2021, 2025, io.github.workreport.Period.Basis.CUMULATIVE));
        io.github.workreport.Report r = new io.github.workreport.Report(new io.github.workreport.Span(0, 50),
                new io.github.workreport.ReportMetadata(null, "甲市", null, 2021,
                        io.github.workreport.ReportKind.GOVERNMENT_WORK_REPORT, null, null, null, null),
                List.of(), List.of(avg, cum), List.of(), List.of(), List.of());
        ReportFile f = new ReportFile("f", null, io.github.workreport.text.NormalizedText.unchanged("x".repeat(50)),
                List.of(r), List.of(), List.of());
        List<PanelRow> rows = Panel.of(List.of(f)).rows();
        assertEquals(1, rows.size());
        assertEquals(io.github.workreport.Period.Basis.AVERAGE, rows.get(0).period().basis());
        assertEquals(0, new BigDecimal("6").compareTo(rows.get(0).targetValue()));
        assertNull(rows.get(0).targetRevised());
        assertTrue(rows.get(0).notes().contains("cumulative"), rows.get(0).notes());
    }
}
