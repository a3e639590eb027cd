package io.github.workreport;

/** Short report-like passages composed for the tests (fictional places and figures). */
public final class Fixtures {

    private Fixtures() {
    }

    /** A city work report with title, date, meeting, speaker, two levels of headings and a targets paragraph. */
    public static final String CITY_REPORT = String.join("\n",
            "2025年青川市政府工作报告",
            "——2025年1月9日在青川市第十届人民代表大会第四次会议上",
            "市长 李明远",
            "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。",
            "一、2024年工作回顾",
            "过去一年，全市经济回升向好。预计全市地区生产总值增长5.6%左右，一般公共预算收入120.5亿元、增长6%。",
            "（一）产业发展提质增效。规上工业增加值增长7.2%，新增“四上”企业312家。",
            "（二）民生保障更加有力。城镇新增就业3.2万人，城乡居民人均可支配收入分别增长5%、7%。",
            "二、2025年工作安排",
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，规模以上工业增加值增长6%以上，"
                    + "城镇调查失业率控制在5.5%以内，居民收入增长与经济增长同步。",
            "（一）扩大有效投资。实施重点项目200个以上。",
            "（二）提振消费需求。",
            "（三）深化改革开放。",
            "三、全面加强政府自身建设",
            "各位代表！让我们团结奋斗，再创佳绩！");

    /** A county plan report delivered in December about the next year's plan, with a title split over two lines. */
    public static final String COUNTY_PLAN = String.join("\n",
            "关于云溪县2024年国民经济和社会",
            "发展计划执行情况与2025年计划草案的报告",
            "——2024年12月18日在云溪县第八届人民代表大会第五次会议上",
            "云溪县发展和改革局",
            "各位代表：",
            "受县人民政府委托，现将计划执行情况和计划草案提请审议。",
            "一、2024年计划执行情况",
            "预计全年地区生产总值增长6%左右。",
            "二、2025年计划草案",
            "1.地区生产总值增长6%;",
            "2.固定资产投资增长5%;",
            "（一）主要任务",
            "（二）保障措施");
}
