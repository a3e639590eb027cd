package io.github.workreport.extractors.internal;

import java.util.List;

/** Word lists for reading figures: verbs, hedges, scope words, qualitative predicates. */
final class Words {

    private Words() {
    }

    /** Verbs and connectives stripped from the end of an indicator, longest first. */
    static final WordList TRAILING_VERBS = new WordList(List.of(
            "增长", "下降", "减少", "降低", "提高", "提升", "上升", "回落", "上涨", "下跌", "增加", "扩大",
            "达到", "达", "完成", "实现", "为", "是", "控制在", "控制", "保持在", "保持", "稳定在", "突破", "超过", "超",
            "同比增长", "同比下降", "比上年增长", "比上年下降", "比去年增长", "较上年增长", "年均增长", "分别增长", "分别下降",
            "分别达到", "分别为", "分别", "同比", "比上年", "比去年", "较上年", "增速", "涨幅", "增幅", "降幅", "总计", "合计",
            "累计", "共", "约", "近", "发展到", "增至", "提高到", "提升至", "提高至", "上升到", "达到了", "实现了", "完成了",
            "预计", "力争", "确保", "全年", "在", "以上", "左右", "至", "到", "了", "分别同比增长", "分别比上年增长", "预期目标",
            "预期", "有", "均", "均增长", "均达到", "将", "要", "可", "可达", "能", "平均为", "平均", "年均",
            "递增", "递减", "年均递增", "缩减", "压减", "削减", "精简", "缩短", "微降", "略降", "小幅下降", "微涨", "略涨",
            "实际增长", "名义增长", "比上年实际增长", "分别比上年实际增长", "实际下降", "拟按", "按", "再", "由", "从", "分别从", "分别由", "今年", "去年", "上年", "每人每月", "每人每年", "人均每月", "每月", "每年", "减轻", "收窄", "压缩", "下调",
            "缩小", "跃上", "迈上", "跨上", "站上", "首次", "首次突破", "首次跃上", "首次迈上", "调整为", "调整到", "调整至",
            "分别调整为", "分别调整到", "调至", "上调至", "上调到", "多增", "增产", "净增", "净减少", "净减", "惠及", "分别惠及", "至少", "最少", "年内", "一直", "今年内",
            "全年内"));

    /** Words stripped from the start of an indicator. */
    static final WordList LEADING = new WordList(List.of(
            "预计", "力争", "确保", "争取", "全年", "今年", "年内", "去年", "上年", "全市", "全省", "全县", "全区", "全旗", "全州", "全盟",
            "全国", "本市", "我市", "我区", "我县", "我省", "我旗", "本区", "本县", "全力", "努力", "力争实现", "确保实现", "其中", "累计", "累积", "实现", "完成", "达到", "共", "和", "及", "与", "以及", "并", "同时", "另外",
            "此外", "稳步", "逐步", "不断", "大幅", "明显", "显著", "同比", "(下同)", "但是", "但", "而且", "而", "即", "那么", "并且", "因此", "所以", "就", "只要", "要求", "下同", "全体", "主要", "总体", "初步", "基本", "进一步", "持续", "努力", "要", "将", "使",
            "推动", "预期", "目标", "经济社会发展", "发展", "是", "为", "的", "安排", "拟安排", "拟", "提出", "新台阶", "台阶", "大关",
            "关口", "又", "把", "连续", "按可比口径计算", "按可比口径", "按可比价格计算", "按可比价计算", "同口径", "可比", "扣除价格因素"));

    /** Growth verbs: a percentage after one of them is a year-on-year change. */
    static final List<String> GROWTH = List.of("增长", "下降", "增速", "涨幅", "增幅", "降幅", "减少", "降低", "回落", "上涨", "下跌",
            "递增", "递减", "上升", "提高", "提升", "缩减", "压减", "削减", "精简", "缩短", "微降", "略降", "微涨", "略涨", "减轻", "收窄",
            "压缩", "下调", "缩小");

    /** Verbs that make the figure negative. */
    static final List<String> NEGATIVE = List.of("下降", "减少", "降低", "回落", "下跌", "递减", "降幅", "缩减", "压减", "削减",
            "精简", "缩短", "微降", "略降", "减轻", "收窄", "压缩", "下调", "缩小", "净减");

    /** Predicates of qualitative targets and results. */
    static final WordList QUALITATIVE = new WordList(concat(List.of(
            "与经济增长同步", "与经济增长基本同步", "与经济增长保持同步", "和经济增长同步", "和经济增长基本同步", "保持同步", "基本同步",
            "保持正增长", "实现正增长", "正增长", "不低于全省平均水平", "高于全省平均水平", "高于全国平均水平",
            "不低于全国平均水平", "高于全国、全省平均水平", "持续改善", "稳步改善", "明显改善", "进一步缩小", "持续缩小",
            "平稳增长", "稳定增长", "稳步增长", "合理增长", "基本平衡", "统筹衔接", "稳中有升", "只增不减", "逐步提高",
            "基本稳定", "保持稳定", "总体稳定", "同步增长", "稳中提质", "稳中有增", "好于全国平均水平", "快于经济增长",
            "保持在合理区间", "基本持平", "持续下降", "稳步提升", "进一步提高", "有效控制", "基本同步增长", "与经济发展同步",
            "和经济发展同步", "和经济发展基本同步", "与经济发展基本同步", "达到国家要求", "达到上级要求", "达到国家下达",
            "达到省下达", "完成国家下达", "完成省下达", "完成上级下达", "完成自治区下达", "完成市下达", "提高同步",
            "和经济增长保持同步", "总体平稳", "保持全国前列", "持续向好", "保持平稳"),
            // an adverb of continuing change with a verb of a measurable fall or recovery: 继续下降, 持续好转 …
            // (not 提升, 增强, 优化: 营商环境持续优化 is narrative, not a figure of the report)
            combine(List.of("继续", "持续", "进一步", "明显", "稳步"), List.of("下降", "缩小", "好转", "降低", "减少"))));

    /**
     * Qualitative predicates read as targets only: in a list of the year's targets 进出口稳中向好 is
     * one, while in a review 经济运行稳中向好 is narrative.
     */
    static final WordList QUALITATIVE_PLAN = new WordList(List.of("稳中向好", "回稳向好", "量稳质升", "得到改善",
            "保持优良", "保持优秀水平", "改善", "继续改善", "进一步改善"));

    /** Words that cannot begin the subject of a qualitative item (呈现出稳中有进, 制定…, 有效支撑… name no indicator). */
    static final WordList NOT_SUBJECT_START = new WordList(List.of("呈现", "制定", "有效", "支撑", "今后", "持续", "进一步",
            "不断", "考虑"));

    /**
     * Subjects too general for a qualitative item: 主要经济指标稳中有进 and 社会大局保持稳定 sum up a
     * review, they state no indicator.
     */
    static final java.util.Set<String> GENERIC_SUBJECTS = java.util.Set.of("经济指标", "主要经济指标", "主要指标", "质量效益",
            "社会大局", "发展质量", "发展态势", "经济", "发展", "各项事业", "社会事业", "经济运行", "经济发展", "整体", "总体");

    /** Qualitative predicates that come first: 完成省下达的节能减排降碳任务. */
    static final WordList QUALITATIVE_PREFIX = new WordList(List.of(
            "完成省下达的", "完成上级下达的", "完成国家下达的", "完成市下达的", "完成自治区下达的", "完成省定", "完成国家下达",
            "完成省下达"));

    /** Both lists of qualitative predicates, to tell quickly whether a sentence holds any. */
    static final WordList ANY_QUALITATIVE = new WordList(concat(concat(QUALITATIVE.words(), QUALITATIVE_PREFIX.words()),
            QUALITATIVE_PLAN.words()));

    /** Every adverb followed by every verb. */
    private static List<String> combine(List<String> adverbs, List<String> verbs) {
        List<String> out = new java.util.ArrayList<>();
        for (String a : adverbs) {
            for (String v : verbs) {
                out.add(a + v);
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    static List<String> sortedByLength(List<String> words) {
        return words.stream().distinct().sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }
}
