package io.github.workreport;

/** What kind of report a text is. */
public enum ReportKind {
    /** 政府工作报告. */
    GOVERNMENT_WORK_REPORT("government_work_report"),
    /** 国民经济和社会发展计划执行情况与计划草案的报告. */
    PLAN_REPORT("plan_report"),
    /** 预算执行情况与预算草案的报告. */
    BUDGET_REPORT("budget_report"),
    /** Anything else. */
    OTHER("other");

    private final String code;

    ReportKind(String code) {
        this.code = code;
    }

    /** The code used in the JSON contract. */
    public String code() {
        return code;
    }
}
