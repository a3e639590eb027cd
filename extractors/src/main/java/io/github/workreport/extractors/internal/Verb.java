package io.github.workreport.extractors.internal;

import java.util.HashMap;
import java.util.Map;

/** The verbs at the end of the text before a number: do they make it growth, negative, a change? */
final class Verb {
    final boolean growth;
    final boolean negative;
    final boolean change;

    private Verb(boolean growth, boolean negative, boolean change) {
        this.growth = growth;
        this.negative = negative;
        this.change = change;
    }

    private static final int TO = 1;
    private static final int GROWTH = 2;
    private static final int NEGATIVE = 4;
    private static final int CHANGE = 8;
    /** What each trailing verb says, worked out once. */
    private static final Map<String, Integer> FLAGS = flags();

    private static Map<String, Integer> flags() {
        Map<String, Integer> m = new HashMap<>();
        for (String v : Words.TRAILING_VERBS.words()) {
            int f = 0;
            if ((v.endsWith("到") || v.endsWith("至")) && !v.equals("达到")) {
                f |= TO; // 提高到80%, 下降至3%: the level reached, not a change
            }
            for (String g : Words.GROWTH) {
                if (v.contains(g)) {
                    f |= GROWTH;
                }
            }
            for (String n : Words.NEGATIVE) {
                if (v.contains(n)) {
                    f |= NEGATIVE;
                }
            }
            if (v.equals("净增") || v.equals("增加") || v.equals("净减少") || v.equals("提高") || v.equals("减少")
                    || v.equals("缩减") || v.equals("压减") || v.equals("削减") || v.equals("精简") || v.equals("缩短")) {
                f |= CHANGE;
            }
            m.put(v, f);
        }
        return Map.copyOf(m);
    }

    static Verb of(String raw) {
        String r = raw.strip();
        int flags = 0;
        int guard = 0;
        while (!r.isEmpty() && guard++ < 20) {
            String v = Words.TRAILING_VERBS.suffixOf(r);
            if (v == null) {
                break;
            }
            flags |= FLAGS.get(v);
            r = r.substring(0, r.length() - v.length()).strip();
        }
        if ((flags & TO) != 0) {
            return NONE;
        }
        return new Verb((flags & GROWTH) != 0, (flags & NEGATIVE) != 0, (flags & CHANGE) != 0);
    }

    private static final Verb NONE = new Verb(false, false, false);
}
