package io.github.workreport.extractors.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage {@code list}, subject side: the subjects of a subject list (城镇、农村居民人均可支配收入 →
 * 城镇居民人均可支配收入, 农村居民人均可支配收入), with the head the members share, numeral runs
 * (一二三产增加值) and names written as one (存贷款, 城乡).
 */
final class SubjectLists {

    private SubjectLists() {
    }

    /** The separators of a subject list: 城镇、农村居民, 甲和乙, 甲及乙, 甲与乙. */
    private static final String LIST_SEPARATORS = "、和及与";
    private static final char JI = '及';
    /** Characters before 及 that make it part of a word (普及率, 涉及, 惠及), not a list's 及. */
    private static final String JI_WORD_BEFORE = "普涉惠波触顾危";

    /** Whether {@code s.charAt(i)} separates the members of a list (not the 及 of 普及率 or 及时). */
    private static boolean isSeparator(String s, int i) {
        char c = s.charAt(i);
        if (LIST_SEPARATORS.indexOf(c) < 0) {
            return false;
        }
        return c != JI || (i == 0 || JI_WORD_BEFORE.indexOf(s.charAt(i - 1)) < 0)
                && (i + 1 >= s.length() || s.charAt(i + 1) != '时');
    }

    /**
     * A member of a list with the head the last member ends with: 原煤、原油、天然气产量 → 原煤产量;
     * 生活补贴、护理补贴标准 → 生活补贴标准 (no 补贴补贴); 制造业、数字经济核心产业增加值 → 制造业增加值 (no
     * 制造业产业: the member ends as the head word does).
     */
    private static String withHead(String member, String head) {
        String w = Lexicon.words(Role.HEAD_START).prefixOf(head);
        boolean sameEnd = w != null && (member.endsWith(w) || member.charAt(member.length() - 1) == w.charAt(w.length() - 1));
        return sameEnd ? member + head.substring(w.length()) : member + head;
    }

    /** The members of {@code subject} between its 、 marks, trimmed (an empty one kept empty). */
    static List<String> byListMark(String subject) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= subject.length(); i++) {
            if (i == subject.length() || subject.charAt(i) == '、') {
                parts.add(Indicators.trimPunct(subject.substring(from, i)));
                from = i + 1;
            }
        }
        return parts;
    }

    /**
     * Expands the subject of a 分别 clause into {@code n} subjects: 城镇、农村居民人均可支配收入 →
     * 城镇居民人均可支配收入, 农村居民人均可支配收入; 城乡居民… → 城镇居民…, 农村居民….
     */
    static List<String> expand(String subject, int n) {
        List<String> marked = compressed(subject, n, true); // 存、贷款余额: one name cut by a list mark
        if (!marked.isEmpty()) {
            return marked;
        }
        List<String> parts = listParts(subject);
        if (parts.size() != n && subject.indexOf('、') >= 0) {
            List<String> byComma = new ArrayList<>(); // 文化及相关产业、旅游及相关产业增加值: 及 inside a member
            for (String p : byListMark(subject)) {
                if (!p.isEmpty()) {
                    byComma.add(p);
                }
            }
            if (byComma.size() == n) {
                parts = byComma;
            }
        }
        if (parts.size() == n) {
            String last = parts.get(n - 1);
            int head = headStart(last);
            List<String> out = new ArrayList<>(n);
            for (int k = 0; k < n - 1; k++) {
                String p = parts.get(k);
                if (head > 0 && !endsWithHead(p)) {
                    out.add(withHead(p, last.substring(head)));
                } else if (head < 0 && p.length() <= 3 && last.length() > p.length() + 1) {
                    out.add(p + last.substring(p.length())); // 城镇、农村…: modifiers of one length
                } else {
                    out.add(p);
                }
            }
            out.add(last);
            return out;
        }
        // 一二三产增加值 → 一产增加值, 二产增加值, 三产增加值
        if (subject.length() > n && isNumeralRun(subject, n) && !isNumeralRun(subject, n + 1)) {
            String tail = subject.substring(n);
            List<String> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                out.add(subject.charAt(k) + tail);
            }
            return out;
        }
        List<String> whole = compressed(subject, n, false);
        if (!whole.isEmpty()) {
            return whole;
        }
        if (townAndCountry(subject, n)) {
            int at = subject.indexOf(TOWN_AND_COUNTRY);
            String head = subject.substring(0, at);
            String tail = subject.substring(at + 2);
            if (!Lexicon.words(Role.TOWN_SPLIT_NOUN).occursIn(tail)) {
                // 城乡低保标准分别提高到815元和615元: the standard of town and country, each named after it
                return List.of(subject + "(" + CITY + ")", subject + "(" + COUNTRY + ")");
            }
            return List.of(head + TOWN + tail, head + COUNTRY + tail); // 城乡居民人均可支配收入 → 城镇居民…, 农村居民…
        }
        return List.of();
    }

    /**
     * The two names of a compressed pair in {@code subject} (存贷款余额 → 存款余额, 贷款余额), for two
     * values; {@code marked}: only the pairs written with a list mark (存、贷款), else only the others.
     */
    private static List<String> compressed(String subject, int n, boolean marked) {
        for (Lexicon.Pair pair : Lexicon.pairs(Lexicon.Relation.COMPRESSED)) {
            int at = subject.indexOf(pair.word());
            if (n == 2 && at >= 0 && (pair.word().indexOf('、') >= 0) == marked) {
                String head = subject.substring(0, at);
                String tail = subject.substring(at + pair.word().length());
                List<String> names = pair.parts();
                return List.of(head + names.get(0) + tail, head + names.get(1) + tail);
            }
        }
        return List.of();
    }

    private static final String TOWN_AND_COUNTRY = "城乡";
    private static final String TOWN = "城镇";
    private static final String CITY = "城市";
    private static final String COUNTRY = "农村";

    /** Whether {@code subject} names town and country at once for two values (城乡居民人均收入增长5.3%、7.7%). */
    static boolean townAndCountry(String subject, int n) {
        return n == 2 && subject.contains(TOWN_AND_COUNTRY);
    }

    /** The subjects of 甲、乙均增长8%: the parts of a list, or just the subject when it is no list. */
    static List<String> split(String subject) {
        List<String> parts = listParts(subject);
        if (parts.size() < 2) {
            return List.of(subject);
        }
        return expand(subject, parts.size());
    }

    /** The items of a subject list (甲、乙和丙), trimmed, empty ones left out. */
    static List<String> listParts(String subject) {
        List<String> parts = new ArrayList<>();
        if (subject.contains("及以上") || subject.contains("及以下")) {
            return List.of(subject); // 地级及以上城市: one group, not two
        }
        int from = 0;
        for (int i = 0; i <= subject.length(); i++) {
            if (i < subject.length() && !(isSeparator(subject, i))) {
                continue;
            }
            String c = Indicators.trimPunct(subject.substring(from, i));
            if (!c.isEmpty()) {
                parts.add(c);
            }
            from = i + 1;
        }
        return parts;
    }

    /**
     * Where the head shared by a coordinated list begins in its last member: the first place after
     * its own modifier where a head word starts (农村|居民人均可支配收入, 天然气|产量,
     * 近岸海域|水质优良比例), or -1 when none does.
     */
    static int headStart(String last) {
        for (int k = 1; k < last.length() - 1; k++) {
            if (Lexicon.words(Role.HEAD_START).wordAt(last, k) != null) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a list member names a whole indicator already (地区生产总值, 一般公共预算收入). */
    static boolean endsWithHead(String p) {
        return p.length() >= 2 && ("值量额率数入资出价费比重度积次税".indexOf(p.charAt(p.length() - 1)) >= 0);
    }

    static boolean isNumeralRun(String s, int n) {
        if (s.length() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if ("一二三四五六七八九".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
