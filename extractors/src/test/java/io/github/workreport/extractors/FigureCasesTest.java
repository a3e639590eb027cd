package io.github.workreport.extractors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Decision;
import io.github.workreport.Figure;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportParser;
import io.github.workreport.Target;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case table {@code figures/cases.tsv}: a passage in a context, and every target and
 * achievement it must give. A row fails on a missing item and on an extra one, and on a listed
 * set-aside quantity that was not set aside by the named rule.
 *
 * <p>Columns: {@code name}, {@code context} ({@code review}: under a review heading; {@code plan}:
 * under a plan heading; {@code targets}: after 今年主要预期目标是： under the plan heading;
 * {@code none}: the passage is the whole body after 各位代表：), {@code passage}, {@code items}.
 * Items are separated by {@code " ; "}; each is {@code KIND INDICATOR MEASURE [COMPARATOR VALUE
 * [UNIT]] [year=Y] [period=START-END/BASIS] [est]} with KIND {@code T} (target) or {@code A}
 * (achievement), VALUE a number or {@code low~high}, UNIT {@code -} for none, {@code year=} only
 * when not the report's own (2025 for a target, 2024 for an achievement); or {@code X TEXT RULE}: the quantity written TEXT is
 * set aside by RULE. {@code -} alone: nothing at all.
 */
class FigureCasesTest {

    private static final ReportParser PARSER = ReportParser.builder().addExtractor(new FigureExtractor()).explain(true).build();
    static final String TABLE = "/figures/cases.tsv";
    /** The plan year of the report a passage is placed in. */
    static final int YEAR = 2025;

    static Stream<Arguments> rows() throws IOException {
        return read().stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3]));
    }

    static List<String[]> read() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = FigureCasesTest.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("no " + TABLE + " on the test class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 4) {
                    throw new IllegalStateException(TABLE + " line " + n + ": 4 tab-separated columns expected, not " + cols.length);
                }
                out.add(cols);
            }
        }
        return out;
    }

    /** The passage placed in a short report. */
    static String report(String context, String passage) {
        String head = "2025年青川市政府工作报告\n——2025年1月9日在青川市第十届人民代表大会第四次会议上\n各位代表：\n";
        return switch (context) {
            case "review" -> head + "一、2024年工作回顾\n" + passage + "\n二、2025年工作安排\n全面做好各项工作。";
            case "plan" -> head + "一、2024年工作回顾\n全面完成各项工作。\n二、2025年工作安排\n" + passage;
            case "targets" -> head + "一、2024年工作回顾\n全面完成各项工作。\n二、2025年工作安排\n今年主要预期目标是：" + passage;
            case "none" -> head + passage;
            default -> throw new IllegalArgumentException("unknown context " + context);
        };
    }

    /** An item as the table writes it. */
    static String describe(Figure f) {
        StringBuilder sb = new StringBuilder(f instanceof Target ? "T " : "A ");
        sb.append(f.indicator()).append(' ').append(f.measure().code());
        Quantity q = f.quantity();
        if (q != null) {
            sb.append(' ').append(q.comparison().code()).append(' ');
            sb.append(q.isRange() ? q.low().stripTrailingZeros().toPlainString() + "~" + q.high().stripTrailingZeros().toPlainString()
                    : q.value().stripTrailingZeros().toPlainString());
            sb.append(' ').append(q.unit().isEmpty() ? "-" : q.unit());
        }
        int ownYear = f instanceof Target ? YEAR : YEAR - 1;
        if (f.year() == null || f.year() != ownYear) {
            sb.append(" year=").append(f.year());
        }
        if (f.period() != null) {
            sb.append(" period=").append(f.period().start()).append('-').append(f.period().end()).append('/')
                    .append(f.period().basis().code());
        }
        if (f.estimated()) {
            sb.append(" est");
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void casesTsv_rowHolds(String name, String context, String passage, String items) {
        Report r = PARSER.parse(report(context, passage.replace("\\n", "\n")));
        List<String> expected = new ArrayList<>();
        List<String> setAside = new ArrayList<>();
        if (!items.strip().equals("-")) {
            for (String it : items.split(" ; ")) {
                String s = it.strip();
                (s.startsWith("X ") ? setAside : expected).add(s);
            }
        }
        List<String> actual = new ArrayList<>(r.figures().stream().map(FigureCasesTest::describe).toList());
        List<String> missing = new ArrayList<>();
        for (String e : expected) {
            if (!actual.remove(e)) {
                missing.add(e);
            }
        }
        String got = String.join(" ; ", r.figures().stream().map(FigureCasesTest::describe).toList());
        assertTrue(missing.isEmpty() && actual.isEmpty(),
                () -> name + ": missing " + missing + ", extra " + actual + "\n  got: " + got);
        for (String x : setAside) {
            String[] p = x.split(" ");
            boolean found = r.decisions().stream().anyMatch(d -> d.verdict() == Decision.Verdict.SET_ASIDE
                    && d.text().equals(p[1]) && d.rule().equals(p[2]));
            assertTrue(found, () -> name + ": «" + p[1] + "» not set aside by " + p[2] + "; decisions: "
                    + r.decisions().stream().map(d -> d.text() + "=" + d.verdict().code() + "/" + d.rule()).toList());
        }
    }

    @Test
    void casesTsv_rulesNamedInRowsExist() throws IOException {
        List<String[]> rows = read();
        assertFalse(rows.isEmpty());
        for (String[] row : rows) {
            for (String it : row[3].split(" ; ")) {
                String[] p = it.strip().split(" ");
                if (p[0].equals("X")) {
                    assertTrue(p.length == 3 && io.github.workreport.extractors.internal.Rules.all().containsKey(p[2]),
                            () -> row[0] + ": no rule " + Arrays.toString(p));
                }
            }
        }
    }
}
