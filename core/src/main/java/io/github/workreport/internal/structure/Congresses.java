package io.github.workreport.internal.structure;

import io.github.workreport.internal.quantity.SmallNumbers;

/**
 * The year of a session of the National People's Congress (第十四届全国人民代表大会第三次会议 →
 * 2025), for national reports without a header. From the sixth congress (1983) on, a congress
 * holds one session a year for five years; before, the sessions are listed.
 */
final class Congresses {

    private Congresses() {
    }

    /** Session years of the first five congresses, by congress and session (1-based); 0 unknown. */
    private static final int[][] EARLY = {
        {1954, 1955, 1956, 1957, 1958},
        {1959, 1960, 1962, 1963},
        {1964},
        {1975},
        {1978, 1979, 1980, 1982, 1983},
    };

    /** The plan year a session reports on, or null when the congress or session is unknown. */
    static Integer year(int congress, int session) {
        if (congress < 1 || session < 1) {
            return null;
        }
        if (congress <= EARLY.length) {
            int[] s = EARLY[congress - 1];
            return session <= s.length ? s[session - 1] : null;
        }
        if (session > 5) {
            return null;
        }
        return 1983 + 5 * (congress - 6) + session - 1;
    }

    /**
     * The plan year of the first national congress session named in {@code s}
     * (第N届全国人民代表大会第M次会议), or null.
     */
    static Integer yearIn(String s) {
        String key = "全国人民代表大会第";
        int at = s.indexOf(key);
        for (int guard = 0; at >= 0 && guard < 8; guard++) {
            int jie = at - 1;
            if (jie >= 1 && s.charAt(jie) == '届') {
                int from = jie;
                while (from > 0 && SmallNumbers.isOrdinalChar(s.charAt(from - 1))) {
                    from--;
                }
                int to = at + key.length();
                int end = to;
                while (end < s.length() && SmallNumbers.isOrdinalChar(s.charAt(end))) {
                    end++;
                }
                if (from > 0 && s.charAt(from - 1) == '第' && end > to && end < s.length() && s.charAt(end) == '次') {
                    Integer y = year(SmallNumbers.value(s.substring(from, jie)), SmallNumbers.value(s.substring(to, end)));
                    if (y != null) {
                        return y;
                    }
                }
            }
            at = s.indexOf(key, at + 1);
        }
        return null;
    }
}
