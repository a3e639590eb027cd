package io.github.workreport;

/**
 * How a stated figure relates to its value, stated on the signed value: {@code 下降3.4%以上} is
 * −3.4 with {@link #LE}.
 */
public enum Comparison {
    /** A plain number. */
    EQ("eq"),
    /** 左右, 约, 上下, 近. */
    APPROX("approx"),
    /** 以上, 不低于, 不少于, 至少. */
    GE("ge"),
    /** 超过, 突破, 超, 高于, 余, 多. */
    GT("gt"),
    /** 以下, 以内, 不超过, 不高于. */
    LE("le"),
    /** 低于, 少于. */
    LT("lt"),
    /** 5%—6%, 5%到6%: low and high are set. */
    RANGE("range");

    private final String code;

    Comparison(String code) {
        this.code = code;
    }

    /** The code used in the JSON contract ({@code "ge"}). */
    public String code() {
        return code;
    }

    /** The comparison that holds after the value's sign is flipped (a fall of at least x is ≤ −x). */
    public Comparison negated() {
        return switch (this) {
            case GE -> LE;
            case GT -> LT;
            case LE -> GE;
            case LT -> GT;
            default -> this;
        };
    }
}
