package io.github.workreport.extractors.internal;

import io.github.workreport.Comparison;
import io.github.workreport.Quantity;
import io.github.workreport.quantity.QuantityMatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage {@code candidate.ratio}: ratios, figures without a unit. A ratio to one written as such
 * (城乡居民收入比缩小至2.21∶1, 2.1∶1左右), which the quantity scanner leaves alone as it leaves 8.7∶41.2,
 * is added as a quantity of the first number; a bare number after a ratio's name (收入倍差缩小至2.12,
 * {@link Role#RATIO_NOUN}) is a figure, not a number without a unit.
 */
final class Ratios {

    /** The longest number read before ∶1. */
    private static final int MAX_DIGITS = 8;

    private Ratios() {
    }

    /**
     * {@code found} with a quantity for every ratio to one in {@code s}, in text order (the 1左右 after its
     * colon folded in), and one for each part of a ratio of three parts or more after a ratio's name.
     */
    static List<QuantityMatch> withRatios(String s, List<QuantityMatch> found) {
        if (s.indexOf('∶') < 0 && s.indexOf(':') < 0) {
            return found; // most sentences
        }
        return withParts(s, toOne(s, found));
    }

    /** The longest run of parts read as one ratio. */
    private static final int MAX_PARTS = 5;

    /**
     * {@code found} with a quantity without a unit for each part of a ratio of three parts or more
     * written after a ratio's name in its clause ({@link Role#RATIO_NOUN}: 三次产业结构调整为7.4∶39.6∶53; a
     * baseline's parts too, which {@link #endOfRatio} lets the baseline rule see: 由8.7∶41.2∶50.1调整为…).
     */
    private static List<QuantityMatch> withParts(String s, List<QuantityMatch> found) {
        List<QuantityMatch> out = found;
        int i = 0;
        while (i < s.length()) {
            if (!Character.isDigit(s.charAt(i)) || i > 0 && (isNumberChar(s.charAt(i - 1)) || isColon(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            List<int[]> parts = partsFrom(s, i);
            int end = parts.get(parts.size() - 1)[1];
            if (parts.size() >= 3 && (end >= s.length() || !isColon(s.charAt(end)) && !isNumberChar(s.charAt(end)))
                    && Lexicon.words(Role.RATIO_NOUN).find(s, Math.max(0, Subjects.lastBoundary(s, i)), i) != null) {
                out = new ArrayList<>(out);
                int from = i;
                out.removeIf(m -> m.start() < end && m.end() > from);
                for (int[] p : parts) {
                    out.add(new QuantityMatch(p[0], p[1], p[0], p[1], Quantity.of(new BigDecimal(s.substring(p[0], p[1])), "", Comparison.EQ)));
                }
                out.sort((x, y) -> Integer.compare(x.start(), y.start()));
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /**
     * The parts {start, end} of the run of numbers joined by colons that starts at {@code from} (at most
     * {@link #MAX_PARTS}): 8.7∶41.2∶50.1 gives three; a number with no colon after it gives one.
     */
    private static List<int[]> partsFrom(String s, int from) {
        List<int[]> parts = new ArrayList<>();
        int j = from;
        while (parts.size() < MAX_PARTS) {
            int k = j;
            while (k < s.length() && isNumberChar(s.charAt(k))) {
                k++;
            }
            parts.add(new int[] {j, k});
            if (k + 1 < s.length() && isColon(s.charAt(k)) && Character.isDigit(s.charAt(k + 1))) {
                j = k + 1;
            } else {
                break;
            }
        }
        return parts;
    }

    /** Where the ratio holding the part that starts at {@code start} ends (8.7∶41.2∶50.1 from 8.7 or 41.2). */
    static int endOfRatio(String s, int start) {
        List<int[]> parts = partsFrom(s, start);
        return parts.get(parts.size() - 1)[1];
    }

    private static boolean isColon(char c) {
        return c == '∶' || c == ':';
    }

    /** {@code found} with a quantity for every ratio to one in {@code s}. */
    private static List<QuantityMatch> toOne(String s, List<QuantityMatch> found) {
        List<QuantityMatch> out = null;
        for (int c = 1; c + 1 < s.length(); c++) {
            char ch = s.charAt(c);
            if (ch != '∶' && ch != ':' || s.charAt(c + 1) != '1' || c + 2 < s.length() && isNumberChar(s.charAt(c + 2))) {
                continue;
            }
            int b = c;
            while (b > 0 && c - b < MAX_DIGITS && isNumberChar(s.charAt(b - 1))) {
                b--;
            }
            if (b == c || !Character.isDigit(s.charAt(b)) || s.charAt(c - 1) == '.' || b > 0 && (s.charAt(b - 1) == ':'
                    || s.charAt(b - 1) == '∶' || Character.isLetterOrDigit(s.charAt(b - 1)) && !Character.isIdeographic(s.charAt(b - 1)))) {
                continue; // (11:30:1, A1:1, 1.:1)
            }
            String digits = s.substring(b, c);
            if (digits.indexOf('.') != digits.lastIndexOf('.')) {
                continue; // 1.2.3∶1: a numbering, no number
            }
            BigDecimal value = new BigDecimal(digits);
            if (value.signum() <= 0) {
                continue; // 0∶1: a score, not a ratio
            }
            int end = c + 2;
            Comparison cmp = Comparison.EQ;
            if (out == null) {
                out = new ArrayList<>(found);
            }
            for (int k = out.size() - 1; k >= 0; k--) {
                QuantityMatch m = out.get(k);
                if (m.start() < end + 1 && m.end() > b) { // the 1 after the colon, with its 左右, or an overlap
                    if (m.start() >= c) {
                        end = Math.max(end, m.end());
                        cmp = m.quantity().comparison() == Comparison.RANGE ? cmp : m.quantity().comparison();
                    }
                    out.remove(k);
                }
            }
            out.add(new QuantityMatch(b, end, b, c, Quantity.of(value, "", cmp)));
        }
        if (out == null) {
            return found;
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    /** Whether a quantity without a unit is a ratio: written to one (2.21∶1) or after a ratio's name in its clause, with decimals (收入倍差…2.12). */
    static boolean isRatio(String s, QuantityMatch m) {
        if (!m.quantity().unit().isEmpty() || !Character.isDigit(s.charAt(m.numberStart()))) {
            return false;
        }
        int e = m.numberEnd();
        int b = m.numberStart();
        if (e < s.length() && isColon(s.charAt(e)) || b >= 2 && isColon(s.charAt(b - 1)) && Character.isDigit(s.charAt(b - 2))) {
            return true; // 2.21∶1, and the last part of 7.4∶39.6∶53
        }
        int from = Math.max(0, Subjects.lastBoundary(s, m.start()));
        return s.substring(m.numberStart(), e).indexOf('.') > 0 && Lexicon.words(Role.RATIO_NOUN).find(s, from, m.start()) != null;
    }
}
