package io.github.workreport.internal.quantity;

import io.github.workreport.Comparison;

/** The comparator words before and after a figure, and the hedge and verb words {@code parse} strips. */
final class Comparators {

    /** A word before the numeral. */
    record Prefix(String word, Comparison comparison, boolean fan) {
    }

    /** Longest first so that 不超过 wins over 超过 over 超. */
    private static final Prefix[] PREFIXES = {
        p("达到或略高于", Comparison.GE), p("达到或高于", Comparison.GE), p("达到或超过", Comparison.GE),
        p("不低于", Comparison.GE), p("不少于", Comparison.GE), p("不小于", Comparison.GE),
        p("不超过", Comparison.LE), p("不高于", Comparison.LE), p("不多于", Comparison.LE), p("不大于", Comparison.LE),
        p("控制在", Comparison.EQ),
        p("超过", Comparison.GT), p("突破", Comparison.GT), p("高于", Comparison.GT), p("多于", Comparison.GT),
        p("大于", Comparison.GT), p("超出", Comparison.GT),
        p("大约", Comparison.APPROX), p("约为", Comparison.APPROX), p("接近", Comparison.APPROX),
        p("将近", Comparison.APPROX), p("至少", Comparison.GE),
        p("低于", Comparison.LT), p("少于", Comparison.LT), p("小于", Comparison.LT), p("不足", Comparison.LT),
        p("不到", Comparison.LT),
        new Prefix("翻了", Comparison.EQ, true),
        p("超", Comparison.GT), p("逾", Comparison.GT), p("约", Comparison.APPROX), p("近", Comparison.APPROX),
        new Prefix("翻", Comparison.EQ, true),
    };

    /** Chars before 约 that make it part of another word (节约3亿元 is no approximation). */
    private static final String NOT_BEFORE_YUE = "节制签履契集简特预违邀公条盟婚相";
    /** Chars before 近 that make it part of another word (最近, 附近). */
    private static final String NOT_BEFORE_JIN = "最附临就邻亲贴靠逼";
    /** Chars before 超 (赶超). */
    private static final String NOT_BEFORE_CHAO = "赶";

    private static final String[] HEDGES = {"力争", "确保", "争取", "预计", "努力", "力求", "同比", "比上年", "年均", "全年"};
    private static final String[] RISE = {"增长", "增加", "提高", "上升", "上涨", "提升", "增"};
    private static final String[] FALL = {"下降", "减少", "降低", "回落", "下滑", "下跌", "减"};

    private Comparators() {
    }

    private static Prefix p(String w, Comparison c) {
        return new Prefix(w, c, false);
    }

    /** Last chars of the prefix words, sorted, and the words ending in each (longest first). */
    private static final char[] LAST_CHARS;
    private static final Prefix[][] BY_LAST_CHAR;

    static {
        java.util.TreeMap<Character, java.util.List<Prefix>> m = new java.util.TreeMap<>();
        for (Prefix p : PREFIXES) {
            m.computeIfAbsent(p.word().charAt(p.word().length() - 1), k -> new java.util.ArrayList<>()).add(p);
        }
        LAST_CHARS = new char[m.size()];
        BY_LAST_CHAR = new Prefix[m.size()][];
        int k = 0;
        for (var e : m.entrySet()) {
            LAST_CHARS[k] = e.getKey();
            BY_LAST_CHAR[k++] = e.getValue().toArray(new Prefix[0]);
        }
    }

    /** The comparator word ending at {@code end}, starting at or after {@code floor}, or null. */
    static Prefix before(CharSequence s, int end, int floor) {
        if (end <= floor) {
            return null;
        }
        int k = java.util.Arrays.binarySearch(LAST_CHARS, Chars.fold(s.charAt(end - 1)));
        if (k < 0) {
            return null;
        }
        for (Prefix p : BY_LAST_CHAR[k]) {
            if (Text.endsWith(s, end, floor, p.word())) {
                char b = Text.at(s, end - p.word().length() - 1, s.length());
                if (blocked(p.word(), b)) {
                    continue;
                }
                return p;
            }
        }
        return null;
    }

    /** The comparator word starting at {@code at}, or null. */
    static Prefix after(CharSequence s, int at, int limit) {
        for (Prefix p : PREFIXES) {
            if (Text.startsWith(s, at, limit, p.word())) {
                return p;
            }
        }
        return null;
    }

    private static boolean blocked(String word, char before) {
        return switch (word) {
            case "约" -> NOT_BEFORE_YUE.indexOf(before) >= 0;
            case "近" -> NOT_BEFORE_JIN.indexOf(before) >= 0;
            case "超" -> NOT_BEFORE_CHAO.indexOf(before) >= 0;
            default -> false;
        };
    }

    /** The comparator word after a figure (以上, 以下, 以内, 左右, 上下) at {@code at}, or null; length 2. */
    static Comparison suffix(CharSequence s, int at, int limit) {
        if (at + 2 > limit) {
            return null;
        }
        char a = Chars.fold(s.charAt(at));
        char b = Chars.fold(s.charAt(at + 1));
        if (a == '以') {
            return switch (b) {
                case '上' -> Comparison.GE;
                case '下' -> Comparison.LE;
                case '内' -> Comparison.LE;
                default -> null;
            };
        }
        if (a == '左' && b == '右') {
            return Comparison.APPROX;
        }
        if (a == '之' && b == '内') {
            return Comparison.LE;
        }
        if (a == '上' && b == '下') {
            char c = Text.at(s, at + 2, limit);
            return "游级联功班文学水楼铺车半岗".indexOf(c) >= 0 ? null : Comparison.APPROX;
        }
        return null;
    }

    /** Length of a hedge word at {@code at}, or 0. */
    static int hedge(CharSequence s, int at, int limit) {
        for (String w : HEDGES) {
            if (Text.startsWith(s, at, limit, w)) {
                return w.length();
            }
        }
        return 0;
    }

    /** +len for a rise verb, -len for a fall verb at {@code at}, 0 for none. */
    static int verb(CharSequence s, int at, int limit) {
        for (String w : FALL) {
            if (Text.startsWith(s, at, limit, w)) {
                return -w.length();
            }
        }
        for (String w : RISE) {
            if (Text.startsWith(s, at, limit, w)) {
                return w.length();
            }
        }
        return 0;
    }
}
