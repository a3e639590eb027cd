package io.github.workreport.internal.quantity;

import java.math.BigDecimal;

/**
 * The small numbers of a report's structure (heading numbers, days and months of dates, congress
 * and session numbers), read by the quantity scanner's {@link Numeral} reader and its character
 * table ({@code chars.tsv}): one numeral reader for the whole library. Thread-safe.
 */
public final class SmallNumbers {

    /** Longest numeral read here, in chars. */
    private static final int MAX_LENGTH = 6;

    private SmallNumbers() {
    }

    /** The value of a Chinese digit (〇零一二两…九, financial and traditional forms), or -1. */
    public static int digit(char c) {
        return Chars.chineseDigit(c);
    }

    /** Whether c is a char of a small Chinese ordinal: a digit, 十 or 百 (拾 and 佰 too). */
    public static boolean isOrdinalChar(char c) {
        byte k = Chars.classOf(c);
        return k == Chars.DIGIT || k == Chars.TEN || (k == Chars.SMALL_UNIT && Chars.smallUnit(c) == 100);
    }

    /**
     * The value of {@code s} when it is one whole integer numeral of at most six chars, Chinese
     * ({@code 十四}, {@code 一百零五}) or Arabic ({@code 12}); else -1 (also for a range such as
     * {@code 两三} or a digit string such as {@code 二二}).
     */
    public static int value(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return -1;
        }
        Numeral r = new Numeral();
        if (!r.read(s, 0, n, true) || r.end != n || r.range) {
            return -1;
        }
        BigDecimal v = r.low;
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return -1;
        }
        return v.intValue();
    }

    /** Value of a circled number ① … ⑳, or -1. */
    public static int circled(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        return -1;
    }
}
