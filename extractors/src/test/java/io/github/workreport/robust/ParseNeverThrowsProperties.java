package io.github.workreport.robust;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random and mutated text and bytes never make {@code parseAll} throw, and every result keeps the
 * {@link Invariants} (nothing lost, spans inside their report). An exception fails the property
 * with jqwik's shrunk counterexample.
 */
class ParseNeverThrowsProperties {

    private static final ReportParser PARSER = ReportParser.defaults();

    @Property(tries = 150)
    void parseAll_anyString_neverThrowsAndLosesNothing(@ForAll("anyText") String text) {
        ReportFile f = PARSER.parseAll(text);
        Invariants.check(f, "random text");
    }

    @Property(tries = 150)
    void parseAll_anyBytes_neverThrowsAndLosesNothing(@ForAll byte[] bytes) {
        ReportFile f = PARSER.parseAll(bytes, "<random>");
        Invariants.check(f, "random bytes");
    }

    @Property(tries = 150)
    void parseAll_reportShapedNoise_neverThrowsAndLosesNothing(@ForAll("reportShaped") String text) {
        Invariants.check(PARSER.parseAll(text), "report-shaped text");
        Invariants.check(PARSER.parseAll(text.getBytes(StandardCharsets.UTF_8), "<utf8>"), "report-shaped bytes");
    }

    @Property(tries = 120)
    void parseAll_mutatedReport_neverThrowsAndLosesNothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int edits) {
        Random rnd = new Random(seed);
        String text = rnd.nextBoolean() ? Reports.report(rnd, 2 + rnd.nextInt(3))
                : Reports.compilation(rnd, 1 + rnd.nextInt(3), 2 + rnd.nextInt(2));
        String mutated = new Mutator(seed).mutate(text, edits);
        Invariants.check(PARSER.parseAll(mutated), "seed " + seed + " edits " + edits);
    }

    @Property(tries = 80)
    void parseAll_mutatedReportBytes_neverThrowsAndLosesNothing(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int edits) {
        Random rnd = new Random(seed);
        byte[] bytes = new Mutator(seed).mutateBytes(Reports.report(rnd, 3), edits);
        Invariants.check(PARSER.parseAll(bytes, "<mutated>"), "bytes seed " + seed + " edits " + edits);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    /** Strings made of the tokens the structure and figure readers react to. */
    @Provide
    Arbitrary<String> reportShaped() {
        Arbitrary<String> token = Arbitraries.of("一、", "二、", "（一）", "(二)", "1.", "(1)", "①", "第一部分", "政府工作报告",
                "关于", "计划", "预算", "的报告", "——", "2025年1月9日", "在", "第十届人民代表大会第四次会议上", "市长", "李明远",
                "各位代表：", "目录", "……5", "地区生产总值", "增长", "5.5", "%", "左右", "以上", "以内", "分别", "、", "预计",
                "亿元", "万人", "。", "，", "；", "\n", "\n", "\n", "\r\n", " ", "\u3000", "\f", "名词解释", "注：", "一是", "二是",
                "（", "）", "(", ")", "９", "萬", "經濟", "(jīng)", "打印本页", "第2页", "0", "12", "2024");
        return token.list().ofMaxSize(120).map(l -> String.join("", l));
    }
}
