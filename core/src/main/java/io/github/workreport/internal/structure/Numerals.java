package io.github.workreport.internal.structure;

/** Small ordinals used in headings: 一 … 九十九, 〇/零, and Arabic digits. */
final class Numerals {

    private Numerals() {
    }

    static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    static boolean isChineseNumeralChar(char c) {
        return digit(c) >= 0 || c == '十' || c == '百';
    }

    /** Value of a Chinese ordinal up to 999 or an Arabic number, or −1. */
    static int value(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return -1;
        }
        if (Character.isDigit(s.charAt(0))) {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
        int total = 0;
        int cur = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                cur = d;
            } else if (c == '十') {
                total += (cur < 0 ? 1 : cur) * 10;
                cur = -1;
            } else if (c == '百') {
                total += (cur < 0 ? 1 : cur) * 100;
                cur = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(cur, 0);
    }

    /** Value of a circled number ① … ⑳, or −1. */
    static int circled(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        return -1;
    }
}
