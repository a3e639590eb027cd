package io.github.workreport.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Composes report-like texts for the benchmarks: complete invented reports (title, meeting line,
 * salutation, a review with achievements, a plan with targets, numbered sections down to
 * {@code (一)} and {@code 1.}), each of about 25 KB of UTF-8, with seeded randomness so that
 * every run measures the same input. No text of the real corpus is used.
 */
final class Corpus {

    private static final String[] REGIONS = {"青川市", "白溪县", "云岭市", "东湖区", "南屏县", "西陵市", "北山市",
        "临江县", "石桥区", "安平市"};

    private static final String[] REVIEW = {
        "预计全市地区生产总值增长{p}%左右,一般公共预算收入{a}亿元、增长{p}%。",
        "规模以上工业增加值增长{p}%,固定资产投资增长{p}%,社会消费品零售总额增长{p}%。",
        "城镇、农村居民人均可支配收入分别增长{p}%、{q}%,城镇新增就业{n}万人。",
        "新增规模以上工业企业{i}家,高新技术企业总数达到{i}家,实际利用外资{p}亿美元。",
        "粮食产量稳定在{a}万吨,细颗粒物(PM2.5)平均浓度下降{p}%,空气质量优良天数比率达到8{p}%。",
        "坚持以人民为中心的发展思想,扎实推进共同富裕,群众获得感、幸福感、安全感不断增强。",
        "深化重点领域改革,营商环境持续优化,新登记市场主体{n}万户,民营经济活力进一步释放。",
        "一是产业结构持续优化,二是创新能力明显提升,三是城乡面貌焕然一新。",
    };

    private static final String[] PLAN = {
        "今年全市经济社会发展的主要预期目标是:地区生产总值增长{p}%左右,规模以上工业增加值增长{p}%以上。",
        "固定资产投资增长{p}%,社会消费品零售总额增长{p}%左右,一般公共预算收入增长{p}%。",
        "城镇新增就业{n}万人以上,城镇调查失业率控制在5.5%以内,居民消费价格涨幅3%左右。",
        "力争全年新增规模以上工业企业{i}家以上,高新技术企业总数突破{i}家,研发经费投入强度达到2.{n}%。",
        "滚动实施重点项目{i}个,完成年度投资{a}亿元,单位地区生产总值能耗下降{p}%左右。",
        "实施制造业重点产业链培育行动,推动传统产业转型升级,加快培育战略性新兴产业集群。",
        "持续优化营商环境,深化“放管服”改革,确保零就业家庭动态清零,新建改扩建学校{n}所。",
        "城乡居民人均可支配收入分别增长{p}%左右和{q}%以上,居民收入增长与经济增长同步。",
    };

    /** Sentences without figures, the bulk of a real report. */
    private static final String[] NARRATIVE = {
        "我们坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,统筹发展和安全。",
        "深入实施创新驱动发展战略,支持企业加大研发投入,推动科技成果就地转化。",
        "着力扩大有效需求,办好各类促消费活动,推动重大项目早开工、早见效。",
        "扎实推进乡村全面振兴,加强农田水利建设,壮大村级集体经济。",
        "持续深化生态环境保护,统筹推进山水林田湖草沙一体化保护和系统治理。",
        "加强基层医疗卫生服务能力建设,推进优质医疗资源扩容下沉和区域均衡布局。",
        "落实就业优先政策,做好高校毕业生、退役军人、农民工等重点群体就业工作。",
        "统筹抓好安全生产、防灾减灾和应急管理,守牢不发生系统性风险的底线。",
        "完善社会保障体系,扩大养老保险覆盖面,健全分层分类社会救助制度。",
        "坚持教育优先发展,推进义务教育优质均衡,支持职业教育与产业协同发展。",
        "深化国资国企改革,支持民营企业发展壮大,依法保护企业家合法权益。",
        "推进城市更新行动,完善城市功能,提升精细化管理水平。",
        "这些成绩的取得,是全市人民团结奋斗的结果,也凝聚着各方面的智慧和力量。",
        "我们也清醒地看到,经济持续回升的基础还不稳固,部分企业生产经营比较困难。",
        "各级政府要树牢正确政绩观,坚持实干为要,以钉钉子精神抓好各项工作落实。",
        "加强法治政府建设,严格规范公正文明执法,自觉接受各方面监督。",
    };

    private static final String[] SECTIONS = {"坚持创新驱动,加快构建现代化产业体系", "坚持扩大内需,推动经济持续回升向好",
        "坚持改革开放,持续激发发展活力", "坚持绿色发展,建设美丽宜居城市", "坚持人民至上,持续增进民生福祉"};

    private Corpus() {
    }

    /** One report of about {@code targetBytes} UTF-8 bytes. */
    static String report(int seed, int targetBytes, double narrativeShare) {
        Random r = new Random(seed * 7919L + 20240110L);
        String region = REGIONS[seed % REGIONS.length];
        int year = 2016 + seed % 10;
        StringBuilder sb = new StringBuilder();
        sb.append(year).append("年").append(region).append("政府工作报告\n");
        sb.append("——").append(year).append("年1月").append(5 + seed % 20).append("日在").append(region)
                .append("第十届人民代表大会第").append(1 + seed % 5).append("次会议上\n");
        sb.append("各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n");
        int half = targetBytes / 2;
        sb.append("一、").append(year - 1).append("年工作回顾\n");
        body(sb, r, REVIEW, half, narrativeShare);
        sb.append("二、").append(year).append("年工作安排\n");
        body(sb, r, PLAN, targetBytes, narrativeShare);
        sb.append("三、全面加强政府自身建设\n坚持依法行政,自觉接受人大依法监督和政协民主监督。\n");
        sb.append("各位代表!让我们团结奋进,真抓实干,为奋力谱写高质量发展新篇章而努力奋斗!\n");
        return sb.toString();
    }

    private static void body(StringBuilder sb, Random r, String[] templates, int untilBytes, double narrativeShare) {
        int section = 0;
        while (utf8(sb) < untilBytes) {
            section++;
            sb.append('(').append(chinese(section)).append(')').append(SECTIONS[r.nextInt(SECTIONS.length)])
                    .append("。");
            for (int sub = 1; sub <= 3; sub++) {
                sb.append(sub > 1 ? "\n" + sub + "." + SECTIONS[r.nextInt(SECTIONS.length)].substring(0, 6) + "。" : "");
                for (int k = 0; k < 6; k++) {
                    sb.append(r.nextDouble() < narrativeShare ? NARRATIVE[r.nextInt(NARRATIVE.length)]
                            : fill(templates[r.nextInt(templates.length)], r));
                }
            }
            sb.append('\n');
        }
    }

    private static String fill(String t, Random r) {
        int p = 1 + r.nextInt(9);
        return t.replace("{p}", p + "." + r.nextInt(10))
                .replace("{q}", (p + 1) + "." + r.nextInt(10))
                .replace("{a}", (10 + r.nextInt(5000)) + "." + r.nextInt(10))
                .replace("{n}", Integer.toString(1 + r.nextInt(30)))
                .replace("{i}", Integer.toString(1 + r.nextInt(2000)));
    }

    private static String chinese(int n) {
        String d = "一二三四五六七八九十";
        return n <= 10 ? d.substring(n - 1, n) : "十" + d.charAt((n - 11) % 10);
    }

    private static int utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Reports of about 25 KB each, about {@code totalBytes} UTF-8 bytes in all, with about as many
     * figures per megabyte as the real reports of ../shared/corpus (2,600: most sentences state
     * none).
     */
    static List<String> simplified(int totalBytes) {
        return simplified(totalBytes, TYPICAL_NARRATIVE_SHARE);
    }

    /**
     * Reports where nearly every sentence is a template full of figures: about 7 times the figure
     * density of real reports, a stress case for the figure extractor.
     */
    static List<String> dense(int totalBytes) {
        return simplified(totalBytes, 0);
    }

    /** Share of sentences without figures that gives the figure density of real reports. */
    static final double TYPICAL_NARRATIVE_SHARE = 0.875;

    private static List<String> simplified(int totalBytes, double narrativeShare) {
        List<String> out = new ArrayList<>();
        int sum = 0;
        for (int i = 0; sum < totalBytes; i++) {
            String s = report(i, 25_000, narrativeShare);
            out.add(s);
            sum += s.getBytes(StandardCharsets.UTF_8).length;
        }
        return out;
    }

    /** The same reports in traditional characters (HanLP's simplified-to-traditional table). */
    static List<String> traditional(List<String> simplified) {
        List<String> out = new ArrayList<>();
        for (String s : simplified) {
            out.add(com.hankcs.hanlp.HanLP.convertToTraditionalChinese(s));
        }
        return out;
    }
}
