package io.github.workreport.quantity;

import io.github.workreport.Quantity;
import java.util.Objects;

/**
 * A quantity found in a text by {@link Quantities#find(CharSequence)}. Offsets are UTF-16 indexes
 * into the text that was searched (usually the normalized text; map them back to the original with
 * the normalizer's offset map). They work with {@link String#substring(int, int)}.
 *
 * <p>For {@code 外贸进出口总额超100亿元、增长151%} the first match covers {@code 超100亿元}
 * ({@code start}..{@code end}) with the numeral {@code 100亿} ({@code numberStart}..{@code numberEnd})
 * and the quantity 10000000000 元 gt.
 *
 * @param start       start of the whole match (comparator words such as 超过/约/不低于/控制在 included), in the
 *                    searched text
 * @param end         end of the whole match (units and 以上/左右/以内 included), exclusive
 * @param numberStart start of the numeral itself (of a written minus sign, if any)
 * @param numberEnd   end of the numeral(s) itself, exclusive, its multiplier chars (万, 亿) and an inner
 *                    余/多 included ({@code 二百三十余万}); for a range, the end of the second numeral
 * @param quantity    the value, folded unit and comparison; never negated for a verb such as 下降,
 *                    which the caller judges
 */
public record QuantityMatch(int start, int end, int numberStart, int numberEnd, Quantity quantity) {

    /**
     * @throws IllegalArgumentException unless {@code 0 <= start <= numberStart <= numberEnd <= end}
     */
    public QuantityMatch {
        Objects.requireNonNull(quantity, "quantity");
        if (start < 0 || start > numberStart || numberStart > numberEnd || numberEnd > end) {
            throw new IllegalArgumentException("inconsistent offsets " + start + " " + numberStart + " " + numberEnd + " " + end);
        }
    }

    /** The whole match in the searched text: {@code searched.subSequence(start, end)}. */
    public CharSequence text(CharSequence searched) {
        return searched.subSequence(start, end);
    }

    /** The numeral in the searched text: {@code searched.subSequence(numberStart, numberEnd)}. */
    public CharSequence numberText(CharSequence searched) {
        return searched.subSequence(numberStart, numberEnd);
    }
}
