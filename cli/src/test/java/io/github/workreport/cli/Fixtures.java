package io.github.workreport.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Composed report-like texts and helpers shared by the command-line tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A short invented report: two achievements in the review, three targets in the plan. */
    static String report(String region, int year) {
        return String.join("\n",
                year + "年" + region + "政府工作报告",
                "——" + year + "年1月9日在" + region + "第十届人民代表大会第四次会议上",
                "各位代表：",
                "一、" + (year - 1) + "年工作回顾",
                "预计全市地区生产总值增长5.6%左右，城镇新增就业1.2万人。",
                "二、" + year + "年工作安排",
                "今年主要预期目标是：地区生产总值增长5.5%左右，规模以上工业增加值增长6%以上，"
                        + "城镇调查失业率控制在5.5%以内。",
                "(一)坚持创新驱动，加快构建现代化产业体系。力争新增高新技术企业120家以上。");
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WorkReportCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Splits RFC 4180 CSV into records of fields (quoted fields may hold commas, quotes, line breaks). */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                f.append(c);
            }
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row);
        }
        return rows;
    }
}
