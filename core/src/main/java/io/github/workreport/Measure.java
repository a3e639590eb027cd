package io.github.workreport;

/** What kind of figure an item states. */
public enum Measure {
    /** Year-on-year change in percent: 增长, 下降, 涨幅, 增速. */
    GROWTH("growth"),
    /** An amount, count, ratio or rate level: 1060.8亿元, 失业率5.5%. */
    LEVEL("level"),
    /** A change in percentage points or an absolute change: 提高2个百分点, 净增2057家. */
    CHANGE("change"),
    /** No number: 与经济增长同步, 保持正增长, 持续改善. */
    QUALITATIVE("qualitative");

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    /** The code used in the JSON contract. */
    public String code() {
        return code;
    }
}
