package io.github.workreport.bench;

import io.github.workreport.quantity.Quantities;
import io.github.workreport.quantity.QuantityMatch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link Quantities#find(CharSequence)} over about 1 MB (UTF-8) of composed
 * report-like text, against a plain regex scan {@code \d+(\.\d+)?%?} over the same text.
 *
 * <p>Read the {@code :bytes} secondary result: UTF-8 bytes scanned per second (divide by 10^6 for
 * MB/s). Run: {@code java -jar bench/target/benchmarks.jar QuantityBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuantityBenchmark {

    private static final Pattern BASELINE = Pattern.compile("\\d+(\\.\\d+)?%?");
    private static final int TARGET_BYTES = 1_000_000;

    private static final String[] TEMPLATES = {
        "全市地区生产总值增长{p}%,一般公共预算收入{a}亿元,增长{p}%。",
        "城镇新增就业{n}万人,城镇调查失业率控制在{p}%左右。",
        "粮食产量稳定在{a}亿斤以上,规模以上工业增加值增长{p}%—{q}%。",
        "实施重点项目{i}个,完成投资{a}亿元,其中民间投资占比超过三分之一。",
        "新建5G基站{i}个,PM2.5平均浓度下降到{i}微克/立方米,优良天数比例达到八成以上。",
        "{y}年1月10日,在第十八届人民代表大会第三次会议上,市长作政府工作报告。",
        "一是加快构建现代化产业体系,推进区域一体化发展,进一步扩大高水平对外开放。",
        "城乡居民人均可支配收入分别增长{p}%和{q}%,居民消费价格涨幅控制在3%左右。",
        "接待游客{n}万人次以上,旅游收入突破{a}亿元,外贸进出口总额超{a}亿元、增长{p}%。",
        "培育两三个千亿级产业集群,引进十几个重大项目,新增市场主体{n}万户。",
        "坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届二中全会精神,完整准确全面贯彻新发展理念。",
        "单位地区生产总值能耗下降{p}%左右,主要污染物排放总量持续减少,生态环境质量稳中向好。",
        "常住人口城镇化率提高{p}个百分点,达到{p}%;人均地区生产总值突破{n}万美元。",
        "(三)着力保障和改善民生。新增城镇就业一万二千人,发放创业担保贷款三千五百万元,带动就业3万多人。",
    };

    String text;
    long utf8Bytes;

    @Setup
    public void compose() {
        Random r = new Random(20240110L);
        StringBuilder sb = new StringBuilder();
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < TARGET_BYTES) {
            for (int k = 0; k < 200; k++) {
                String t = TEMPLATES[r.nextInt(TEMPLATES.length)];
                int p = 1 + r.nextInt(9);
                t = t.replace("{p}", p + "." + r.nextInt(10))
                        .replace("{q}", (p + 1) + "." + r.nextInt(10))
                        .replace("{a}", (10 + r.nextInt(5000)) + "." + r.nextInt(10))
                        .replace("{n}", Integer.toString(1 + r.nextInt(300)))
                        .replace("{i}", Integer.toString(1 + r.nextInt(2000)))
                        .replace("{y}", Integer.toString(2015 + r.nextInt(10)));
                sb.append(t);
                if (r.nextInt(6) == 0) {
                    sb.append('\n');
                }
            }
        }
        text = sb.toString();
        utf8Bytes = text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Benchmark
    public List<QuantityMatch> find(Bytes counter) {
        counter.bytes += utf8Bytes;
        return Quantities.find(text);
    }

    @Benchmark
    public int regexBaseline(Bytes counter) {
        counter.bytes += utf8Bytes;
        Matcher m = BASELINE.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
