package io.github.workreport.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial shapes: each finishes within a generous time bound at full size with every
 * {@link Invariants invariant} kept, and its time grows about linearly (parsing 4n units takes
 * less than {@value #MAX_RATIO} times as long as n units; min of two runs after a warm-up, re-measured
 * up to three times when the machine is busy,
 * so that JIT compilation and GC noise do not count).
 */
class AdversarialShapesTest {

    private static final ReportParser PARSER = ReportParser.defaults();
    static final double MAX_RATIO = 8.0;
    private static final int ATTEMPTS = 3;
    /** Below this the measurement is noise; a shape this fast at 4n is linear enough. */
    private static final long FLOOR_NANOS = 40_000_000L;

    /** name, generator of n units, full n (the size the issue asks for), n for the ratio test. */
    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("headings 一、", n -> repeat(n, i -> "一、标题\n"), 100_000, 5_000),
                shape("headings (一) numbered", n -> repeat(n, i -> "(" + Num.cn(i % 99 + 1) + ")标题\n"), 100_000, 3_000),
                shape("headings （一） full-width", n -> repeat(n, i -> "（一）加大政策力度，经济运行回升向好。\n"), 100_000, 5_000),
                shape("one line of 5 MB", n -> repeat(n, i -> "地区生产总值增长5%，"), 500_000, 5_000),
                shape("nested brackets (", n -> "(".repeat(n) + "增长5%" + ")".repeat(n), 10_000, 40_000),
                shape("nested brackets （", n -> "（".repeat(n) + "增长5%" + "）".repeat(n), 10_000, 80_000),
                shape("unclosed brackets", n -> "(（[【".repeat(n) + "地区生产总值增长5%", 10_000, 20_000),
                shape("分别增长5%、 run", n -> "城乡居民人均可支配收入" + "分别增长5%、".repeat(n) + "。", 100_000, 3_000),
                shape("digit run", n -> "地区生产总值达到" + "9".repeat(n) + "亿元。", 1_000_000, 200_000),
                shape("digit run with dots", n -> "增长" + "1.".repeat(n) + "%。", 200_000, 50_000),
                shape("各位代表 lines", n -> repeat(n, i -> "各位代表：\n"), 100_000, 10_000),
                shape("title-like lines", n -> repeat(n, i -> "2024年某市政府工作报告\n"), 100_000, 5_000),
                shape("confirmed titles with bodies", AdversarialShapesTest::titlesWithBodies, 10_000, 0),
                shape("table of contents", n -> "目录\n" + repeat(n, i -> "第" + i + "章　某项工作……………" + (i % 900 + 1) + "\n")
                        + "2025年青川市政府工作报告\n各位代表：\n一、回顾\n", 10_000, 5_000),
                shape("预计 sentences", n -> repeat(n, i -> "预计全年地区生产总值增长5%左右。" + (i % 10 == 9 ? "\n" : "")), 100_000,
                        3_000),
                // figure sentences whose other clauses are read as qualitative items, in a long text without colons
                shape("figures with qualitative clauses", n -> repeat(n, i -> "地区生产总值增长5%，居民收入与经济增长同步，生态环境持续改善。"
                        + (i % 10 == 9 ? "\n" : "")), 50_000, 3_000),
                shape("一是二是 enumerations", n -> repeat(n, i -> "一是" + "扩大投资；二是提振消费；" + (i % 20 == 19 ? "\n" : "")),
                        50_000, 5_000),
                shape("blank lines and CR", n -> "\r\n".repeat(n) + "\r".repeat(n) + "\f".repeat(n), 300_000, 20_000),
                shape("pinyin annotations", n -> repeat(n, i -> "经(jīng)济(jì)"), 100_000, 20_000),
                shape("dates and meetings", n -> repeat(n, i -> "——2025年1月9日在第十届人民代表大会第四次会议上\n"), 50_000, 3_000),
                shape("footnote markers", n -> repeat(n, i -> "①名词：解释。［1］注释。\n"), 50_000, 2_000));
    }

    private static Arguments shape(String name, IntFunction<String> make, int full, int small) {
        return Arguments.of(name, make, full, small);
    }

    private static String repeat(int n, IntFunction<String> unit) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(unit.apply(i));
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void parseAll_adversarialShapeFullSize_finishesAndLosesNothing(String name, IntFunction<String> make, int full, int small) {
        String text = make.apply(full);
        // 60 s for inputs of up to 5 M characters: about 12 µs a character, far above the real cost
        ReportFile f = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PARSER.parseAll(text), name);
        Invariants.check(f, name);
    }

    /** n reports, each a title line and a body line of its own (the duplicate check compares each with the earlier ones). */
    static String titlesWithBodies(int n) {
        return repeat(n, i -> "2024年某市政府工作报告\n各位代表：第" + i + "号文本，现在报告有关工作情况，地区生产总值增长" + i % 9
                + "%，请予审议。\n");
    }

    @Test
    void parseAll_manyConfirmedTitlesWithBodies_timeLinearInSize() {
        assertLinear("confirmed titles with bodies", titlesWithBodies(4_000), titlesWithBodies(16_000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void parseAll_adversarialShape_timeLinearInSize(String name, IntFunction<String> make, int full, int small) {
        Assumptions.assumeTrue(small > 0, "measured in its own test");
        assertLinear(name, make.apply(small), make.apply(small * 4));
    }

    /**
     * Asserts that b (4 times a) parses in less than {@link #MAX_RATIO} times a's time. A machine
     * under load can spoil one measurement; a ratio at or above the limit is measured again (up
     * to {@link #ATTEMPTS} times) and fails only when every attempt is above it: a quadratic step
     * is above it every time.
     */
    private static void assertLinear(String name, String a, String b) {
        PARSER.parseAll(a); // warm-up (b is measured as a minimum, which leaves out its first run's cost)
        String last = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long ta = minTime(a, 2);
            long tb = minTime(b, 2);
            double ratio = (double) tb / Math.max(1, ta);
            System.out.printf("shape %-30s %8d chars %6.1f ms  4n %7.1f ms  ratio %.2f (attempt %d)%n", name, a.length(),
                    ta / 1e6, tb / 1e6, ratio, attempt);
            if (tb < FLOOR_NANOS || ratio < MAX_RATIO) {
                return;
            }
            last = name + ": " + a.length() + " chars took " + ta / 1_000_000 + " ms, " + b.length() + " chars took "
                    + tb / 1_000_000 + " ms, ratio " + ratio + " (quadratic is ~16)";
        }
        fail(last + ", in each of " + ATTEMPTS + " attempts");
    }

    static long minTime(String text, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            PARSER.parseAll(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    /** Chinese numerals 1..99 for heading numbers. */
    static final class Num {
        private static final String D = "零一二三四五六七八九";

        static String cn(int i) {
            if (i < 10) {
                return String.valueOf(D.charAt(i));
            }
            int t = i / 10;
            int u = i % 10;
            return (t == 1 ? "" : String.valueOf(D.charAt(t))) + "十" + (u == 0 ? "" : String.valueOf(D.charAt(u)));
        }
    }
}
