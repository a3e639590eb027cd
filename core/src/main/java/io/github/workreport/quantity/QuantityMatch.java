package io.github.workreport.quantity;

import io.github.workreport.Quantity;
import java.util.Objects;

/**
 * A quantity found in a text by {@link Quantities#find(CharSequence)}.
 *
 * @param start       start of the whole match (comparator words such as 超过/约/不低于 included), in the
 *                    searched text
 * @param end         end of the whole match (units and 以上/左右/以内 included), exclusive
 * @param numberStart start of the numeral itself
 * @param numberEnd   end of the numeral(s) itself, exclusive (for a range, end of the second)
 * @param quantity    the value, folded unit and comparison; never negated for a verb such as 下降,
 *                    which the caller judges
 */
public record QuantityMatch(int start, int end, int numberStart, int numberEnd, Quantity quantity) {

    public QuantityMatch {
        Objects.requireNonNull(quantity, "quantity");
        if (start < 0 || start > numberStart || numberStart > numberEnd || numberEnd > end) {
            throw new IllegalArgumentException("inconsistent offsets " + start + " " + numberStart + " " + numberEnd + " " + end);
        }
    }
}
