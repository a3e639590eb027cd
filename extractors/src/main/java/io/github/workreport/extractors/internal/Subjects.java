package io.github.workreport.extractors.internal;

import io.github.workreport.Measure;
import io.github.workreport.spi.Punctuation;

/**
 * Stage {@code subject}: the indicator of a figure when the clause before the value does not name
 * it plainly: a subject clause of its own, the clause boundaries, the item's start, a name cut to
 * the length of an indicator.
 */
final class Subjects {

    private static final int MAX_INDICATOR = 40;

    private Subjects() {
    }

    /**
     * 服务业增加值增长6.1%，高于全国0.7个百分点: the margin {@code comparison} (高于全国) is the
     * subject's, the one {@code carried} from the figure {@code prev} before (its growth rate when
     * that is a growth figure).
     */
    static String marginSubject(String carried, Item prev, String sentence, int s, String comparison) {
        String growth = sentence.substring(prev.start - s, prev.from - s).contains("年均") ? "年均增速" : "增速";
        return carried + (prev.measure == Measure.GROWTH ? growth : "") + comparison;
    }

    /**
     * The subject named by a clause without a figure before {@code end} (and after {@code from}),
     * skipping adverbial clauses (考虑价格下降因素, 扣除价格因素, 按可比价格计算), or "".
     */
    static String subjectClauseBefore(String sentence, int from, int end) {
        int e = end - 1; // the boundary before the figure's clause
        for (int tries = 0; tries < 3 && e > from; tries++) {
            int b = lastBoundary(sentence, e);
            if (b < from) {
                break;
            }
            String clause = sentence.substring(b, e);
            String c = clause.strip();
            if (Lexicon.words(Role.ADVERBIAL).prefixOf(c) == null && !c.endsWith("看")) { // 从经济基本面看: a viewpoint, not a subject
                String ind = Indicators.clean(clause);
                return ind.length() >= 2 && ind.length() <= 20 ? ind : "";
            }
            e = b - 1;
        }
        return "";
    }

    /** Start of the clause holding offset at: see {@link Punctuation#clauseStart}. */
    static int lastBoundary(String s, int at) {
        return Punctuation.clauseStart(s, at);
    }

    static int leadingSkip(String sentence, int from, int to) {
        int i = from;
        while (i < to && " ,、;:—-".indexOf(sentence.charAt(i)) >= 0) {
            i++;
        }
        return i - from;
    }

    /** A name longer than any indicator is a clause: keep its tail, where the indicator is. */
    static String shorten(String indicator) {
        if (indicator.length() <= MAX_INDICATOR) {
            return indicator;
        }
        return Indicators.lastPart(indicator, MAX_INDICATOR);
    }

    /**
     * A ratio of the subject before, named as indicators of shares are (X占Y比重): 为年预算的100% →
     * 一般公共预算收入占年预算比例; 占财政支出的比重超过1.5% → 科学技术支出占财政支出比重. Null when the
     * clause names a subject of its own.
     */
    static String relativeSubject(String carried, String raw, String indicator) {
        String r = Indicators.trimPunct(NameMarks.removeNoteMarkers(raw)); // 完成调整预算[4]的: [4] is a note
        int verb = r.startsWith("为") ? 1 : r.startsWith("完成") ? 2 : 0;
        if (verb > 0 && r.endsWith("的") && r.length() <= 10 && r.contains("预算")) {
            String base = r.substring(verb, r.length() - 1);
            base = base.length() > 2 && base.charAt(base.length() - 1) == '数' ? base.substring(0, base.length() - 1) : base;
            return carried + "占" + base + "比例"; // 为年预算的, 为调整预算的, 完成预算的; 为预算数的: 预算 (数 says nothing)
        }
        if (indicator.startsWith("占") && indicator.length() >= 2 && indicator.length() <= 20) {
            return carried + withoutShareOf(indicator); // 占财政支出的比重
        }
        return null;
    }

    /** 占财政支出的比重 → 占财政支出比重: the 的 before 比重, 比例 is no part of a share's name. */
    static String withoutShareOf(String indicator) {
        for (String share : new String[] {"的比重", "的比例"}) {
            if (indicator.endsWith(share)) {
                return indicator.substring(0, indicator.length() - share.length()) + share.substring(1);
            }
        }
        return indicator;
    }
    /**
     * The subject of an allocation named by its purpose ({@link Role#ALLOCATION_VERB}, {@link Role#PURPOSE_VERB}):
     * 安排34.54亿元支持教育工程建设 → 教育工程建设安排, 投入16.4亿元用于提升公共文化服务 → 公共文化服务投入,
     * and 在支持提振消费方面，共安排16.05亿元 → 提振消费安排; null when the clause {@code raw} names a
     * subject of its own (财政投入12亿元) or no purpose follows the value ending at {@code end}.
     */
    static String purposeSubject(String raw, String sentence, int start, int end) {
        String r = Indicators.trimPunct(raw);
        String verb = Lexicon.words(Role.ALLOCATION_VERB).suffixOf(r);
        if (verb == null) {
            return null;
        }
        String own = stripScope(r.substring(0, r.length() - verb.length()));
        String frame = frameOf(own);
        if (own.isEmpty() && start > 0) { // 在支持提振消费方面，共安排16.05亿元: the frame is the clause before
            String before = Indicators.trimPunct(sentence.substring(lastBoundary(sentence, start - 1), start));
            frame = frameOf(before);
            if (frame == null && Lexicon.words(Role.PURPOSE_VERB).prefixOf(before) != null) {
                frame = stripPurposeVerbs(before); // 加强“一老一小”服务体系建设，共安排27.69亿元
            }
        } else if (!own.isEmpty() && frame == null) {
            return null; // 财政投入12亿元: a subject of its own
        }
        int p = end;
        while (p < sentence.length() && Punctuation.isClauseBreak(sentence.charAt(p)) && p - end < 2) {
            p++;
        }
        String purpose = null;
        if (Lexicon.words(Role.PURPOSE_VERB).wordAt(sentence, p) != null) {
            int e = Punctuation.clauseEnd(sentence, p);
            for (int d = p; d < e; d++) {
                if (Character.isDigit(sentence.charAt(d)) && e - d <= MAX_COUNT_TAIL) {
                    e = d; // 投资4.17亿元实施生态环境类重点项目7个: the count at the end is a figure of its own
                }
            }
            purpose = stripPurposeVerbs(sentence.substring(p, e));
            int sums = purpose.lastIndexOf(LIST_SUM);
            if (sums >= 0 && purpose.length() - sums > MIN_SUM) {
                purpose = purpose.substring(sums + 1); // 推进环莞快速路三期、…等交通工程建设: what the list sums up
            }
            if (purpose.length() > MAX_INDICATOR) {
                purpose = purpose.substring(purpose.length() - MAX_INDICATOR);
            }
        }
        String named = purpose != null && purpose.length() >= 2 && Lexicon.words(Role.PURPOSE_VERB).prefixOf(purpose) == null
                ? purpose : frame;
        return named == null || named.length() < 2 ? null : named + verb;
    }

    /**
     * Whether {@code raw} is a clause of rank, a 、 and a verb alone (稳居全国前十强、增长; {@link Role#RANK_VERB}):
     * the verb's figure is the carried subject's, not the rank's.
     */
    static boolean verbAfterClause(String raw) {
        int k = raw.lastIndexOf('、');
        if (k <= 0 || !Indicators.clean(raw.substring(k + 1)).isEmpty()) {
            return false;
        }
        String rank = Indicators.trimPunct(raw.substring(raw.lastIndexOf('、', k - 1) + 1, k));
        return Lexicon.words(Role.RANK_VERB).prefixOf(rank) != null;
    }

    /**
     * Whether a clause with words of its own stands in {@code sentence[from, to)}, between a figure and
     * the ratio after it (经济总量连续跨过3个万亿元大关，占全国比重…: the share is not the figure's subject's).
     */
    static boolean clauseBetween(String sentence, int from, int to) {
        int han = 0;
        for (int i = Math.max(0, from); i < to && i < sentence.length(); i++) {
            if (Character.isIdeographic(sentence.charAt(i)) && ++han > 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a figure in brackets after the subject {@code carried}, introduced by {@code variant}
     * (含, 不含): a part naming what it is (含土地出让收入30亿元, {@link Role#VARIANT_OWN_NAME}) is that; a part
     * of a budget side named by a place or unit (收入28.7亿元(不含辽滨经开区36.4亿元)) is that part's figure of
     * the account without its scope (辽滨经开区一般公共预算收入); else the subject with its variant
     * (农业总产值(包括村办工业)).
     */
    static String variantSubject(String carried, String variant, String part) {
        if (part.length() >= 2 && Lexicon.words(Role.VARIANT_OWN_NAME).suffixOf(part) != null) {
            return part;
        }
        if (part.length() >= 2 && carried.length() > 2 && BudgetAccounts.endsWithSide(carried)) {
            return part + stripScope(carried);
        }
        return carried + "(" + variant + part + ")";
    }

    /** The topic of a frame 在(支持)X方面, or null. */
    private static String frameOf(String s) {
        return s.indexOf(FRAME_OPEN) == 0 && s.endsWith(FRAME_CLOSE) && s.length() > 1 + FRAME_CLOSE.length()
                ? stripPurposeVerbs(s.substring(1, s.length() - FRAME_CLOSE.length())) : null;
    }

    private static final char FRAME_OPEN = '在';
    private static final String FRAME_CLOSE = "方面";

    /** {@code s} without the scope words that lead an allocation (其中, 市本级, 全市, 共). */
    private static String stripScope(String s) {
        String t = Indicators.trimPunct(s);
        for (int guard = 0; guard < 6; guard++) {
            String w = Lexicon.words(Role.ALLOCATION_SCOPE).prefixOf(t);
            if (w == null) {
                break;
            }
            t = Indicators.trimPunct(t.substring(w.length()));
        }
        return t;
    }

    /**
     * {@code s} without the verbs of purpose it starts with (支持实施, 用于提升), a 对…的 before its object
     * and the words of degree it ends with ({@link Role#PURPOSE_TAIL}: 加大对镇街的均衡性转移支付力度 → 均衡性转移支付).
     */
    private static String stripPurposeVerbs(String s) {
        String t = s;
        for (int guard = 0; guard < 4; guard++) {
            String w = Lexicon.words(Role.PURPOSE_VERB).prefixOf(t);
            if (w == null || w.length() == t.length()) {
                break;
            }
            t = t.substring(w.length());
        }
        int of = t.indexOf(OF);
        if (t.startsWith(TO) && of > 1 && of <= MAX_TARGET && t.length() - of > 2) {
            t = t.substring(of + 1); // 对镇街的…: whom it is for
        }
        String tail = Lexicon.words(Role.PURPOSE_TAIL).suffixOf(t);
        if (tail != null && t.length() - tail.length() >= 2) {
            t = t.substring(0, t.length() - tail.length());
        }
        t = Indicators.trimPunct(t);
        return t.length() > 2 && PARTICLES.indexOf(t.charAt(0)) >= 0 ? t.substring(1) : t; // 实施的…, 完成了…
    }

    /** Particles left before an allocation's object once its verb is gone. */
    private static final String PARTICLES = "的了";
    /** The longest count (7个, 120个) closing a purpose, which is a figure of its own. */
    private static final int MAX_COUNT_TAIL = 5;
    private static final char LIST_SUM = '等';
    /** What 等 sums up names the purpose only when it is more than a general word (等交通工程建设, not 等政策). */
    private static final int MIN_SUM = 3;
    private static final String TO = "对";
    private static final char OF = '的';
    /** The longest 对…的 before an allocation's object. */
    private static final int MAX_TARGET = 8;

    /**
     * The subject {@code carried} to a figure whose clause {@code raw} opens a running total: without
     * the work verb of the year's figure (新建绿道137公里、累计达到2136公里 → 绿道); else {@code carried}.
     */
    static String ofRunningTotal(String carried, String raw) {
        String opener = Indicators.trimPunct(raw);
        String total = Lexicon.words(Role.RUNNING_TOTAL).prefixOf(opener);
        String verb = total == null ? null : Lexicon.words(Role.WORK_VERB).prefixOf(carried);
        if (verb == null || carried.length() - verb.length() < 2 || opener.startsWith(verb, total.length())) {
            return carried; // 新增就业5万人，累计新增30万人: a total of the same 新增
        }
        return carried.substring(verb.length());
    }

    /** Whether the clause {@code raw} opens a running total ({@link Role#RUNNING_TOTAL}: 累计达到, 累计建成). */
    private static boolean opensRunningTotal(String raw) {
        return Lexicon.words(Role.RUNNING_TOTAL).prefixOf(Indicators.trimPunct(raw)) != null;
    }

    /** Whether {@code indicator} is only the work verb of a running total (累计建成120万亩: 建成), which names no subject. */
    static boolean verbOfRunningTotal(String raw, String indicator) {
        return Lexicon.set(Role.WORK_VERB).contains(indicator) && opensRunningTotal(raw);
    }
}
