package io.github.workreport.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Composes report-like text for the robustness tests: fictional places, people and figures, in
 * the shape of a work report, a plan report, a budget report or a compilation of them. No text
 * is taken from the corpus.
 */
final class Reports {

    private static final String[] PLACES = {"青川市", "云溪县", "临江区", "北岭省", "白沙自治州", "东湖市", "南屿县"};
    private static final String[] PEOPLE = {"李明远", "王清和", "赵一帆", "陈向东", "周立群"};
    private static final String[] INDICATORS = {"地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额",
        "规模以上工业增加值", "城镇新增就业", "粮食产量", "进出口总额", "城乡居民人均可支配收入", "单位地区生产总值能耗",
        "城镇调查失业率", "居民消费价格涨幅", "研发经费投入强度"};
    private static final String[] UNITS = {"%", "％", "亿元", "万元", "万人", "万吨", "个百分点", "家", "个", "公里", "万平方米"};
    private static final String[] VERBS = {"增长", "下降", "达到", "完成", "控制在", "突破", "新增", "提高"};
    private static final String[] HEDGES = {"", "", "左右", "以上", "以内", "左右，力争更好结果"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] FILLER = {"坚持稳中求进工作总基调", "持续深化改革开放", "着力保障和改善民生",
        "推动高质量发展取得新成效", "统筹发展和安全", "扎实推进乡村全面振兴", "加快建设现代化产业体系"};

    private Reports() {
    }

    /** One report of a random kind, {@code sections} top-level sections long. */
    static String report(Random rnd, int sections) {
        return switch (rnd.nextInt(3)) {
            case 0 -> workReport(rnd, sections);
            case 1 -> planReport(rnd, sections);
            default -> budgetReport(rnd, sections);
        };
    }

    /** A compilation: optional table of contents, then several reports, sometimes a repeated copy. */
    static String compilation(Random rnd, int reports, int sections) {
        StringBuilder b = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            parts.add(report(rnd, sections));
        }
        if (rnd.nextBoolean()) {
            b.append("本期目录\n目录\n");
            for (int i = 0; i < parts.size(); i++) {
                b.append(firstLine(parts.get(i))).append("……………").append(3 + 7 * i).append('\n');
            }
            b.append('\n');
        }
        if (rnd.nextBoolean()) {
            b.append("某某市人民政府公报\n2025年第1期（总第101期）\n\n");
        }
        for (String p : parts) {
            b.append(p).append("\n\n");
        }
        if (reports > 0 && rnd.nextInt(4) == 0) {
            b.append(parts.get(0)).append('\n'); // a repeated copy
        }
        if (rnd.nextBoolean()) {
            b.append("相关链接：\n打印本页  关闭窗口\n");
        }
        return b.toString();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String workReport(Random rnd, int sections) {
        String place = pick(rnd, PLACES);
        int year = 2000 + rnd.nextInt(27);
        StringBuilder b = new StringBuilder();
        b.append(year).append("年").append(place).append("政府工作报告\n");
        header(rnd, b, place, year, pick(rnd, PEOPLE), place.endsWith("县") ? "县长" : "市长");
        b.append("各位代表：\n现在，我代表").append(place).append("人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n");
        for (int s = 0; s < sections; s++) {
            String title = s == 0 ? (year - 1) + "年工作回顾" : s == 1 ? year + "年工作安排" : pick(rnd, FILLER);
            b.append(NUMERALS[s % NUMERALS.length]).append("、").append(title).append('\n');
            body(rnd, b, year, s == 1);
        }
        b.append("各位代表！让我们").append(pick(rnd, FILLER)).append("，为建设美好").append(place).append("而努力奋斗！\n");
        if (rnd.nextInt(3) == 0) {
            b.append("\n名词解释\n①新质生产力：指创新起主导作用的先进生产力质态。\n②“四上”企业：规模以上工业、资质等级建筑业等企业的统称。\n");
        }
        return b.toString();
    }

    static String planReport(Random rnd, int sections) {
        String place = pick(rnd, PLACES);
        int year = 2000 + rnd.nextInt(27);
        StringBuilder b = new StringBuilder();
        b.append("关于").append(place).append(year - 1).append("年国民经济和社会\n发展计划执行情况与").append(year)
                .append("年计划草案的报告\n");
        header(rnd, b, place, year, null, null);
        b.append(place).append("发展和改革委员会\n各位代表：\n受").append(place).append("人民政府委托，现将计划执行情况和计划草案提请审议。\n");
        for (int s = 0; s < sections; s++) {
            b.append(NUMERALS[s % NUMERALS.length]).append("、").append(s == 0 ? (year - 1) + "年计划执行情况" : year + "年计划草案")
                    .append('\n');
            for (int k = 1; k <= 1 + rnd.nextInt(4); k++) {
                b.append(k).append(".").append(clause(rnd, year)).append("；\n");
            }
            body(rnd, b, year, s > 0);
        }
        return b.toString();
    }

    static String budgetReport(Random rnd, int sections) {
        String place = pick(rnd, PLACES);
        int year = 2000 + rnd.nextInt(27);
        StringBuilder b = new StringBuilder();
        b.append("关于").append(place).append(year - 1).append("年预算执行情况和").append(year).append("年预算草案的报告\n");
        header(rnd, b, place, year, null, null);
        b.append(place).append("财政局\n各位代表：\n");
        for (int s = 0; s < sections; s++) {
            b.append(NUMERALS[s % NUMERALS.length]).append("、").append(s == 0 ? (year - 1) + "年预算执行情况" : year + "年预算草案")
                    .append('\n');
            b.append("全市一般公共预算收入").append(10 + rnd.nextInt(900)).append(".").append(rnd.nextInt(10))
                    .append("亿元，为预算的").append(95 + rnd.nextInt(10)).append("%，增长").append(rnd.nextInt(12)).append("%。\n");
            body(rnd, b, year, s > 0);
        }
        return b.toString();
    }

    private static void header(Random rnd, StringBuilder b, String place, int year, String speaker, String office) {
        int month = 1 + rnd.nextInt(2);
        int day = 1 + rnd.nextInt(28);
        b.append("——").append(year).append("年").append(month).append("月").append(day).append("日在").append(place)
                .append("第").append(pick(rnd, NUMERALS)).append("届人民代表大会第").append(pick(rnd, NUMERALS)).append("次会议上\n");
        if (speaker != null) {
            b.append(office).append("  ").append(speaker).append('\n');
        }
    }

    private static void body(Random rnd, StringBuilder b, int year, boolean plan) {
        if (plan) {
            b.append("今年经济社会发展的主要预期目标是：");
            for (int i = 0; i < 1 + rnd.nextInt(4); i++) {
                b.append(i > 0 ? "，" : "").append(clause(rnd, year));
            }
            b.append("。\n");
        } else {
            b.append("过去一年，").append(pick(rnd, FILLER)).append("。预计全年").append(clause(rnd, year)).append("，")
                    .append(clause(rnd, year)).append("。\n");
        }
        int subs = rnd.nextInt(4);
        for (int k = 0; k < subs; k++) {
            b.append("（").append(NUMERALS[k]).append("）").append(pick(rnd, FILLER)).append("。");
            if (rnd.nextBoolean()) {
                b.append("城乡居民人均可支配收入分别增长").append(rnd.nextInt(9)).append("%、").append(rnd.nextInt(9)).append("%。");
            }
            if (rnd.nextBoolean()) {
                b.append("一是").append(clause(rnd, year)).append("；二是").append(pick(rnd, FILLER)).append("。");
            }
            b.append(clause(rnd, year)).append("。\n");
            if (rnd.nextInt(3) == 0) {
                b.append("1.").append(pick(rnd, FILLER)).append("。\n2.").append(clause(rnd, year)).append("。\n");
            }
        }
    }

    static String clause(Random rnd, int year) {
        String number = rnd.nextInt(4) == 0 ? String.valueOf(rnd.nextInt(100000))
                : rnd.nextInt(200) + "." + rnd.nextInt(10);
        return pick(rnd, INDICATORS) + pick(rnd, VERBS) + number + pick(rnd, UNITS) + pick(rnd, HEDGES);
    }

    private static String pick(Random rnd, String[] a) {
        return a[rnd.nextInt(a.length)];
    }
}
