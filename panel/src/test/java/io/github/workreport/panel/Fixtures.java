package io.github.workreport.panel;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.extractors.FigureExtractor;
import java.nio.charset.StandardCharsets;

/** Short composed reports (invented text, invented figures) and a parser for them. */
final class Fixtures {

    static final ReportParser PARSER = ReportParser.builder().addExtractor(new FigureExtractor()).build();

    private Fixtures() {
    }

    static ReportFile parse(String source, String text) {
        return PARSER.parseAll(text.getBytes(StandardCharsets.UTF_8), source);
    }

    /** A work report of 青川市 for {@code year}: the review of the year before, then the targets. */
    static String workReport(int year, String review, String targets) {
        return year + "年青川市政府工作报告\n"
                + "——" + year + "年1月10日在青川市第十届人民代表大会第三次会议上\n"
                + "市长 韩立川\n各位代表：\n"
                + "一、" + (year - 1) + "年工作回顾\n" + review + "\n"
                + "二、" + year + "年工作安排\n" + targets + "\n";
    }

    /** A plan report of 青川市 for {@code year}: 执行情况 of the year before, then the plan. */
    static String planReport(int year, String review, String targets) {
        return "关于青川市" + (year - 1) + "年国民经济和社会发展计划执行情况与" + year + "年计划草案的报告\n"
                + "——" + year + "年1月10日在青川市第十届人民代表大会第三次会议上\n"
                + "青川市发展和改革委员会\n各位代表：\n"
                + "一、" + (year - 1) + "年国民经济和社会发展计划执行情况\n" + review + "\n"
                + "二、" + year + "年经济社会发展的主要目标\n" + targets + "\n";
    }
}
