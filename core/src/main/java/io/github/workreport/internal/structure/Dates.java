package io.github.workreport.internal.structure;

import io.github.workreport.internal.quantity.SmallNumbers;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Finds dates written as 2024年1月10日 or 二〇二四年一月十日 (also with spaces removed). Linear. */
final class Dates {

    private Dates() {
    }

    /** A date found in a string: the date and its range. */
    record Found(LocalDate date, int start, int end) {
    }

    static Found find(String s) {
        return find(s, 0, s.length());
    }

    static Found find(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '年') {
                continue;
            }
            // year before 年: 4 digits, Arabic or Chinese
            int ys = i;
            while (ys > from && i - ys < 4 && yearDigit(s.charAt(ys - 1)) >= 0) {
                ys--;
            }
            if (i - ys != 4) {
                continue;
            }
            int year = 0;
            for (int k = ys; k < i; k++) {
                year = year * 10 + yearDigit(s.charAt(k));
            }
            int p = i + 1;
            int[] month = small(s, p, to);
            if (month == null || month[1] >= to || s.charAt(month[1]) != '月') {
                continue;
            }
            p = month[1] + 1;
            int[] day = small(s, p, to);
            if (day == null || day[1] >= to || (s.charAt(day[1]) != '日' && s.charAt(day[1]) != '号')) {
                continue;
            }
            try {
                return new Found(LocalDate.of(year, month[0], day[0]), ys, day[1] + 1);
            } catch (DateTimeException e) {
                continue;
            }
        }
        return null;
    }

    /** A year (4 digits before 年) found in a string, or −1. */
    static int year(String s, int at) {
        int ys = at;
        while (ys > 0 && at - ys < 4 && yearDigit(s.charAt(ys - 1)) >= 0) {
            ys--;
        }
        if (at - ys != 4) {
            return -1;
        }
        int year = 0;
        for (int k = ys; k < at; k++) {
            year = year * 10 + yearDigit(s.charAt(k));
        }
        return year;
    }

    static int yearDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c == '〇' || c == '零' || c == 'О' || c == 'o' || c == 'O') {
            return c == '〇' || c == '零' ? 0 : -1;
        }
        int d = SmallNumbers.digit(c);
        return d >= 1 && d <= 9 && c != '两' ? d : -1;
    }

    /** A number 1–31 at p, Arabic or Chinese; {value, end} or null. */
    private static int[] small(String s, int p, int to) {
        int q = p;
        while (q < to && q - p < 3 && (Character.isDigit(s.charAt(q)) || SmallNumbers.isOrdinalChar(s.charAt(q)))) {
            q++;
        }
        if (q == p) {
            return null;
        }
        int v = SmallNumbers.value(s.substring(p, q));
        if (v < 1 || v > 31) {
            return null;
        }
        return new int[] {v, q};
    }
}
