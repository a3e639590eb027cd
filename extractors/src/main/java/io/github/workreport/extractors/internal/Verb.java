package io.github.workreport.extractors.internal;

import java.util.HashMap;
import java.util.Map;

/** The verbs at the end of the text before a number: do they make it growth, negative, a change? */
final class Verb {
    final boolean growth;
    final boolean negative;
    final boolean change;
    /** A verb of growth or fall (增长, 下降) that makes a figure in an absolute unit a change, not one in 倍. */
    final boolean absoluteChange;

    private Verb(boolean growth, boolean negative, boolean change) {
        this(growth, negative, change, false);
    }

    private Verb(boolean growth, boolean negative, boolean change, boolean absoluteChange) {
        this.absoluteChange = absoluteChange;
        this.growth = growth;
        this.negative = negative;
        this.change = change;
    }

    private static final int TO = 1;
    private static final int GROWTH = 2;
    private static final int NEGATIVE = 4;
    private static final int CHANGE = 8;
    private static final int ROOT_CHANGE = 16;

    /** What each trailing verb of the current lexicon says, worked out once per lexicon (not when the class loads). */
    private static Map<String, Integer> flags() {
        return Lexicon.current().derived(Verb.class, Verb::computeFlags);
    }

    private static Map<String, Integer> computeFlags(Lexicon lexicon) {
        Map<String, Integer> m = new HashMap<>();
        for (String v : lexicon.wordList(Role.TRAILING_VERB).words()) {
            int f = 0;
            if ((v.endsWith("到") || v.endsWith("至")) && !v.equals("达到")) {
                f |= TO; // 提高到80%, 下降至3%: the level reached, not a change
            }
            for (String g : lexicon.wordsOf(Role.GROWTH)) {
                if (v.contains(g)) {
                    f |= GROWTH;
                }
            }
            for (String n : lexicon.wordsOf(Role.NEGATIVE)) {
                if (v.contains(n)) {
                    f |= NEGATIVE;
                }
            }
            if (lexicon.wordSet(Role.CHANGE_VERB).contains(v)) {
                f |= CHANGE;
            } else if (lexicon.wordsOf(Role.CHANGE_ROOT).stream().anyMatch(v::contains)) {
                f |= ROOT_CHANGE; // 比上年增长12亿元, 下降0.2元/立方米: an absolute change (but 增长1.5倍 is a multiple)
            }
            m.put(v, f);
        }
        return Map.copyOf(m);
    }

    static Verb of(String raw) {
        String r = raw.strip();
        int flags = 0;
        if (r.endsWith("低") && comparative(r)) {
            return new Verb(false, true, true); // 比去年预算低0.4个百分点: lower than its base
        }
        if (r.endsWith("高") && comparative(r)) {
            return new Verb(false, false, true);
        }
        int guard = 0;
        boolean rateBeforeTo = false; // 涨幅回落到2.6%, 增速提高到8%: the rate reached is still a growth rate
        boolean afterTo = false;
        while (!r.isEmpty() && guard++ < 20) {
            String v = Lexicon.words(Role.TRAILING_VERB).suffixOf(r);
            if (v == null) {
                break;
            }
            int f = flags().get(v);
            if (afterTo && !rateBeforeTo && Lexicon.set(Role.RATE_NOUN).contains(v)) {
                rateBeforeTo = true;
            }
            afterTo |= (f & TO) != 0;
            flags |= f;
            r = r.substring(0, r.length() - v.length()).strip();
        }
        if ((flags & TO) != 0) {
            return rateBeforeTo || Lexicon.list(Role.RATE_NOUN).stream().anyMatch(r::endsWith) ? GROWTH_RATE : NONE;
        }
        return new Verb((flags & GROWTH) != 0, (flags & NEGATIVE) != 0, (flags & CHANGE) != 0, (flags & ROOT_CHANGE) != 0);
    }

    /** Whether the text ends with a comparison base and a comparative: 比去年预算低, 比上年高. */
    private static boolean comparative(String r) {
        int at = Math.max(r.lastIndexOf('比'), r.lastIndexOf('较'));
        if (at < 0 || r.length() - at > 10 || r.length() - at < 3) {
            return false;
        }
        return Indicators.endsWithComparisonBase(r.substring(at + 1, r.length() - 1)); // between 比 and 低: 去年预算, 上年
    }

    private static final Verb NONE = new Verb(false, false, false);
    private static final Verb GROWTH_RATE = new Verb(true, false, false);
}
