package io.github.workreport.text;

import java.util.List;
import java.util.Objects;

/**
 * Cutting text without splitting a character: a supplementary character (U+10000 and above, such as
 * the CJK extension B ideographs or the private-use U+1001B0 some PDF converters write for a decimal
 * point) is two UTF-16 units, a surrogate pair, and a cut at a fixed length can fall between them.
 * A lone surrogate is no character: it cannot be encoded as UTF-8 (writers throw or write {@code ?}).
 */
public final class Utf16 {

    private Utf16() {
    }

    /**
     * {@code i} moved back by one when it falls between the two halves of a surrogate pair of
     * {@code s}, so that {@code [0, result)} and {@code [result, length)} are both whole characters.
     *
     * @throws IndexOutOfBoundsException when {@code i} is outside {@code [0, s.length()]}
     */
    public static int boundaryAtOrBefore(CharSequence s, int i) {
        Objects.checkIndex(i, s.length() + 1);
        return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }

    /** {@code i} moved forward by one when it falls inside a surrogate pair of {@code s}. */
    public static int boundaryAtOrAfter(CharSequence s, int i) {
        Objects.checkIndex(i, s.length() + 1);
        return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i)) ? i + 1 : i;
    }

    /** The first {@code max} units of {@code s} at most, without cutting a character (so maybe one fewer). */
    public static String head(String s, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        return s.length() <= max ? s : s.substring(0, boundaryAtOrBefore(s, max));
    }

    /** The last {@code max} units of {@code s} at most, without cutting a character (so maybe one fewer). */
    public static String tail(String s, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        return s.length() <= max ? s : s.substring(boundaryAtOrAfter(s, s.length() - max));
    }

    /**
     * Whether {@code s.charAt(i)} belongs to a private-use character (U+E000–U+F8FF, planes 15 and 16): in
     * extracted PDF text, a glyph the extracting tool could not map (a decimal point, a letter). False
     * outside {@code s}.
     */
    public static boolean isPrivateUseAt(CharSequence s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        if (c >= '\uE000' && c <= '\uF8FF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return c >= PLANE_15_HIGH;
        }
        return Character.isLowSurrogate(c) && i > 0 && s.charAt(i - 1) >= PLANE_15_HIGH
                && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Whether {@code s} holds a private-use character ({@link #isPrivateUseAt}). */
    public static boolean hasPrivateUse(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (isPrivateUseAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** The high surrogate that starts plane 15, the first of the two private-use planes. */
    private static final char PLANE_15_HIGH = '\uDB80';

    /** Whether {@code s} holds a surrogate that is not half of a pair. */
    public static boolean hasLoneSurrogate(CharSequence s) {
        return s instanceof String str ? firstLoneSurrogate(str) >= 0 : loneFrom(s, 0) >= 0;
    }

    /**
     * The index of the first lone surrogate of {@code s}, or -1. Most text has no surrogate at all:
     * a loop that only returns at the first one (compiled far tighter than one that steps past
     * pairs) finds that, and only then are pairs told from lone halves.
     */
    private static int firstLoneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return loneFrom(s, i);
            }
        }
        return -1;
    }

    /** The index of the first lone surrogate of {@code s} at or after {@code from} (not inside a pair), or -1. */
    private static int loneFrom(CharSequence s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * {@code s} without its lone surrogates (the halves a cut left), itself when it has none; null
     * stays null. Whole pairs are kept.
     */
    public static String wellFormed(String s) {
        if (s == null) {
            return null;
        }
        int first = firstLoneSurrogate(s);
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, first);
        int n = s.length();
        for (int i = first + 1; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            }
        }
        return sb.toString();
    }

    /** The strings of a list without lone surrogates, the list itself when none has one. */
    public static List<String> wellFormed(List<String> list) {
        for (String s : list) {
            if (s != null && hasLoneSurrogate(s)) {
                return list.stream().map(Utf16::wellFormed).toList();
            }
        }
        return list;
    }
}
