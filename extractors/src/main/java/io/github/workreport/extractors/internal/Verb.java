package io.github.workreport.extractors.internal;

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

    static Verb of(String raw) {
        String r = raw.strip();
        boolean growth = false;
        boolean negative = false;
        boolean change = false;
        boolean to = false;
        boolean stripped = true;
        int guard = 0;
        while (stripped && !r.isEmpty() && guard++ < 20) {
            stripped = false;
            String v = Words.TRAILING_VERBS.suffixOf(r);
            if (v == null) {
                break;
            }
            if ((v.endsWith("到") || v.endsWith("至")) && !v.equals("达到")) {
                to = true; // 提高到80%, 下降至3%: the level reached, not a change
            }
            for (String g : Words.GROWTH) {
                if (v.contains(g)) {
                    growth = true;
                }
            }
            for (String n : Words.NEGATIVE) {
                if (v.contains(n)) {
                    negative = true;
                }
            }
            if (v.equals("净增") || v.equals("增加") || v.equals("净减少") || v.equals("提高") || v.equals("减少")) {
                change = true;
            }
            r = r.substring(0, r.length() - v.length()).strip();
            stripped = true;
        }
        if (to) {
            growth = false;
            negative = false;
            change = false;
        }
        return new Verb(growth, negative, change);
    }
}
