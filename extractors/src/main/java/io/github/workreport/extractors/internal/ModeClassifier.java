package io.github.workreport.extractors.internal;

import io.github.workreport.Section;
import io.github.workreport.spi.ReportContext;
import java.util.List;

/**
 * Decides from section titles whether a part of a report reviews the past period or plans the
 * coming one: 回顾, 执行情况, 过去, 成效 or the year before the plan year for a review;
 * 安排, 目标, 任务, 计划草案, 措施 or the plan year for a plan.
 */
public final class ModeClassifier {

    private static final List<String> REVIEW = List.of("回顾", "执行情况", "过去", "进展", "成效", "成绩", "取得", "完成情况",
            "主要工作", "上年", "去年", "一年来", "五年来");
    private static final List<String> PLAN = List.of("安排", "目标", "任务", "计划草案", "草案", "总体要求", "预期", "思路", "重点",
            "措施", "建议", "打算", "展望", "部署", "今年", "政府自身建设");

    private static final List<String> STRONG_REVIEW = List.of("回顾", "执行情况", "过去");

    private ModeClassifier() {
    }

    /** The mode a section title states, or NEUTRAL. */
    public static Mode ofTitle(String title, Integer planYear) {
        int review = 0;
        int plan = 0;
        for (String r : REVIEW) {
            if (title.contains(r)) {
                review += STRONG_REVIEW.contains(r) ? 3 : 1;
            }
        }
        for (String p : PLAN) {
            if (title.contains(p)) {
                plan++;
            }
        }
        if (planYear != null) {
            if (title.contains(planYear + "年")) {
                plan += 2;
            }
            if (title.contains((planYear - 1) + "年")) {
                review += 2;
            }
        }
        if (title.contains("执行情况") && title.contains("草案")) {
            return Mode.NEUTRAL;
        }
        if (review > plan) {
            return Mode.REVIEW;
        }
        if (plan > review) {
            return Mode.PLAN;
        }
        return Mode.NEUTRAL;
    }

    /**
     * The mode at a normalized offset: the outermost section with a stated mode decides; text of
     * unstated sections and text before the first heading take the mode of their position (before
     * the first plan section: review; after it: plan).
     */
    public static Mode at(ReportContext ctx, int offset) {
        Integer year = ctx.metadata().year();
        List<Section> path = ctx.sectionsAt(offset);
        for (Section s : path) {
            Mode m = ofTitle(s.title(), year);
            if (m != Mode.NEUTRAL) {
                return m;
            }
        }
        // by position among the top-level sections
        boolean planSeen = false;
        for (Section s : ctx.sections()) {
            int start = ctx.rangeOf(s).start();
            if (start > offset) {
                break;
            }
            if (ofTitle(s.title(), year) == Mode.PLAN) {
                planSeen = true;
            }
        }
        return planSeen ? Mode.PLAN : Mode.REVIEW;
    }
}
