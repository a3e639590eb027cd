package io.github.workreport.quantity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Adversarial inputs of about one million chars. The timeouts are a guard against quadratic
 * behaviour, not a benchmark (see QuantityBenchmark for throughput).
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class QuantitiesLinearTimeTest {

    private static final int MB = 1 << 20;

    private static String repeat(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }

    private static void run(String text) {
        Quantities.find(text);
        Quantities.parse(text);
        Quantities.parseNumber(text);
    }

    @Test
    void find_longDigitRun() {
        run("增长" + repeat("7", MB) + "%");
    }

    @Test
    void find_longDigitRunWithSeparators() {
        run(repeat("1,234", MB));
        run(repeat("1.2", MB));
        run(repeat("1-", MB));
        run(repeat("5%-", MB));
    }

    @Test
    void find_manyWan() {
        run("1" + repeat("万", MB));
        run("超" + repeat("万", MB));
        run(repeat("一万", MB));
        run(repeat("万亿", MB));
    }

    @Test
    void find_manyChineseDigits() {
        run(repeat("一", MB));
        run(repeat("二〇二四", MB));
        run(repeat("十几", MB));
        run(repeat("两三", MB));
        run(repeat("三分之", MB));
        run(repeat("超过", MB));
    }

    @Test
    void find_repeatedFigures() {
        String text = repeat("分别增长5%、", MB);
        assertTrue(Quantities.find(text).size() > 100_000);
        run(text);
    }

    @Test
    void find_nestedBrackets() {
        String text = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        run(repeat(text, MB));
    }

    @Test
    void find_unitsWithoutNumbers() {
        run(repeat("个百分点以上左右", MB));
        assertFalse(Quantities.find(repeat("一般统一进一步", 10_000)).iterator().hasNext());
    }
}
