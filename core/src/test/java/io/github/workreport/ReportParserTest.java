package io.github.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.spi.Extractor;
import io.github.workreport.spi.Findings;
import io.github.workreport.spi.ReportContext;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportParserTest {

    private final ReportParser parser = ReportParser.builder().build();

    @Test
    void parse_cityReport_readsMetadata() {
        ReportMetadata m = parser.parse(Fixtures.CITY_REPORT).metadata();
        assertEquals("2025年青川市政府工作报告", m.title());
        assertEquals("青川市", m.region());
        assertEquals(AdminLevel.COUNTY, m.level(), "青川市 is not a prefecture-level city");
        assertEquals(2025, m.year());
        assertEquals(ReportKind.GOVERNMENT_WORK_REPORT, m.kind());
        assertEquals(LocalDate.of(2025, 1, 9), m.date());
        assertEquals("青川市第十届人民代表大会第四次会议", m.meeting());
        assertEquals("李明远", m.speaker());
        assertEquals("市长", m.office());
    }

    @Test
    void parse_cityReport_buildsTwoLevelTree() {
        Report r = parser.parse(Fixtures.CITY_REPORT);
        List<Section> top = r.sections();
        assertEquals(List.of("一", "二", "三"), top.stream().map(Section::number).toList());
        assertEquals("2024年工作回顾", top.get(0).title());
        assertEquals(2, top.get(0).children().size());
        assertEquals(3, top.get(1).children().size());
        assertEquals(0, top.get(2).children().size());
        Section first = top.get(0).children().get(0);
        assertEquals("一", first.number());
        assertEquals("产业发展提质增效", first.title(), "a heading running on into its paragraph keeps its first sentence");
        assertEquals(2, first.level());
    }

    @Test
    void parse_sections_spansPointIntoOriginal() {
        Report r = parser.parse(Fixtures.CITY_REPORT);
        for (Section s : r.allSections()) {
            String heading = s.headingSpan().of(Fixtures.CITY_REPORT);
            assertTrue(heading.contains(s.number()), heading);
            assertTrue(s.span().contains(s.headingSpan()));
            assertTrue(r.span().contains(s.span()));
        }
    }

    @Test
    void parse_planReportInDecember_yearIsNextYear() {
        Report r = parser.parse(Fixtures.COUNTY_PLAN);
        ReportMetadata m = r.metadata();
        assertEquals(ReportKind.PLAN_REPORT, m.kind());
        assertEquals("云溪县", m.region());
        assertEquals(AdminLevel.COUNTY, m.level());
        assertEquals(2025, m.year());
        assertEquals(LocalDate.of(2024, 12, 18), m.date());
        assertEquals("云溪县发展和改革局", m.office());
        assertEquals("关于云溪县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", m.title());
    }

    @Test
    void parse_listItemsTwoStylesDown_areNotSections() {
        Report r = parser.parse(Fixtures.COUNTY_PLAN);
        Section plan = r.sections().get(1);
        assertEquals(2, plan.children().size(), "1./2. items under 二、 are list items when (一) is the second level");
        assertEquals("主要任务", plan.children().get(0).title());
    }

    @Test
    void parseAll_compilation_findsEachReport() {
        String two = Fixtures.CITY_REPORT + "\n" + Fixtures.COUNTY_PLAN;
        ReportFile f = parser.parseAll(two);
        assertEquals(2, f.reports().size());
        assertEquals("青川市", f.reports().get(0).metadata().region());
        assertEquals("云溪县", f.reports().get(1).metadata().region());
        assertEquals(f.reports().get(0).span().end(), f.reports().get(1).span().start());
    }

    @Test
    void parseAll_tableOfContents_isSetAside() {
        String toc = "目 录\n1.2025年青川市政府工作报告 1\n2.关于云溪县计划执行情况的报告 23\n3.2025年预算报告 41\n";
        ReportFile f = parser.parseAll(toc + Fixtures.CITY_REPORT);
        assertEquals(1, f.reports().size());
        assertTrue(f.noise().stream().anyMatch(n -> n.kind() == Noise.Kind.TABLE_OF_CONTENTS
                && n.span().start() == 0), f.noise().toString());
        assertEquals(toc.length(), f.reports().get(0).span().start());
    }

    @Test
    void parseAll_repeatedCopy_isSetAsideAsDuplicate() {
        ReportFile f = parser.parseAll(Fixtures.CITY_REPORT + "\n" + Fixtures.CITY_REPORT);
        assertEquals(1, f.reports().size());
        assertTrue(f.noise().stream().anyMatch(n -> n.kind() == Noise.Kind.DUPLICATE));
    }

    @Test
    void partition_anyInput_coversOriginalExactlyInOrder() {
        String text = "浏览次数：12\n" + Fixtures.CITY_REPORT + "\n" + Fixtures.COUNTY_PLAN;
        ReportFile f = parser.parseAll(text);
        int pos = 0;
        for (ReportFile.Piece p : f.partition()) {
            assertEquals(pos, p.span().start());
            assertTrue(p.span().end() > p.span().start());
            pos = p.span().end();
        }
        assertEquals(text.length(), pos);
    }

    @Test
    void parse_numberingGap_warnsWithSpan() {
        String text = "一、甲\n正文。\n二、乙\n正文。\n四、丁\n正文。";
        Report r = parser.parse(text);
        assertEquals(3, r.sections().size());
        Warning w = r.warnings().stream().filter(x -> x.code().equals("numbering-gap")).findFirst().orElseThrow();
        assertEquals("四、丁", w.span().of(text));
    }

    @Test
    void parse_headingWrappedOntoShortLine_keepsWholeTitle() {
        String text = "一、过去一年工作回顾\n正文。\n二、有力有效实施积极的财政政策，为强省会建设\n提供坚强财政保障\n（一）加强统筹\n正文。";
        Report r = parser.parse(text);
        assertEquals("有力有效实施积极的财政政策,为强省会建设提供坚强财政保障", r.sections().get(1).title());
        assertEquals(1, r.sections().get(1).children().size());
    }

    @Test
    void parse_tableRowNumberedLikeHeading_isNoSection() {
        String text = "一、过去一年工作回顾\n正文。\n二、今年工作安排\n正文。\n三、教育支出  5656\n四、卫生健康支出  5143";
        Report r = parser.parse(text);
        assertEquals(2, r.sections().size());
    }

    @Test
    void parse_noTitle_warnsAndLeavesTitleNull() {
        Report r = parser.parse("各位代表：\n一、过去一年工作回顾\n全市经济平稳。");
        assertNull(r.metadata().title());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("missing-title")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("missing-date")));
    }

    @Test
    void parse_emptyInput_givesEmptyReportWithWarning() {
        Report r = parser.parse("");
        assertTrue(r.sections().isEmpty());
        assertFalse(r.warnings().isEmpty());
    }

    @Test
    void parse_gbkBytes_decodesAndParses() {
        byte[] gbk = Fixtures.CITY_REPORT.getBytes(Charset.forName("GBK"));
        ReportFile f = parser.parseAll(gbk, "gbk.txt");
        assertEquals("青川市", f.reports().get(0).metadata().region());
        assertTrue(f.charset().startsWith("GB"), f.charset());
        byte[] utf8 = Fixtures.CITY_REPORT.getBytes(StandardCharsets.UTF_8);
        assertEquals("UTF-8", parser.parseAll(utf8, "utf8.txt").charset());
    }

    @Test
    void build_extractorRequiringMissingType_failsWithClearMessage() {
        Extractor needsTargets = new TestExtractor("needs-targets", Set.of(), Set.of(Target.class));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReportParser.builder().addExtractor(needsTargets).build());
        assertTrue(e.getMessage().contains("needs-targets") && e.getMessage().contains("Target"), e.getMessage());
    }

    @Test
    void build_extractorsInOrder_requirementSatisfied() {
        Extractor provides = new TestExtractor("provides", Set.of(Target.class), Set.of());
        Extractor needs = new TestExtractor("needs", Set.of(), Set.of(Target.class));
        ReportParser p = ReportParser.builder().addExtractor(provides).addExtractor(needs).build();
        assertEquals(List.of("provides", "needs"), p.extractors().stream().map(Extractor::name).toList());
    }

    @Test
    void builder_settingTwice_isIllegalState() {
        ReportParser.Builder b = ReportParser.builder().maxChars(10);
        assertThrows(IllegalStateException.class, () -> b.maxChars(20));
        assertThrows(IllegalArgumentException.class, () -> ReportParser.builder().maxChars(0));
    }

    @Test
    void builder_duplicateExtractorName_rejected() {
        ReportParser.Builder b = ReportParser.builder().addExtractor(new TestExtractor("x", Set.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> b.addExtractor(new TestExtractor("x", Set.of(), Set.of())));
    }

    @Test
    void parse_failingExtractor_becomesWarning() {
        Extractor boom = new Extractor() {
            @Override
            public String name() {
                return "boom";
            }

            @Override
            public Set<Class<?>> provides() {
                return Set.of();
            }

            @Override
            public Findings extract(ReportContext context) {
                throw new IllegalStateException("kaputt");
            }
        };
        Report r = ReportParser.builder().addExtractor(boom).build().parse(Fixtures.CITY_REPORT);
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("extractor-failed") && w.message().contains("kaputt")));
    }

    @Test
    void parse_contextSeesSectionsAndEnumerations() {
        String text = Fixtures.CITY_REPORT.replace("规上工业增加值增长7.2%，", "一是工业增长较快。二是服务业回暖。三是消费改善。");
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();
        Extractor probe = new TestExtractor("probe", Set.of(String.class), Set.of()) {
            @Override
            public Findings extract(ReportContext ctx) {
                int at = ctx.text().indexOf("二是");
                List<Section> path = ctx.sectionsAt(at);
                seen.set(path.get(0).number() + "/" + path.get(1).number() + "/" + ctx.enumerations().size() + "/"
                        + ctx.enumerations().get(1).ordinal());
                return Findings.empty();
            }
        };
        ReportParser.builder().addExtractor(probe).build().parse(text);
        assertEquals("一/一/3/二是", seen.get());
    }

    @Test
    void parse_enumerations_areItemsOfTheirSection() {
        String text = "一、工作回顾\n（一）稳增长。一是工业增长较快。二是服务业回暖。三是消费改善。\n（二）惠民生。";
        Report r = parser.parse(text);
        Section first = r.sections().get(0).children().get(0);
        assertEquals(List.of("一是", "二是", "三是"), first.items().stream().map(Enumeration::ordinal).toList());
        assertTrue(r.sections().get(0).items().isEmpty(), "items belong to the innermost section");
        assertEquals("二是服务业回暖。", first.items().get(1).span().of(text));
        assertEquals(2, r.sections().get(0).children().size(), "一是/二是 are not sections");
    }

    @Test
    void parse_enumerationLostOrdinal_warns() {
        String text = "一、工作回顾\n一是工业增长较快。二是服务业回暖。三是消费改善。是积极扩大开放。";
        Report r = parser.parse(text);
        Warning w = r.warnings().stream().filter(x -> x.code().equals("enumeration-ordinal-missing")).findFirst().orElseThrow();
        assertTrue(w.span().of(text).startsWith("是积极扩大开放"), w.span().of(text));
    }

    @Test
    void parse_listItemsWithGap_warnButStayListItems() {
        String text = "一、目标\n（一）主要指标\n（二）主要任务\n二、预期目标\n1.甲增长5%;\n2.乙增长6%;\n4.丁增长7%;\n（一）措施";
        Report r = parser.parse(text);
        assertEquals(1, r.sections().get(1).children().size());
        Warning w = r.warnings().stream().filter(x -> x.code().equals("list-numbering-gap")).findFirst().orElseThrow();
        assertTrue(w.span().of(text).startsWith("4.丁"), w.span().of(text));
    }

    @Test
    void parseAll_relatedArticleTitle_isNotAReport() {
        String links = "相关阅读\n代表热议政府工作报告\n2025年1月10日\n解读政府工作报告中的民生亮点\n";
        ReportFile f = parser.parseAll(Fixtures.CITY_REPORT + "\n" + links);
        assertEquals(1, f.reports().size());
        assertTrue(f.noise().stream().anyMatch(n -> n.detail().equals("title without a report body")), f.noise().toString());
    }

    private static class TestExtractor implements Extractor {
        private final String name;
        private final Set<Class<?>> provides;
        private final Set<Class<?>> requires;

        TestExtractor(String name, Set<Class<?>> provides, Set<Class<?>> requires) {
            this.name = name;
            this.provides = provides;
            this.requires = requires;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<Class<?>> provides() {
            return provides;
        }

        @Override
        public Set<Class<?>> requires() {
            return requires;
        }

        @Override
        public Findings extract(ReportContext context) {
            return Findings.empty();
        }
    }
}
