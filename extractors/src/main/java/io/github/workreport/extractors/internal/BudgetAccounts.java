package io.github.workreport.extractors.internal;

/**
 * Stage {@code subject.budget}: the subjects of a budget report's execution figures. A budget
 * account (一般公共预算收入, 政府性基金预算支出) is named once with the stage of its figure
 * (年初预算, 调整预算, 合计) and then carried: 支出年初预算合计531.3亿元，支出预算调整为712.9亿元，实际完成702.4亿元，
 * 为调整预算的98.5% names the expenditure of the account named before (一般公共预算收入 → 一般公共预算支出)
 * and its stages, while the figures after carry the account alone. The approving body before the
 * account (汇总各级人代会批准的2019年…) is no part of its name.
 */
final class BudgetAccounts {

    /** The account named last in the paragraph (一般公共预算收入), carried across its sentences. */
    static final class Memory {
        private String account;
        /** The account the enclosing section titles name (一般公共预算), or null. */
        private String titleAccount;
        private java.util.List<String> titles;

        /** The paragraph being read, whose level is read when first asked for. */
        private String text;
        private int lineStart;
        private int lineEnd;
        private boolean partRead;
        private String part;

        void clear() {
            account = null;
        }

        /** A new paragraph, {@code text[start, end)}. */
        void paragraph(String text, int start, int end) {
            this.text = text;
            this.lineStart = start;
            this.lineEnd = end;
            partRead = false;
        }

        /** The level the paragraph is about when it is a part of the whole (市本级, 经开区; not 全市), or null. */
        String part() {
            if (!partRead) {
                partRead = true;
                String scope = text == null ? null : Restatements.paragraphScope(text, lineStart, lineEnd);
                part = scope == null || scope.charAt(0) == '全' ? null : scope;
            }
            return part;
        }

        /** Reads the account the section titles name, the innermost first (once per list of titles). */
        void fromTitles(java.util.List<String> path) {
            if (path == titles) {
                return;
            }
            titles = path;
            titleAccount = null;
            for (int i = path.size() - 1; i >= 0 && titleAccount == null; i--) {
                WordList.Match m = Lexicon.words(Role.BUDGET_ACCOUNT).find(path.get(i));
                titleAccount = m == null ? null : m.word();
            }
        }
    }

    /** An indicator read as a budget account: the item's name and the subject carried to the next figures. */
    record Resolved(String indicator, String carried) {
    }

    private static final int MAX_STAGES = 4;
    /** What a fund's name ends with, before its side. */
    private static final String FUND = "基金";

    private BudgetAccounts() {
    }

    /**
     * The budget account the indicator names, with its stage, or null when it names none (then
     * nothing changes). Remembers a named account in {@code memory}. Only an amount (元) or a rate
     * is read as an account's figure.
     */
    static Resolved resolve(String indicator, Memory memory, String unit) {
        String scope = Lexicon.words(Role.ALLOCATION_SCOPE).prefixOf(indicator);
        if (scope != null && isSide(withoutActual(indicator.substring(scope.length())))) { // 市级支出1.09亿元
            Resolved r = resolveUnscoped(indicator.substring(scope.length()), memory, unit);
            return r == null || r.indicator().contains(scope) ? r : new Resolved(scope + r.indicator(), scope + r.carried());
        }
        return resolveUnscoped(indicator, memory, unit);
    }

    private static Resolved resolveUnscoped(String indicator, Memory memory, String unit) {
        boolean amountOrRate = unit.equals("元") || unit.equals("%");
        String s = indicator;
        boolean changed = false;
        int cut = -1;
        for (String w : Lexicon.list(Role.SUBJECT_AFTER)) {
            int at = s.lastIndexOf(w);
            cut = at >= 0 ? Math.max(cut, at + w.length()) : cut;
        }
        if (cut >= 0) {
            String rest = Indicators.clean(s.substring(cut));
            if (rest.length() >= 2) {
                s = rest;
                changed = true;
            } else if (rest.isEmpty() && amountOrRate && memory.account != null && cut == s.length()) {
                return new Resolved(memory.account, memory.account); // 后经各级人大常委会批准调整为110.8亿元: the account before
            }
        }
        String stage = "";
        for (int guard = 0; guard < MAX_STAGES && !s.isEmpty(); guard++) {
            String w = Lexicon.words(Role.BUDGET_STAGE).suffixOf(s);
            if (w == null) {
                break;
            }
            s = s.substring(0, s.length() - w.length());
            stage = w + stage;
        }
        String named = stage.replace("合计", ""); // 合计 is how the stage is said, not what it is
        if (s.isEmpty()) {
            // 调整预算为6.65亿元: a stage of the account named before (an amount, not 总量接近800万户; under a
            // title's account alone a stage names nothing: which side is not said)
            return memory.account == null || !amountOrRate ? null : new Resolved(memory.account + named, memory.account);
        }
        s = withoutActual(s);
        String lead = Lexicon.words(Role.BUDGET_STAGE).prefixOf(s); // 年初支出预算
        if (lead != null && lead.length() < s.length()) {
            s = s.substring(lead.length());
            named = lead + named;
        }
        if (isSide(s)) {
            s = amountOrRate ? sideOfRemembered(s, named, memory) : null;
            if (s == null) {
                return null;
            }
            changed = true;
        }
        String account = accountOf(s);
        if (account == null) {
            return null;
        }
        memory.account = account;
        if (!changed && stage.isEmpty() && named.isEmpty()) {
            return s.equals(indicator) ? null : new Resolved(indicator, account);
        }
        return new Resolved(s + named, account);
    }

    /**
     * A side named alone (收入, 支出) as a side of the account remembered, or of the one the section
     * titles name; null when there is none.
     */
    private static String sideOfRemembered(String side, String named, Memory memory) {
        if (memory.account != null) {
            String s = memory.account.substring(0, memory.account.length() - 2) + side; // 一般公共预算收入 → 一般公共预算支出
            return named.isEmpty() ? s : inPart(s, memory.part()); // 州本级…平衡情况：…收入总计438.7亿元 → 州本级一般公共预算收入总计
        }
        return memory.titleAccount != null ? memory.titleAccount + side : null; // under 国有资本经营预算执行情况: 支出预算调整为7.3亿元
    }

    /**
     * An account's total in a paragraph about a part of the whole: named with the part, without the
     * scope word the account was named with (地方一般公共预算收入 under 州本级 → 州本级一般公共预算收入).
     */
    private static final int MAX_PART = 6;
    private static final int MIN_ACCOUNT = 4;

    private static String inPart(String account, String part) {
        WordList.Match m = Lexicon.words(Role.SCOPE_PREFIX).find(account); // 地方, also after the part (市本级地方…)
        int after = m == null ? -1 : m.index() + m.word().length();
        String bare = m != null && m.index() <= MAX_PART && account.length() - after >= MIN_ACCOUNT
                ? account.substring(0, m.index()) + account.substring(after) : account;
        return part == null || bare.contains(part) ? bare : part + bare;
    }

    /**
     * The other side of a fund named just before ({@code carried}: 城乡居民基本养老保险基金收入) for a
     * side named alone ({@code side}: 支出), or {@code side} unchanged when the subject before names no
     * side or is an account (an account's other side is read from memory).
     */
    static String otherSide(String carried, String side) { // (a fund's: 养老保险基金收入; not 当年收入)
        if (carried.length() <= 2 || !endsWithSide(carried) || accountOf(carried) != null
                || !carried.startsWith(FUND, carried.length() - 2 - FUND.length())) {
            return side;
        }
        return carried.substring(0, carried.length() - 2) + side;
    }

    /** 实际支出 → 支出: the account's outturn is named by the account alone ({@link Role#BUDGET_ACTUAL}). */
    private static String withoutActual(String s) {
        String actual = Lexicon.words(Role.BUDGET_ACTUAL).prefixOf(s);
        return actual != null && isSide(s.substring(actual.length())) ? s.substring(actual.length()) : s;
    }

    /** Whether {@code s} ends with a side (…收入, …支出). */
    static boolean endsWithSide(String s) {
        return s.length() >= 2 && isSide(s.substring(s.length() - 2));
    }

    /** 收入 or 支出 alone (also 支出预算 once the stage is gone): the side of the account named before. */
    static boolean isSide(String s) {
        return s.equals("收入") || s.equals("支出");
    }

    /** The account an indicator names (一般公共预算收入, 市本级政府性基金预算支出; 总量 and 总额 dropped), or null. */
    private static String accountOf(String s) {
        String t = s;
        if (t.endsWith("总量") || t.endsWith("总额")) {
            t = t.substring(0, t.length() - 2);
        }
        boolean side = t.endsWith("收入") || t.endsWith("支出");
        return side && Lexicon.words(Role.BUDGET_ACCOUNT).occursIn(t) ? t : null;
    }
}
