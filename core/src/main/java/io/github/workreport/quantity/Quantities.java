package io.github.workreport.quantity;

import io.github.workreport.Quantity;
import io.github.workreport.internal.quantity.QuantityScanner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Chinese quantity parser for report language: exact ({@link BigDecimal}, never binary floating
 * point) and linear in the length of the text (a hand-written scanner, no backtracking regular
 * expression). Stateless and thread-safe.
 *
 * <p>The text is expected NORMALIZED (half-width digits and signs, simplified characters), but
 * full-width digits, {@code ％}, and traditional 萬/億/兩 are accepted as well. See
 * {@code docs/quantities.md} for the forms, units, comparators and what is deliberately not a
 * quantity.
 *
 * <pre>{@code
 * Quantities.parse("下降3.4%以上");    // -3.4 % le
 * Quantities.parseNumber("三千五百万"); // 35000000
 * Quantities.find("外贸进出口总额超100亿元、增长151%"); // [超100亿元 → 1E10 元 gt, 151% eq]
 * }</pre>
 */
public final class Quantities {

    private Quantities() {
    }

    /**
     * Parses a whole string that is one quantity. Hedges (力争, 确保, 预计), a leading rise or fall
     * verb (增长, 提高 / 下降, 减少, 降低) and comparator words before and after are allowed; a fall
     * verb negates the quantity, comparator included ({@code 下降3.4%以上} is −3.4 with
     * {@link io.github.workreport.Comparison#LE LE}).
     *
     * @return the quantity, or empty when the string is not exactly one quantity
     * @throws NullPointerException if text is null
     */
    public static Optional<Quantity> parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new QuantityScanner().parse(text);
    }

    /**
     * Parses a numeral only: Arabic ({@code 2,100}, {@code 1.5}), Chinese ({@code 三千五百万},
     * {@code 一百零五}, {@code 二十三点五}), financial and traditional forms, or mixed ({@code 3千万},
     * {@code 1.6万亿}). A leading {@code -} or 负 negates. Ranges ({@code 两三}), digit strings such as
     * years ({@code 二〇二四}) and ambiguous forms ({@code 13万2}) give empty.
     *
     * @return the value with no trailing zeros, or empty
     * @throws NullPointerException if numeral is null
     */
    public static Optional<BigDecimal> parseNumber(CharSequence numeral) {
        Objects.requireNonNull(numeral, "numeral");
        return new QuantityScanner().parseNumber(numeral);
    }

    /**
     * Finds every quantity in a text, left to right and non-overlapping, with offsets into the given
     * text. The sign of a verb such as 下降 is NOT applied (the caller judges verbs); comparator words
     * next to the figure are (超过, 约, 不低于, … before; 以上, 左右, 余, 多, … after). Years, dates,
     * ordinals, numbering, names and Chinese numerals inside ordinary words are skipped.
     *
     * @throws NullPointerException if text is null
     */
    public static List<QuantityMatch> find(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new QuantityScanner().find(text);
    }
}
