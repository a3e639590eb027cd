package io.github.workreport.quantity;

import io.github.workreport.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** PLACEHOLDER: the Chinese quantity parser. */
public final class Quantities {
    private Quantities() {
    }

    public static Optional<Quantity> parse(CharSequence text) {
        return Optional.empty();
    }

    public static Optional<BigDecimal> parseNumber(CharSequence numeral) {
        return Optional.empty();
    }

    public static List<QuantityMatch> find(CharSequence text) {
        return List.of();
    }
}
