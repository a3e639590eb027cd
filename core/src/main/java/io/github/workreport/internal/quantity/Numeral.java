package io.github.workreport.internal.quantity;

import java.math.BigDecimal;

/**
 * Reads one numeral (Arabic, Chinese or mixed, with its multipliers 十百千万亿) forward from a
 * position, in one left-to-right pass without backtracking. A reusable, mutable reader: not
 * thread-safe, one per scan.
 *
 * <p>Grammar, informally: an Arabic literal ({@code 2,100}, {@code 1.6}) may only come first and be
 * followed by unit characters ({@code 3千万}, {@code 1.6万亿}); Chinese digits and units follow the
 * usual rules ({@code 三千五百万}, {@code 一百零五}, {@code 十万零五}, {@code 二十三点五}), with
 * {@code 三千五}/{@code 一万五} read as 3500/15000. Two adjacent ascending digits at the start
 * ({@code 两三}, {@code 三四十}) and 几/数 ({@code 十几}, {@code 数十}) give a range. A run of bare
 * Chinese digits ({@code 二〇二四}) is a code or a year, not a numeral.
 *
 * <p>The library's one numeral reader: quantities, {@link io.github.workreport.quantity.Quantities#parseNumber}
 * (which the extractors use) and the small numbers of headings, dates and sessions
 * ({@link SmallNumbers}) all read with it.
 */
final class Numeral {

    /** Longest numeral read, in chars; longer runs are rejected (and skipped whole). */
    static final int MAX_LENGTH = 40;
    /** Most digits of an Arabic literal. */
    static final int MAX_DIGITS = 30;

    private static final BigDecimal NINE = BigDecimal.valueOf(9);

    /** Start of the numeral read. */
    int numberStart;
    /** End of the numeral read (exclusive). */
    int end;
    /** Where a scanner should resume when it rejects this numeral: the end of the whole run. */
    int runEnd;
    /** Value, or low end of a range. */
    BigDecimal low;
    /** High end of a range; same as {@link #low} for a single value. */
    BigDecimal high;
    /** Begins with an Arabic literal. */
    boolean arabic;
    /** Has any 十百千万亿. */
    boolean hasUnitChar;
    /** Has 万 or 亿. */
    boolean hasLarge;
    /** Ends with 万 or 亿. */
    boolean endsWithLarge;
    /** low &lt; high: 两三, 十几, 数十. */
    boolean range;
    /** An Arabic integer of four digits from 1900 to 2100, nothing else. */
    boolean yearLike;
    /** Exactly the one character 一 (or 壹). */
    boolean singleOne;
    /** Product of the unit chars after the last digit (3千万 → 10^7), for ranges such as 5-6千万. */
    BigDecimal suffixMultiplier;
    /** Product of the 万/亿 at the end (两千五百万 → 10^4). */
    BigDecimal suffixLarge;

    // state of one pass
    private boolean digitSeq;
    private boolean overflow;

    /**
     * Reads a numeral at {@code start}.
     *
     * @param allowLeadingUnit whether 百/千/万/亿 may begin the numeral without a digit (十 always may)
     * @return whether a valid numeral was read; on false {@link #runEnd} tells where to resume
     */
    boolean read(CharSequence s, int start, int limit, boolean allowLeadingUnit) {
        arabic = false;
        hasUnitChar = false;
        hasLarge = false;
        endsWithLarge = false;
        range = false;
        yearLike = false;
        singleOne = false;
        digitSeq = false;
        overflow = false;
        suffixMultiplier = BigDecimal.ONE;
        suffixLarge = BigDecimal.ONE;
        end = start;
        numberStart = start;
        BigDecimal v = pass(s, start, limit, allowLeadingUnit, false);
        runEnd = end;
        if (v == null || end == start || digitSeq || overflow) {
            runEnd = skipRun(s, Math.max(end, start + 1), limit);
            return false;
        }
        low = v;
        high = v;
        if (range) {
            int e = end;
            high = pass(s, start, limit, allowLeadingUnit, true);
            end = e;
            if (high == null || high.compareTo(low) <= 0) {
                runEnd = skipRun(s, Math.max(end, start + 1), limit);
                return false;
            }
        }
        singleOne = end == start + 1 && Chars.chineseDigit(Chars.fold(s.charAt(start))) == 1;
        return true;
    }

    /** Skips the rest of a numeral-like run so that a rejected run is looked at once only. */
    static int skipRun(CharSequence s, int from, int limit) {
        int i = from;
        while (i < limit) {
            char c = Chars.fold(s.charAt(i));
            if (Chars.classOf(c) != Chars.NONE && Chars.classOf(c) != Chars.FAN) {
                i++;
            } else if ((c == '.' || c == ',' || c == '点') && i + 1 < limit
                    && Chars.classOf(Chars.fold(s.charAt(i + 1))) == Chars.ARABIC) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private BigDecimal pass(CharSequence s, int start, int limit, boolean allowLeading, boolean hi) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal wan = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        boolean wanSeen = false;
        int yiCount = 0;
        int lastSmall = 0;
        int lastUnitPow = 0;
        boolean prevWasUnit = false;
        boolean zero = false;
        boolean pendingChinese = false;
        boolean pendingAfterUnit = false;
        boolean pendingAfterZero = false;
        boolean pendingPlaceholder = false;
        boolean pendingDecimal = false;
        int pendingIndex = -1;
        int prevDigit = -1;
        boolean pairSeen = false;
        boolean decimalSeen = false;
        boolean any = false;
        int i = start;
        scan:
        while (i < limit) {
            if (i - start >= MAX_LENGTH) {
                overflow = true;
                break;
            }
            char c = Chars.fold(s.charAt(i));
            byte cls = Chars.classOf(c);
            switch (cls) {
                case Chars.ARABIC -> {
                    // an Arabic literal comes first, or right after 万/亿 when a unit char follows it
                    // (1亿2千万, 3万5千); a bare tail such as 13万2 is ambiguous and ends the numeral
                    if (any && !(prevWasUnit && lastUnitPow >= 4 && arabicThenUnit(s, i, limit, lastUnitPow))) {
                        break scan;
                    }
                    int j = i;
                    long unscaled = 0;
                    int digits = 0;
                    int scale = 0;
                    boolean comma = false;
                    boolean dot = false;
                    int group = 0;
                    while (j < limit) {
                        char d = Chars.fold(s.charAt(j));
                        if (d >= '0' && d <= '9') {
                            if (digits < 18) {
                                unscaled = unscaled * 10 + (d - '0');
                            }
                            digits++;
                            group++;
                            if (dot) {
                                scale++;
                            }
                            j++;
                        } else if (d == ',' && !dot && group >= 1 && group <= 3 && (!comma || group == 3)
                                && threeDigitsThenEnd(s, j + 1, limit)) {
                            comma = true;
                            group = 0;
                            j++;
                        } else if (d == '.' && !dot && j + 1 < limit
                                && Chars.classOf(Chars.fold(s.charAt(j + 1))) == Chars.ARABIC) {
                            dot = true;
                            j++;
                        } else {
                            break;
                        }
                    }
                    if (digits > MAX_DIGITS) {
                        overflow = true;
                        end = j;
                        return null;
                    }
                    BigDecimal v;
                    if (digits <= 18) {
                        v = BigDecimal.valueOf(unscaled, scale);
                    } else {
                        StringBuilder sb = new StringBuilder(j - i);
                        for (int k = i; k < j; k++) {
                            char d = Chars.fold(s.charAt(k));
                            if (d != ',') {
                                sb.append(d);
                            }
                        }
                        v = new BigDecimal(sb.toString());
                    }
                    if (!hi && !any) {
                        arabic = true;
                        yearLike = !comma && !dot && digits == 4 && unscaled >= 1900 && unscaled <= 2100;
                    }
                    pending = v;
                    pendingIndex = i;
                    pendingChinese = false;
                    pendingDecimal = dot;
                    prevWasUnit = false;
                    any = true;
                    i = j;
                }
                case Chars.DIGIT -> {
                    int d = Chars.chineseDigit(c);
                    if (pending != null && !pendingChinese) {
                        break scan;
                    }
                    if (d == 0) {
                        if (pending != null) {
                            digitSeq = true;
                        } else if (!any) {
                            pending = BigDecimal.ZERO;
                            pendingIndex = i;
                            pendingChinese = true;
                            prevDigit = 0;
                        } else {
                            zero = true;
                        }
                        prevWasUnit = false;
                        any = true;
                        i++;
                        continue;
                    }
                    if (pending != null) {
                        if (!pairSeen && pendingIndex == start && i == start + 1 && prevDigit >= 1 && d == prevDigit + 1) {
                            pairSeen = true;
                            if (!hi) {
                                range = true;
                            }
                            pending = BigDecimal.valueOf(hi ? d : prevDigit);
                        } else {
                            digitSeq = true;
                        }
                    } else {
                        char after = i + 1 < limit ? Chars.fold(s.charAt(i + 1)) : 0;
                        if (arabic && prevWasUnit && Chars.smallUnit(after) <= 0 && Chars.largeUnitPower(after) <= 0) {
                            break scan; // 5万亿两个台阶: an Arabic number takes no colloquial tail (三万五 does)
                        }
                        pending = BigDecimal.valueOf(d);
                        pendingIndex = i;
                        pendingAfterUnit = prevWasUnit;
                        pendingAfterZero = zero;
                        pendingPlaceholder = false;
                        pendingDecimal = false;
                    }
                    pendingChinese = true;
                    prevDigit = d;
                    prevWasUnit = false;
                    zero = false;
                    any = true;
                    i++;
                }
                case Chars.PLACEHOLDER -> {
                    if (pending != null) {
                        break scan;
                    }
                    char next = i + 1 < limit ? Chars.fold(s.charAt(i + 1)) : 0;
                    boolean nextUnit = Chars.smallUnit(next) > 0 || Chars.largeUnitPower(next) > 0;
                    if (c == '数' && any) {
                        break scan;
                    }
                    if (!nextUnit && !(c == '几' && prevWasUnit && lastUnitPow == 1)) {
                        break scan;
                    }
                    pending = hi ? NINE : BigDecimal.ONE;
                    if (!hi) {
                        range = true;
                    }
                    pendingIndex = i;
                    pendingChinese = true;
                    pendingPlaceholder = true;
                    pendingAfterUnit = prevWasUnit;
                    prevDigit = -1;
                    prevWasUnit = false;
                    any = true;
                    i++;
                }
                case Chars.TEN, Chars.SMALL_UNIT -> {
                    int u = Chars.smallUnit(c);
                    if (u == 1000 && i + 1 < limit && "瓦克米帕伏卡".indexOf(Chars.fold(s.charAt(i + 1))) >= 0) {
                        break scan;
                    }
                    if (u == 100 && Text.startsWith(s, i + 1, limit, "分点")) {
                        break scan;
                    }
                    if (lastSmall != 0 && u >= lastSmall) {
                        break scan;
                    }
                    BigDecimal m;
                    if (pending == null) {
                        if (!any && u != 10 && !allowLeading) {
                            break scan;
                        }
                        m = BigDecimal.ONE;
                    } else {
                        m = pending;
                    }
                    section = section.add(m.multiply(BigDecimal.valueOf(u)));
                    pending = null;
                    lastSmall = u;
                    lastUnitPow = u == 10 ? 1 : u == 100 ? 2 : 3;
                    prevWasUnit = true;
                    zero = false;
                    if (!hi) {
                        hasUnitChar = true;
                        suffixMultiplier = (prevAfterDigit(s, i, start) ? BigDecimal.ONE : suffixMultiplier)
                                .multiply(BigDecimal.valueOf(u));
                        suffixLarge = BigDecimal.ONE;
                        endsWithLarge = false;
                    }
                    any = true;
                    i++;
                }
                case Chars.LARGE_UNIT -> {
                    int p = Chars.largeUnitPower(c);
                    BigDecimal part = pending == null ? section : section.add(pending);
                    boolean empty = pending == null && section.signum() == 0;
                    if (empty) {
                        if (!any) {
                            if (!allowLeading) {
                                break scan;
                            }
                            part = BigDecimal.ONE;
                        } else if (!(p == 8 && wanSeen && prevWasUnit && lastUnitPow == 4)) {
                            break scan;
                        }
                    }
                    if (p == 4) {
                        if (wanSeen) {
                            break scan;
                        }
                        wan = part.scaleByPowerOfTen(4);
                        wanSeen = true;
                    } else {
                        if (yiCount >= 1) {
                            break scan;
                        }
                        total = total.add(wan).add(part).scaleByPowerOfTen(8);
                        wan = BigDecimal.ZERO;
                        wanSeen = false;
                        yiCount++;
                    }
                    section = BigDecimal.ZERO;
                    pending = null;
                    lastSmall = 0;
                    lastUnitPow = p;
                    prevWasUnit = true;
                    zero = false;
                    if (!hi) {
                        hasUnitChar = true;
                        hasLarge = true;
                        endsWithLarge = true;
                        BigDecimal f = BigDecimal.ONE.scaleByPowerOfTen(p);
                        suffixMultiplier = (prevAfterDigit(s, i, start) ? BigDecimal.ONE : suffixMultiplier).multiply(f);
                        suffixLarge = (prevAfterDigit(s, i, start) || !endsWithLargeBefore(s, i, start) ? BigDecimal.ONE : suffixLarge)
                                .multiply(f);
                    }
                    any = true;
                    i++;
                }
                default -> {
                    if (c != '点' || decimalSeen || !any || arabic || pendingPlaceholder) {
                        break scan;
                    }
                    if (pending == null && section.signum() == 0 && total.signum() == 0 && wan.signum() == 0) {
                        break scan;
                    }
                    // 四十三万点一 (ICU's spell-out of 430000.1): the fraction belongs to the whole number
                    int j = i + 1;
                    StringBuilder frac = new StringBuilder("0.");
                    while (j < limit && j - start < MAX_LENGTH && Chars.chineseDigit(Chars.fold(s.charAt(j))) >= 0) {
                        frac.append((char) ('0' + Chars.chineseDigit(Chars.fold(s.charAt(j)))));
                        j++;
                    }
                    if (j == i + 1) {
                        break scan;
                    }
                    BigDecimal intPart = pending == null ? section : section.add(pending);
                    pending = intPart.add(new BigDecimal(frac.toString()));
                    pendingChinese = false;
                    pendingDecimal = true;
                    pendingAfterUnit = false;
                    section = BigDecimal.ZERO;
                    decimalSeen = true;
                    lastSmall = 1;
                    prevWasUnit = false;
                    i = j;
                }
            }
            if (cls != Chars.LARGE_UNIT && !hi) {
                endsWithLarge = false;
            }
        }
        end = i;
        if (!any) {
            return null;
        }
        if (pending != null && pendingChinese && !pendingPlaceholder && !pendingDecimal && pendingAfterUnit
                && !pendingAfterZero && lastUnitPow >= 2) {
            // 三千五 = 3500, 一万五 = 15000
            pending = pending.scaleByPowerOfTen(lastUnitPow - 1);
        }
        if (total.signum() == 0 && wan.signum() == 0 && section.signum() == 0 && pending != null) {
            return pending; // the common plain literal: no additions
        }
        BigDecimal v = total.add(wan).add(section);
        if (pending != null) {
            v = v.add(pending);
        }
        return v;
    }

    /** Whether the char before i (a unit char) is a digit or literal rather than another unit char. */
    private static boolean prevAfterDigit(CharSequence s, int i, int start) {
        if (i == start) {
            return true;
        }
        byte cls = Chars.classOf(Chars.fold(s.charAt(i - 1)));
        return cls != Chars.TEN && cls != Chars.SMALL_UNIT && cls != Chars.LARGE_UNIT;
    }

    private static boolean endsWithLargeBefore(CharSequence s, int i, int start) {
        return i > start && Chars.classOf(Chars.fold(s.charAt(i - 1))) == Chars.LARGE_UNIT;
    }

    /** Whether the integer literal at i is followed by a unit char smaller than 10^pow. */
    private static boolean arabicThenUnit(CharSequence s, int i, int limit, int pow) {
        int j = i;
        while (j < limit && j - i < 5 && Chars.classOf(Chars.fold(s.charAt(j))) == Chars.ARABIC) {
            j++;
        }
        if (j >= limit) {
            return false;
        }
        char c = Chars.fold(s.charAt(j));
        int u = Chars.smallUnit(c);
        return (u > 0 && !(u == 1000 && "瓦克米".indexOf(j + 1 < limit ? Chars.fold(s.charAt(j + 1)) : 0) >= 0))
                || (Chars.largeUnitPower(c) > 0 && Chars.largeUnitPower(c) < pow);
    }

    private static boolean threeDigitsThenEnd(CharSequence s, int from, int limit) {
        if (from + 3 > limit) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (Chars.classOf(Chars.fold(s.charAt(k))) != Chars.ARABIC) {
                return false;
            }
        }
        return from + 3 == limit || Chars.classOf(Chars.fold(s.charAt(from + 3))) != Chars.ARABIC;
    }
}
