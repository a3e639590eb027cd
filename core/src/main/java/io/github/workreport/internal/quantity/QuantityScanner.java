package io.github.workreport.internal.quantity;

import io.github.workreport.Comparison;
import io.github.workreport.Quantity;
import io.github.workreport.quantity.QuantityMatch;
import io.github.workreport.text.Utf16;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written, linear-time quantity scanner behind {@link io.github.workreport.quantity.Quantities}.
 *
 * <p>Each position of the text is looked at a bounded number of times: a candidate numeral is read
 * forward once (a rejected run is skipped whole), comparator words are matched over at most three
 * chars either side, units over the longest unit surface, and the second half of a range is read
 * at most once more as a candidate of its own. An instance holds scratch state: use one per call.
 */
public final class QuantityScanner {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal TEN = BigDecimal.TEN;
    /** Decimal places of a non-terminating fraction (三分之一 → 33.3333333333 %). */
    public static final int FRACTION_SCALE = 10;

    private final Numeral first = new Numeral();
    private final Numeral second = new Numeral();
    private final int[] unitEnd = new int[1];
    /** Where the comparator word before the current candidate starts (find only). */
    private int prefixStart;

    // result of scan()
    private int resStart;
    private int resNumberStart;
    private int resNumberEnd;
    private int resEnd;
    private int resRunEnd;
    private Quantity resQuantity;

    /** Every quantity in the text, left to right, non-overlapping. */
    public List<QuantityMatch> find(CharSequence s) {
        List<QuantityMatch> out = new ArrayList<>();
        int n = s.length();
        int prevEnd = 0;
        int i = 0;
        while (i < n) {
            i = Chars.nextClassed(s, i, n); // past the characters of no numeral class (the NONE case below, at once)
            if (i >= n) {
                break;
            }
            byte cls = Chars.classOf(s.charAt(i));
            if (cls == Chars.FAN && i >= prevEnd && doubled(s, i, n)) {
                out.add(new QuantityMatch(i, unitEnd[0], i, unitEnd[0], DOUBLED)); // 翻番: one doubling, 2 倍
                prevEnd = unitEnd[0];
                i = prevEnd;
                continue;
            }
            if (cls == Chars.NONE || cls == Chars.FAN) {
                i++;
                continue;
            }
            if (cls == Chars.PLACEHOLDER) {
                char next = Text.at(s, i + 1, n);
                if (Chars.smallUnit(next) == 0 && Chars.largeUnitPower(next) == 0) {
                    i++;
                    continue;
                }
            }
            int numStart = i;
            if (cls == Chars.ARABIC && i - 1 >= prevEnd && Text.at(s, i - 1, n) == '-' && signContext(s, i - 2, n)) {
                numStart = i - 1;
            }
            int preEnd = numStart;
            while (preEnd > prevEnd && preEnd > numStart - 3 && isInlineSpace(s.charAt(preEnd - 1))) {
                preEnd--; // 超  719万
            }
            Comparators.Prefix pre = Comparators.before(s, preEnd, prevEnd);
            prefixStart = pre == null ? numStart : preEnd - pre.word().length();
            if ((cls == Chars.DIGIT || cls == Chars.TEN) && pre == null && !Units.mayFollowChineseNumeral(Text.at(s, i + 1, n))) {
                // a lone Chinese numeral inside a word (一体化, 统一, 第三): the full read would reject it
                i++;
                continue;
            }
            if ((cls == Chars.SMALL_UNIT || cls == Chars.LARGE_UNIT) && (pre == null || pre.fan())
                    && !Text.startsWith(s, i + 1, n, "分之")) {
                i++;
                continue;
            }
            if (scan(s, numStart, n, pre, false)) {
                if (!Utf16.isPrivateUseAt(s, resNumberEnd) && !(Utf16.isPrivateUseAt(s, resNumberStart - 1) && digitBefore(s, resNumberStart - 1))) {
                    // (76\uDBC0\uDDB01%: a glyph a PDF tool could not map sits in the number; no figure from it)
                    out.add(new QuantityMatch(resStart, resEnd, resNumberStart, resNumberEnd, resQuantity));
                }
                prevEnd = resEnd;
                i = resEnd;
            } else {
                i = Math.max(i + 1, resRunEnd);
            }
        }
        return out;
    }

    /** Whether a digit stands right before the (one- or two-unit) character ending at {@code i}. */
    private static boolean digitBefore(CharSequence s, int i) {
        int k = i > 0 && Character.isLowSurrogate(s.charAt(i)) ? i - 2 : i - 1;
        return k >= 0 && Character.isDigit(s.charAt(k));
    }

    /** Times a per-unit may end with after its first denominator (元/人/月, 元/人/年). */
    private static final String PER_TIME = "年月日天";

    /** 翻番 without a numeral: one doubling. */
    private static final Quantity DOUBLED = Quantity.of(BigDecimal.valueOf(2), "倍", Comparison.EQ);

    /** Whether the 翻 at {@code i} is followed right away by the unit of doublings (翻番); sets unitEnd. */
    private boolean doubled(CharSequence s, int i, int n) {
        Units.Def u = Units.match(s, i + 1, n, unitEnd);
        return u != null && u.kind() == Units.Kind.FAN;
    }

    /** A whole string that is one quantity, with hedges, a leading rise/fall verb and comparators. */
    public Optional<Quantity> parse(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (n > 0 && Character.isWhitespace(Chars.fold(s.charAt(n - 1)))) {
            n--;
        }
        i = skipSpace(s, i, n);
        int h;
        while ((h = Comparators.hedge(s, i, n)) > 0) {
            i = skipSpace(s, i + h, n);
        }
        if (Chars.classOf(Text.at(s, i, n)) == Chars.FAN && doubled(s, i, n) && unitEnd[0] == n) {
            return Optional.of(DOUBLED); // 翻番
        }
        int sign = 1;
        int v = Comparators.verb(s, i, n);
        if (v != 0) {
            sign = Integer.signum(v);
            i += Math.abs(v);
            if (Text.at(s, i, n) == '了') {
                i++;
            }
            i = skipSpace(s, i, n);
        }
        Comparators.Prefix pre = Comparators.after(s, i, n);
        if (pre != null) {
            i = skipSpace(s, i + pre.word().length(), n);
        }
        if (i >= n) {
            return Optional.empty();
        }
        if (!scan(s, i, n, pre, true) || resEnd != n) {
            return Optional.empty();
        }
        return Optional.of(sign < 0 ? resQuantity.negate() : resQuantity);
    }

    /** A numeral only, single-valued. */
    public Optional<BigDecimal> parseNumber(CharSequence s) {
        int n = s.length();
        while (n > 0 && Character.isWhitespace(Chars.fold(s.charAt(n - 1)))) {
            n--;
        }
        int i = skipSpace(s, 0, n);
        boolean negative = false;
        if (i < n && (Chars.fold(s.charAt(i)) == '-' || s.charAt(i) == '负')) {
            negative = true;
            i++;
        }
        if (i >= n || !first.read(s, i, n, true) || first.end != n || first.range) {
            return Optional.empty();
        }
        BigDecimal v = canon(first.low);
        return Optional.of(negative ? v.negate() : v);
    }

    private static int skipSpace(CharSequence s, int i, int n) {
        while (i < n && Character.isWhitespace(Chars.fold(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** Skips up to four spaces inside a line (space, ideographic space, no-break and zero-width space). */
    private static int skipInlineSpace(CharSequence s, int i, int limit) {
        int k = i;
        while (k < limit && k - i < 4 && isInlineSpace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\u200B';
    }

    /**
     * Whether a '-' whose preceding char is at {@code at} is a minus sign rather than a dash: after a
     * space, a connective or a Han character (本年收支结余-1,569万元), not after a digit or a letter (5-6%).
     */
    private static boolean signContext(CharSequence s, int at, int n) {
        if (at < 0) {
            return true;
        }
        char c = Chars.fold(s.charAt(at));
        return Character.isWhitespace(c) || "为是长速幅值:(,、=:".indexOf(c) >= 0 || Character.isIdeographic(c);
    }

    /**
     * Reads a quantity whose numeral (or minus sign) starts at {@code numStart}.
     *
     * @param lenient true for parse: every well-formed numeral is a quantity; false for find, where
     *                the false-positive rules apply
     */
    private boolean scan(CharSequence s, int numStart, int limit, Comparators.Prefix pre, boolean lenient) {
        resRunEnd = numStart + 1;
        int p = numStart;
        boolean negative = false;
        if (Chars.fold(s.charAt(p)) == '-') {
            negative = true;
            p++;
            if (p >= limit || Chars.classOf(Chars.fold(s.charAt(p))) != Chars.ARABIC) {
                return false;
            }
        }
        int start = pre == null || lenient ? numStart : prefixStart;
        boolean comparatorPrefix = pre != null && !pre.fan();
        boolean allowLeading = lenient || comparatorPrefix || Text.startsWith(s, p + 1, limit, "分之");
        Numeral a = first;
        if (!a.read(s, p, limit, allowLeading)) {
            resRunEnd = a.runEnd;
            return false;
        }
        resRunEnd = a.end;
        int j = a.end;
        char before = Text.at(s, numStart - 1, limit);
        if (!lenient) {
            if (before == '第' || (pre == null && "“\"「『‘'《〈".indexOf(before) >= 0)) {
                return false;
            }
            if (!a.arabic && a.end == p + 1 && Chars.isIdeograph(before) && isNumeralChar(Text.at(s, numStart - 2, limit))) {
                // the second numeral of an idiom: 三番五次, 三年五载
                return false;
            }
            if (a.arabic && ((Chars.isLatinLetter(before) && shortLatinRunBefore(s, numStart))
                    || before == '.' || Chars.classOf(before) == Chars.ARABIC || Chars.isLatinLetter(Text.at(s, j, limit))
                    && !latinUnitAt(s, j, limit))) {
                // PM2.5, G20, CO2, 5G, 4A: part of a name; after an acronym of three letters or more
                // (GDP1.2万美元) the number stands, and before a unit in letters (4800PF)
                return false;
            }
            if (a.arabic && (before == '图' || before == '表' || (before == '件' && Text.at(s, numStart - 2, limit) == '附'))) {
                // 图1, 表2, 附件3: captions
                return false;
            }
            if (a.arabic && Text.at(s, p, limit) == '0' && Chars.classOf(Text.at(s, p + 1, limit)) == Chars.ARABIC) {
                // 01-17, 007: a code or a date part
                return false;
            }
            if (a.arabic && before == ' ' && Chars.isLatinLetter(Text.at(s, numStart - 2, limit))) {
                // PM 2.5
                return false;
            }
            if (a.endsWithLarge && Chars.classOf(Text.at(s, j, limit)) == Chars.ARABIC) {
                // 13万2: ambiguous, skipped with its tail
                resRunEnd = Numeral.skipRun(s, j, limit);
                return false;
            }
        }

        // a分之b
        if (Text.startsWith(s, j, limit, "分之")) {
            return fraction(s, numStart, start, p, j + 2, limit, pre, negative, lenient);
        }

        boolean more = false;
        int numberEnd = j;
        BigDecimal mult = BigDecimal.ONE;
        boolean multLarge = false;
        char c = Text.at(s, j, limit);
        if (c == '余' || c == '多') {
            more = true;
            j++;
            int k = j;
            while (k < limit && k - j < 4) {
                char m = Chars.fold(s.charAt(k));
                int u = Chars.smallUnit(m);
                int pw = Chars.largeUnitPower(m);
                if (u == 1000 && "瓦克米".indexOf(Text.at(s, k + 1, limit)) >= 0) {
                    break;
                }
                if (u > 0) {
                    mult = mult.multiply(BigDecimal.valueOf(u));
                } else if (pw > 0) {
                    mult = mult.scaleByPowerOfTen(pw);
                    multLarge = true;
                } else {
                    break;
                }
                k++;
            }
            if (k > j) {
                numberEnd = k;
                j = k;
            }
        }

        // a space between the figure and its multiplier or unit (1.8万 亿元, 50 公里) is tolerated
        int spaced = skipInlineSpace(s, j, limit);
        if (spaced > j) {
            int k = spaced;
            BigDecimal m2 = BigDecimal.ONE;
            while (k < limit && k - spaced < 2 && Chars.largeUnitPower(Chars.fold(s.charAt(k))) > 0) {
                m2 = m2.scaleByPowerOfTen(Chars.largeUnitPower(Chars.fold(s.charAt(k))));
                k++;
            }
            Units.Def spacedUnit = Units.match(s, k, limit, unitEnd);
            if (spacedUnit != null && spacedUnit.kind() == Units.Kind.PLAIN) {
                if (k > spaced) {
                    mult = mult.multiply(m2);
                    multLarge = true;
                    numberEnd = k;
                }
                j = k;
            }
        }

        // unit
        Units.Def unit = Units.match(s, j, limit, unitEnd);
        int afterUnit = j;
        if (unit != null) {
            afterUnit = unitEnd[0];
            if (unit.kind() == Units.Kind.FAN && (pre == null || !pre.fan())) {
                unit = null;
                afterUnit = j;
            }
        }
        String unitName = unit == null ? "" : unit.base();
        if (unit != null && "个".equals(unitName) && !more) {
            char m = Text.at(s, afterUnit, limit);
            if ((m == '多' || m == '余') && Text.at(s, afterUnit + 1, limit) == '月') {
                // 两个多月, 3个余月
                more = true;
                unitName = "个月";
                afterUnit += 2;
            }
        }
        if (unit != null && unit.compound() && Text.at(s, afterUnit, limit) == '/') {
            int k = afterUnit + 1;
            while (k < limit && k - afterUnit < 4 && (Chars.smallUnit(Chars.fold(s.charAt(k))) > 0
                    || Chars.largeUnitPower(Chars.fold(s.charAt(k))) > 0)) {
                k++;
            }
            Units.Def den = Units.match(s, k, limit, unitEnd);
            if (den != null && den.kind() == Units.Kind.PLAIN && den.compound()) {
                StringBuilder sb = new StringBuilder(unitName).append('/');
                for (int x = afterUnit + 1; x < unitEnd[0]; x++) {
                    sb.append(Chars.fold(s.charAt(x)));
                }
                unitName = sb.toString();
                afterUnit = unitEnd[0];
                if (Text.at(s, afterUnit, limit) == '/' && PER_TIME.indexOf(Text.at(s, afterUnit + 1, limit)) >= 0) {
                    unitName = unitName + '/' + Text.at(s, afterUnit + 1, limit); // 元/人/月: per head and month
                    afterUnit += 2;
                }
            }
        }
        j = afterUnit;

        // a range: 5%-6%, 2-3个, 两到三万
        boolean isRange = false;
        BigDecimal low = null;
        BigDecimal high = null;
        if (!more && !a.range && !negative && (unit == null || unit.kind() != Units.Kind.FAN)) {
            int sep = separator(s, j, limit);
            if (sep > 0 && rangeSecond(s, a, unit, unitName, j + sep, limit, lenient)) {
                isRange = true;
                low = rangeLow;
                high = rangeHigh;
                unitName = rangeUnit;
                numberEnd = second.end;
                j = rangeEnd;
                unit = rangeUnitDef;
            }
        }

        Comparison suf = Comparators.suffix(s, j, limit);
        if (suf != null) {
            j += 2;
        }

        if (!lenient && !accept(s, a, unit, unitName, isRange, more || multLarge, pre, suf, j, limit)) {
            return false;
        }
        if (lenient && a.yearLike && !isRange && "年".equals(unitName)) {
            return false;
        }

        Quantity q;
        if (isRange) {
            q = Quantity.range(canon(low), canon(high), unitName);
        } else {
            BigDecimal f = mult;
            if (unit != null && unit.kind() == Units.Kind.CHENG) {
                f = f.multiply(TEN);
            }
            if (unit != null && unit.kind() == Units.Kind.FAN) {
                if (a.range || a.low.scale() > 0 || a.low.signum() <= 0 || a.low.compareTo(BigDecimal.TEN) > 0) {
                    return false;
                }
                q = Quantity.of(BigDecimal.valueOf(2).pow(a.low.intValueExact()), "倍", Comparison.EQ);
            } else if (a.range) {
                q = Quantity.range(canon(a.low.multiply(f)), canon(a.high.multiply(f)), unitName);
            } else {
                BigDecimal v = f == BigDecimal.ONE ? a.low : a.low.multiply(f);
                Comparison cmp = suf != null ? suf : more ? Comparison.GT : comparatorPrefix ? pre.comparison() : Comparison.EQ;
                q = Quantity.of(canon(negative ? v.negate() : v), unitName, cmp);
            }
        }
        resStart = start;
        resNumberStart = numStart;
        resNumberEnd = numberEnd;
        resEnd = j;
        resQuantity = q;
        return true;
    }

    private boolean fraction(CharSequence s, int numStart, int start, int p, int from, int limit,
                             Comparators.Prefix pre, boolean negative, boolean lenient) {
        Numeral a = first;
        if (a.range || a.low.signum() == 0 || from >= limit || !second.read(s, from, limit, true) || second.range) {
            resRunEnd = Math.max(resRunEnd, from);
            return false;
        }
        BigDecimal den = a.low;
        BigDecimal num = second.low;
        String unit;
        BigDecimal v;
        if (den.compareTo(THOUSAND) == 0) {
            unit = "‰";
            v = num;
        } else {
            unit = "%";
            BigDecimal scaled = num.multiply(HUNDRED);
            // exact when the quotient has at most FRACTION_SCALE decimals, else rounded half-even
            v = scaled.divide(den, FRACTION_SCALE, RoundingMode.HALF_EVEN);
        }
        int j = second.end;
        boolean perHundredOrThousand = den.compareTo(HUNDRED) == 0 || den.compareTo(THOUSAND) == 0;
        BigDecimal high = perHundredOrThousand ? fractionRangeEnd(s, p, from, limit) : null;
        if (high != null && !negative && high.compareTo(v) > 0) { // 百分之二到三, 百分之五到百分之十
            resStart = start;
            resNumberStart = numStart;
            resNumberEnd = third.end;
            resEnd = third.end;
            resQuantity = Quantity.range(canon(v), canon(high), unit);
            return true;
        }
        Comparison suf = Comparators.suffix(s, j, limit);
        if (suf != null) {
            j += 2;
        }
        Comparison cmp = suf != null ? suf : pre != null && !pre.fan() ? pre.comparison() : Comparison.EQ;
        if (negative) {
            v = v.negate();
        }
        resStart = start;
        resNumberStart = numStart;
        resNumberEnd = second.end;
        resEnd = j;
        resQuantity = Quantity.of(canon(v), unit, cmp);
        return true;
    }

    /** Reads the upper end of a range of percentages or per-mille (三 of 百分之二到三); its numeral, or null. */
    private final Numeral third = new Numeral();

    /**
     * The upper end of a range written after the fraction read up to {@code second.end} whose prefix
     * (百分之) spans {@code s[p, from)}: a range separator, the prefix again or not, and a numeral; null
     * when none follows.
     */
    private BigDecimal fractionRangeEnd(CharSequence s, int p, int from, int limit) {
        int sep = separator(s, second.end, limit);
        if (sep == 0) {
            return null;
        }
        int at = second.end + sep;
        if (Text.startsWith(s, at, limit, s.subSequence(p, from).toString())) {
            at += from - p; // 百分之五到百分之十: the prefix said again
        }
        if (!third.read(s, at, limit, true) || third.range || Text.startsWith(s, third.end, limit, "分之")) {
            return null;
        }
        return third.low;
    }

    private BigDecimal rangeLow;
    private BigDecimal rangeHigh;
    private String rangeUnit;
    private Units.Def rangeUnitDef;
    private int rangeEnd;

    /** Length of a range separator at {@code at} (-, —, ——, ~, 至, 到), or 0. */
    private static int separator(CharSequence s, int at, int limit) {
        char c = Text.at(s, at, limit);
        if (c == '-' || c == '~') {
            return Text.at(s, at + 1, limit) == '-' ? 2 : 1;
        }
        return c == '至' || c == '到' ? 1 : 0;
    }

    private boolean rangeSecond(CharSequence s, Numeral a, Units.Def unit1, String unitName1, int from, int limit,
                                boolean lenient) {
        if (from >= limit) {
            return false;
        }
        byte cls = Chars.classOf(Chars.fold(s.charAt(from)));
        if (cls != Chars.ARABIC && cls != Chars.DIGIT && cls != Chars.TEN) {
            return false;
        }
        Numeral b = second;
        if (!b.read(s, from, limit, false) || b.range) {
            return false;
        }
        if (!lenient && b.arabic && Chars.isLatinLetter(Text.at(s, b.end, limit))) {
            return false;
        }
        Units.Def unit2 = Units.match(s, b.end, limit, unitEnd);
        int end = unit2 == null ? b.end : unitEnd[0];
        if (unit2 != null && unit2.kind() == Units.Kind.FAN) {
            return false;
        }
        if (unit1 != null && (unit2 == null || !unit1.base().equals(unit2.base()) || unit1.kind() != unit2.kind())) {
            return false;
        }
        Units.Def u = unit1 != null ? unit1 : unit2;
        String name = unit1 != null ? unitName1 : unit2 == null ? "" : unit2.base();
        if ((a.yearLike || b.yearLike) && (u == null || "年".equals(name))) {
            return false;
        }
        BigDecimal lo = a.low;
        if (!a.hasUnitChar) {
            lo = lo.multiply(b.suffixMultiplier);
        } else if (!a.hasLarge) {
            lo = lo.multiply(b.suffixLarge);
        }
        BigDecimal hi = b.low;
        if (u != null && u.kind() == Units.Kind.CHENG) {
            lo = lo.multiply(TEN);
            hi = hi.multiply(TEN);
        }
        if (lo.compareTo(hi) >= 0) {
            return false;
        }
        rangeLow = lo;
        rangeHigh = hi;
        rangeUnit = name;
        rangeUnitDef = u;
        rangeEnd = end;
        return true;
    }

    /**
     * Whether the number {@code [start, end)}, followed by 、 and another number, is a value of a list
     * whose unit comes after its last value (提高20.9、36.2、54个百分点): after a word or another value
     * of the list, not at the head of a numbered line (1、).
     */
    private static boolean valueInList(CharSequence s, int start, int end, int limit) {
        if (Text.at(s, end, limit) != '、' || Chars.classOf(Chars.fold(Text.at(s, end + 1, limit))) != Chars.ARABIC) {
            return false;
        }
        char prev = Text.at(s, start - 1, limit);
        return Chars.isIdeograph(prev) || prev == '、';
    }

    /** The false-positive rules of find. */
    private static boolean accept(CharSequence s, Numeral a, Units.Def unit, String unitName, boolean isRange,
                                  boolean moreOrLarge, Comparators.Prefix pre, Comparison suf, int end, int limit) {
        boolean comparatorPrefix = pre != null && !pre.fan();
        if (a.yearLike && !isRange && ("年".equals(unitName) || (unit == null && !comparatorPrefix))) {
            return false;
        }
        if ("年".equals(unitName) && !isRange && a.low.scale() >= 4) {
            // 2.2024年: a list number run into a year, not a duration
            return false;
        }
        char next = Text.at(s, end, limit);
        if (unit == null) {
            if (!a.arabic) {
                // 超一流, 高于一般, 近一半: a Chinese numeral running into a word is no figure
                boolean strong = suf != null
                        || ((comparatorPrefix || a.hasLarge || moreOrLarge) && !Chars.isIdeograph(next));
                if (!strong) {
                    return false;
                }
            } else if (suf == null) {
                if (Chars.isIdeograph(next) && !moreOrLarge && !a.endsWithLarge) {
                    return false; // (71万监测对象: a count in 万 before the noun it counts stays, for the extractors to judge)
                }
                if (next != 0 && ".、):∶/+×*]".indexOf(next) >= 0 && !(a.hasLarge || moreOrLarge || comparatorPrefix)
                        && !valueInList(s, a.numberStart, end, limit)) {
                    // numbering (1. 1、 3)), ratios (8.7∶41.2), fractions and formulas (1/10, 1+4+N)
                    return false;
                }
                int at = a.numberStart;
                char prev = Text.at(s, at - 1, limit);
                if (prev != 0 && ":∶/+×*[".indexOf(prev) >= 0) {
                    // 11:24, 电话:88121016, 1/10, “1+4”, [5] footnotes
                    return false;
                }
                if (prev == '-' && Chars.classOf(Text.at(s, at - 2, limit)) == Chars.ARABIC) {
                    // 2024-01-17
                    return false;
                }
                if (a.low.scale() > 0 && a.low.stripTrailingZeros().scale() <= 0) {
                    // 2.0, 3.0: a version
                    return false;
                }
                if ((prev == 0 || Character.isWhitespace(prev)) && (next == 0 || Character.isWhitespace(next))) {
                    // a number standing alone between spaces: a page or list number
                    return false;
                }
            }
        }
        if (a.singleOne && !isRange && !comparatorPrefix) {
            String u = unitName;
            boolean strongUnit = "pp".equals(u) || "倍".equals(u) || (unit != null && unit.kind() == Units.Kind.CHENG);
            if (!strongUnit) {
                return false;
            }
        }
        return true;
    }

    /** Whether a unit written in Latin letters (PF) starts at {@code j}, not followed by another letter. */
    private boolean latinUnitAt(CharSequence s, int j, int limit) {
        int[] end = new int[1];
        return Units.match(s, j, limit, end) != null && !Chars.isLatinLetter(Text.at(s, end[0], limit));
    }

    /** Whether the Latin letters ending at {@code end} are fewer than three. */
    private static boolean shortLatinRunBefore(CharSequence s, int end) {
        int k = end - 1;
        while (k >= 0 && end - k <= 3 && Chars.isLatinLetter(Chars.fold(s.charAt(k)))) {
            k--;
        }
        return end - k - 1 < 3;
    }

    private static boolean isNumeralChar(char c) {
        byte cls = Chars.classOf(c);
        return cls == Chars.DIGIT || cls == Chars.TEN || cls == Chars.SMALL_UNIT || cls == Chars.LARGE_UNIT;
    }

    /** Plain form: no trailing zeros, no negative scale (1.6E+12 → 1600000000000). */
    static BigDecimal canon(BigDecimal v) {
        if (v.scale() == 0) {
            return v;
        }
        BigDecimal r = v.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
