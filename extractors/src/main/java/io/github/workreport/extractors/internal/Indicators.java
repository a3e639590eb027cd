package io.github.workreport.extractors.internal;

/** Turns the text before a figure into an indicator name: no list markers, hedges, scope words or verbs. */
public final class Indicators {

    private static final int MAX_LENGTH = 120;
    private static final String EDGE_PUNCT = " \t,，、;；:：。.—-–―()（）“”\"'‘’《》【】[]·!！?？●■□◆◇▲△★☆";
    private static final java.util.BitSet EDGE = new java.util.BitSet();

    static {
        EDGE_PUNCT.chars().forEach(EDGE::set);
    }

    private Indicators() {
    }

    /** The scope words a name may start with before a name of the indicator taxonomy (全市, 全省, …), from the lexicon. */
    public static java.util.List<String> scopePrefixes() {
        return Lexicon.list(Role.SCOPE_PREFIX);
    }

    /** The indicator named by a clause fragment, or the empty string. */
    public static String clean(String raw) {
        String s = NameMarks.removeNoteMarkers(removeAsciiParentheticals(NameMarks.joinSpacedHan(raw)));
        s = s.replace("(下同)", "").replace("(下同", "");
        String prev = null;
        int guard = 0;
        while (!s.equals(prev) && guard++ < 30) {
            prev = s;
            s = stripListMarker(s.strip()); // before the punctuation goes: (二) is a marker, 二) is not
            s = trimPunct(s);
            s = stripListMarker(s);
            s = stripLeadingYear(s);
            s = stripTrailingYear(s);
            s = stripRunOfYears(s);
            String lead = Lexicon.words(Role.LEADING).prefixOf(s);
            if (lead != null && !(lead.length() == 1 && s.length() >= 2 && Lexicon.set(Role.LEADING_CHAR_WORD).contains(s.substring(0, 2)))
                    && !BudgetAccounts.isSide(s.substring(lead.length()))) { // (基本支出: a category, not 支出)
                s = s.substring(lead.length());
            }
            String trail = Lexicon.words(Role.TRAILING_VERB).suffixOf(s);
            if (trail != null && !endsWithWord(s, trail) && !changeOfItsOwn(s, trail)) {
                s = s.substring(0, s.length() - trail.length());
            }
            s = stripPerBase(stripComparisonBase(s));
            s = stripBareBaseline(s);
            if (s.endsWith("的") || s.endsWith("和") || s.endsWith("及") || s.endsWith("与")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        if (s.equals("经济") && raw.contains("经济增长")) {
            s = "经济增长"; // 今年经济增长预期目标为7%左右: the growth of the economy, i.e. of GDP
        }
        s = dropInnerVerb(s);
        s = NameMarks.dropInnerScope(s);
        s = dropTrailingYears(s);
        if (isPeriodName(s)) {
            return ""; // “十四五”年均增速达5.5%: a period, not what is measured (the subject is carried)
        }
        int deng = s.lastIndexOf('等');
        if (deng > 0 && "高中初同平对均相上下头特优".indexOf(s.charAt(deng - 1)) >= 0 || deng >= 0 && s.startsWith("等级", deng)) {
            deng = -1; // 高等学校, 中等职业学校, 高等级公路: a word, not the 等 closing a list
        }
        if (deng >= 2 && Lexicon.set(Role.GENERIC_SUBJECT).contains(s.substring(deng + 1))) {
            s = s.substring(0, deng); // 数字经济营业收入、智算规模等主要指标: the list names them, 主要指标 names nothing
            deng = -1;
        }
        if (deng >= 0 && s.length() - deng - 1 >= 2 && !BudgetAccounts.isSide(s.substring(deng + 1))) {
            s = s.substring(deng + 1); // 汽车、家电等消费品: what the list sums up (not 商业服务业等支出, a budget category)
        }
        int open = s.lastIndexOf('(');
        if (open >= 2 && s.indexOf(')', open) < 0) {
            s = s.substring(0, open); // 一般公共预算收入(预计完成数,下同)…: a bracket the clause's comma cut open
        }
        if (s.length() > 1 && s.charAt(s.length() - 1) == '等' && s.indexOf('、') >= 0) {
            s = s.substring(0, s.length() - 1); // 上解支出、调出资金等: the list, not its 等
        }
        if (s.length() > MAX_LENGTH) {
            s = lastPart(s, MAX_LENGTH);
        }
        return hasHanOrLetter(s) ? s : "";
    }

    /**
     * The end of a name too long to keep whole, at most {@code max} characters, starting after a list's
     * mark where one is near its start (…、地方政府专项债务收入、调入资金 keeps whole items), never inside a
     * surrogate pair.
     */
    static String lastPart(String s, int max) {
        int from = s.length() - max;
        int mark = s.indexOf('、', from);
        if (mark >= 0 && mark - from < max / 2) {
            return s.substring(mark + 1);
        }
        return s.substring(Character.isLowSurrogate(s.charAt(from)) ? from + 1 : from);
    }

    /** 收入倍差从2.42 → 收入倍差: a baseline without a unit (no quantity of its own) left at the end. */
    private static String stripBareBaseline(String s) {
        int k = s.length();
        if (k > 2 && s.charAt(k - 1) == '1' && (s.charAt(k - 2) == ':' || s.charAt(k - 2) == '∶')) {
            k -= 2; // 城乡居民收入比由2.9∶1: a ratio's baseline
        }
        int digits = k;
        while (k > 0 && (Character.isDigit(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) {
            k--;
        }
        return k < digits && k > 1 && (s.charAt(k - 1) == '从' || s.charAt(k - 1) == '由') ? s.substring(0, k - 1) : s;
    }

    /**
     * Whether {@code s} ends with a change that names what changed before it ({@link Role#CHANGE_ALONE}: 稳定增收,
     * 就业增收), kept whole; alone or after a comparison base only (比上年增收) it is stripped.
     */
    private static boolean changeOfItsOwn(String s, String trail) {
        return Lexicon.set(Role.CHANGE_ALONE).contains(trail)
                && hasHanOrLetter(stripComparisonBase(trimPunct(s.substring(0, s.length() - trail.length()))));
    }

    /** 高新技术企业5年 (…5年增加2万多家): a count of years after the subject is the period, not the subject. */
    static String dropTrailingYears(String s) {
        int n = s.length();
        if (n < 4 || s.charAt(n - 1) != '年') {
            return s;
        }
        char k = s.charAt(n - 2);
        boolean count = k >= '1' && k <= '9' || "两三四五六七八九十".indexOf(k) >= 0;
        char before = s.charAt(n - 3);
        if (!count || Character.isDigit(before) || "〇一二三四五六七八九十第全今去上".indexOf(before) >= 0) {
            return s; // 2025年, 十五年, 全年, 今年: a year or a word, not a count of years
        }
        return s.substring(0, n - 2);
    }

    /** 十四五, “十三五”时期, 五年, 这五年: the name of a period alone. */
    static boolean isPeriodName(String s) {
        String t = s.replace("“", "").replace("”", "").replace("\"", "");
        if (t.endsWith("时期") || t.endsWith("期间")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.startsWith("这")) {
            t = t.substring(1);
        }
        boolean fiveYear = t.length() == 3 && t.charAt(0) == '十' && t.charAt(2) == '五'
                && "一二三四五六七八九".indexOf(t.charAt(1)) >= 0
                || t.length() == 2 && t.charAt(1) == '五' && "五六七八九".indexOf(t.charAt(0)) >= 0 && !t.equals(s); // “六五”时期
        boolean years = t.length() == 2 && "两三四五六七八九十".indexOf(t.charAt(0)) >= 0 && t.charAt(1) == '年'
                || t.length() >= 2 && t.length() <= 3 && t.endsWith("年") && t.chars().limit(t.length() - 1).allMatch(c -> c >= '0' && c <= '9');
        return fiveYear || years;
    }

    /**
     * Whether a one-character trailing word is the end of a longer word instead: 产能, 职能, 效能
     * (not the modal 能), 人均 (not 均), 签约 (not 约).
     */
    private static boolean endsWithWord(String s, String trail) {
        if (trail.length() != 1 || s.length() < 2) {
            return false;
        }
        return Lexicon.set(Role.TRAILING_CHAR_WORD).contains(s.substring(s.length() - 2));
    }

    /**
     * {@code s} without the base of a rate that ends it (早籼稻每50公斤 → 早籼稻: the figure after it is
     * per 50 公斤); a name that opens with its base (每10万人刑事案件数) keeps it.
     */
    private static String stripPerBase(String s) {
        int at = s.lastIndexOf('每');
        if (at <= 0 || at + 1 >= s.length() || !Character.isDigit(s.charAt(at + 1))) {
            return s;
        }
        int k = at + 1;
        while (k < s.length() && (Character.isDigit(s.charAt(k)) || s.charAt(k) == '.')) {
            k++;
        }
        return s.length() - k <= MAX_PER_UNIT ? s.substring(0, at) : s;
    }

    /** The longest multiplier and unit of a rate's base (万公斤). */
    private static final int MAX_PER_UNIT = 4;

    /**
     * Drops a verb between the subject and the measured noun: 规模以上工业企业实现利润 → 规模以上工业企业利润,
     * 省属企业完成产业类投资 → 省属企业产业类投资; not before a plan or task (完成年计划的…: a completion rate).
     */
    static String dropInnerVerb(String s) {
        for (String listed : Lexicon.list(Role.INNER_VERB)) {
            int k = s.indexOf(listed);
            String v = k < 0 ? listed : Lexicon.words(Role.INNER_VERB).wordAt(s, k); // 累计完成 over 累计
            if (k >= 2 && s.length() - k - v.length() >= 2) {
                String after = s.substring(k + v.length());
                if (Lexicon.words(Role.NOT_AFTER_INNER_VERB).prefixOf(after) == null) {
                    return s.substring(0, k) + after;
                }
            }
        }
        return s;
    }


    private static String removeAsciiParentheticals(String s) {
        if (s.indexOf('(') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '(') {
                int close = s.indexOf(')', i + 1);
                if (close > i && close - i <= 12 && isAscii(s, i + 1, close)) {
                    i = close + 1;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return to > from;
    }

    static String trimPunct(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && EDGE.get(s.charAt(a))) {
            a++;
        }
        while (b > a && EDGE.get(s.charAt(b - 1)) && !(s.charAt(b - 1) == ')' && s.lastIndexOf('(', b) >= a)) {
            b--;
        }
        return s.substring(a, b);
    }

    private static String stripListMarker(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if (c >= '\u2460' && c <= '\u2473') {
            return s.substring(1);
        }
        if (c == '(' || c == '（') {
            int close = s.indexOf(')');
            if (close < 0) {
                close = s.indexOf('）');
            }
            if (close > 1 && close <= 4 && isNumeral(s, 1, close)) {
                return s.substring(close + 1);
            }
        }
        int i = 0;
        while (i < s.length() && i < 3 && (Character.isDigit(s.charAt(i)) || "一二三四五六七八九十".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        if (i > 0 && i < s.length()) {
            char d = s.charAt(i);
            boolean decimal = d == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)); // 5.01万名: a number
            // 一、二季度: numerals in a list, not a marker
            boolean numeralList = d == '、' && i + 1 < s.length() && "一二三四五六七八九十".indexOf(s.charAt(i + 1)) >= 0;
            if ((d == '.' && !decimal) || (d == '、' && !numeralList) || (d == '是' && !Character.isDigit(c))) {
                return s.substring(i + 1);
            }
        }
        return s;
    }

    private static boolean isNumeral(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && "一二三四五六七八九十".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** 工业总产值比1956年 → 工业总产值; 比上年, 比“六五”期间, 较去年同期. */
    private static String stripComparisonBase(String s) {
        int at = Math.max(s.lastIndexOf('比'), s.lastIndexOf('较'));
        if (at < 0 || s.length() - at > 10 || s.startsWith("比例", at) || s.startsWith("比重", at) || s.startsWith("比率", at)) {
            return s; // 所占比例每年…: a ratio, not a comparison base
        }
        String tail = s.substring(at);
        if (tail.length() > 2 && (tail.endsWith("低") || tail.endsWith("高"))) {
            tail = tail.substring(0, tail.length() - 1); // 比去年预算低0.4个百分点 (Verb reads the sign)
        }
        boolean plan = tail.length() >= 3 && isPeriodName(tail.substring(1)); // 较“十三五”
        return endsWithComparisonBase(tail) || plan ? s.substring(0, at) : s;
    }

    /** Whether the text after 比/较 names a base to compare with: 上年, 1956年, 同期, 年初预算, “十三五”末. */
    static boolean endsWithComparisonBase(String t) {
        return Lexicon.words(Role.COMPARISON_BASE_END).suffixOf(t) != null;
    }

    /** 经济增长连续四年 (达到或略高于10%), 连续四年经济增长, 近3年: the run of years is when, not what. */
    static String stripRunOfYears(String s) {
        if (s.startsWith("近")) {
            // 近3年提升21个百分点, 近五年来: a span of recent years opens the clause, no subject
            int y = yearsEnd(s, 1, 3);
            if (y > 0) {
                return s.substring(s.startsWith("来", y) ? y + 1 : y);
            }
        }
        int k = s.indexOf("连续");
        int y = k < 0 ? -1 : yearsEnd(s, k + 2, 4);
        return y > 0 ? s.substring(0, k) + s.substring(y) : s;
    }

    /**
     * The end of a count of years at {@code from} (a numeral of at most {@code max} characters, then
     * 年: 3年, 五年), just after the 年; -1 when none stands there.
     */
    private static int yearsEnd(String s, int from, int max) {
        int j = from;
        while (j < s.length() && j - from < max && (Character.isDigit(s.charAt(j)) || "一二两三四五六七八九十".indexOf(s.charAt(j)) >= 0)) {
            j++;
        }
        return j > from && j < s.length() && s.charAt(j) == '年' ? j + 1 : -1;
    }

    /** 人均期望寿命2002年 (达到71.8岁): the year is when, not what. */
    private static String stripTrailingYear(String s) {
        int n = s.length();
        if (n < 7 || s.charAt(n - 1) != '年') {
            return s;
        }
        for (int k = n - 5; k < n - 1; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return s;
            }
        }
        return s.substring(0, n - 5);
    }

    private static String stripLeadingYear(String s) {
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || "〇零一二三四五六七八九○".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        int digits = i;
        while (i < s.length() && i - digits < 2 && s.charAt(i) == ' ') {
            i++; // 2020 年 of PDF text
        }
        if (digits >= 2 && digits <= 4 && i < s.length() && s.charAt(i) == '年') {
            int j = i + 1;
            if (j < s.length() && s.charAt(j) == '度') {
                j++;
            }
            return s.substring(j);
        }
        return s;
    }

    private static boolean hasHanOrLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF' || Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }
}
