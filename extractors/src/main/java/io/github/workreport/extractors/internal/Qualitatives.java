package io.github.workreport.extractors.internal;

import io.github.workreport.spi.Punctuation;
import io.github.workreport.spi.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage {@code qualitative}: clauses without a figure that state a qualitative target or result
 * (…与经济增长同步, 完成省下达的…任务, 固定资产投资扭转下滑态势，实现正增长).
 */
final class Qualitatives {

    private Qualitatives() {
    }

    private static final java.util.regex.Pattern QUALITATIVE_PARTS = java.util.regex.Pattern.compile("[和、及]");

    /**
     * Clauses without a figure that state a qualitative target or result; {@code clauses}: gives those
     * of the sentence (core's, {@link io.github.workreport.spi.ReportContext#clausesIn}), each read
     * without the punctuation that ends it.
     */
    static List<Item> readQualitative(String text, String sentence, java.util.function.Supplier<List<TextRange>> clauses,
            SentenceRoles roles, List<Item> numeric, boolean plan) {
        List<Item> out = new ArrayList<>();
        if (!sentence.contains("完成") && !roles.hasQualitative()) {
            return out; // most sentences: one pass instead of two per clause, and no clauses asked for
        }
        int prevClause = -1; // start of the clause before, when it stated nothing
        for (TextRange clause : clauses.get()) {
            int cs = clause.start();
            int ce = clause.end();
            if (ce > cs && Punctuation.endsClause(text.charAt(ce - 1))) {
                ce--;
            }
            if (ce > cs && !overlaps(numeric, cs, ce)) {
                int before = out.size();
                qualitativeClause(text, cs, ce, out, plan, prevClause);
                prevClause = out.size() == before ? cs : -1;
            } else {
                prevClause = -1;
            }
        }
        return out;
    }

    static boolean overlaps(List<Item> items, int s, int e) {
        for (Item it : items) {
            if (it.start < e && s < it.end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The qualitative item of the clause {@code text[cs, ce)}, if it states one; {@code plan}: among
     * targets; {@code clauseBefore}: where the clause before starts when it stated nothing, else -1.
     */
    static void qualitativeClause(String text, int cs, int ce, List<Item> out, boolean plan, int clauseBefore) {
        int from = cs; // the clause after its last colon
        for (int i = ce - 1; i >= cs; i--) {
            char c = text.charAt(i);
            if (c == ':') {
                from = i + 1;
                break;
            }
        }
        if (directed(text, from, ce, cs, out) || completion(text, from, ce, cs, out)) {
            return;
        }
        WordList.Match qm = Lexicon.words(Role.QUALITATIVE).find(text, from, ce);
        if (plan) {
            WordList.Match pm2 = Lexicon.words(Role.QUALITATIVE_PLAN).find(text, from, qm == null ? ce : qm.index());
            if (pm2 != null && pm2.word().equals("改善") && pm2.index() + 2 < ce) {
                pm2 = null; // a bare 改善 states a target only at the end of its clause (国际收支状况改善), not 改善民生
            }
            qm = pm2 != null ? pm2 : qm;
        }
        if (qm != null) {
            int at = qm.index();
            if (at > from + 1 && text.charAt(at - 1) == '的' && holds(text, from, at - 1, '的')) {
                return; // 质的有效提升和量的合理增长: coordinated noun phrases, no subject with a predicate
            }
            if (at == from && clauseBefore >= 0) {
                // 固定资产投资扭转下滑态势，实现正增长: the subject opens the clause before
                String subject = Indicators.clean(leadingNounPhrase(text.substring(clauseBefore, cs - 1)));
                if (subject.length() >= 2 && subject.length() <= 20 && !Lexicon.set(Role.GENERIC_SUBJECT).contains(subject)) {
                    out.add(Item.qualitative(cs, ce, subject, Rules.QUALITATIVE_SUBJECT_BEFORE));
                }
                return;
            }
            if (at > from) {
                String ind = Indicators.clean(cutQualitative(text.substring(from, at)));
                if (ind.length() >= 2 && ind.length() <= 30 && Lexicon.words(Role.NOT_SUBJECT_START).prefixOf(ind) == null
                        && !Lexicon.set(Role.GENERIC_SUBJECT).contains(ind)) {
                    out.add(Item.qualitative(cs, ce, ind, Rules.QUALITATIVE_PREDICATE));
                }
                return;
            }
        }
    }

    /**
     * A clause opened by a qualitative predicate that comes first (完成省下达的…): one item per part
     * of what follows it (…节能减排和环境质量目标). True when the clause is one.
     */
    private static boolean directed(String text, int from, int ce, int cs, List<Item> out) {
        WordList.Match pm = Lexicon.words(Role.QUALITATIVE_PREFIX).find(text, from, ce);
        if (pm == null || !Indicators.clean(text.substring(from, pm.index())).isEmpty()) {
            return false;
        }
        String rest = text.substring(pm.index() + pm.word().length(), ce);
        for (String part : QUALITATIVE_PARTS.split(rest)) {
            String ind = Indicators.clean(part);
            if (ind.length() >= 2) {
                out.add(Item.qualitative(cs, ce, ind, Rules.QUALITATIVE_DIRECTED));
            }
        }
        return true;
    }

    /**
     * A clause stating that a task set from above is done, its subject first:
     * 碳排放双控完成国家下达任务, 约束性指标完成呼伦贝尔市确定的目标; or its object after the verb:
     * 按照国家要求完成节能减排降碳任务. True when it added the item.
     */
    /** Whether {@code s} is a list of two or more parts (甲、乙、丙). */
    private static boolean isListOf(String s) {
        return s.indexOf('、') > 0;
    }

    static boolean completion(String text, int from, int ce, int cs, List<Item> out) {
        int k = from;
        while (k + 2 < ce && !(text.charAt(k) == '完' && text.charAt(k + 1) == '成')) {
            k++; // within the clause only: an unbounded indexOf would scan the rest of the report per clause
        }
        if (k + 2 >= ce) {
            return false;
        }
        String after = text.substring(k + 2, ce).strip();
        if (Lexicon.words(Role.TASK_NOUN).suffixOf(after) == null) {
            return false;
        }
        String before = text.substring(from, k);
        boolean directed = after.contains("下达") || after.contains("确定") || after.contains("要求");
        if (before.endsWith("要求") && (before.startsWith("按照") || before.startsWith("根据") || before.startsWith("按"))) {
            before = ""; // 按照国家要求完成…任务: the object names what is done
            directed = true;
        }
        int deng = before.lastIndexOf('等');
        if (deng > 0 && isListOf(before.substring(0, deng)) && Lexicon.set(Role.LIST_SUMMARY).contains(before.substring(deng + 1).strip())) {
            // 城镇新增就业人数、城镇登记失业率、节能减排、安全生产等约束性指标完成…确定的目标: the list names them
            before = before.substring(0, deng);
        }
        String subject = Indicators.clean(cutQualitative(before));
        if (!subject.isEmpty()) {
            if (!directed || subject.length() < 2 || subject.length() > 30 || Lexicon.words(Role.NOT_SUBJECT_START).prefixOf(subject) != null) {
                return false;
            }
            // 单位生产总值能耗、主要污染物排放量完成省下达任务: one item per indicator named
            List<String> parts = new ArrayList<>();
            for (String part : QUALITATIVE_PARTS.split(subject)) {
                String ind = Indicators.clean(part);
                if (ind.length() < 2) {
                    parts.clear();
                    break; // 节能和减排 … a part too short to name an indicator: keep the subject whole
                }
                parts.add(ind);
            }
            for (String ind : parts.size() >= 2 ? parts : List.of(subject)) {
                out.add(Item.qualitative(cs, ce, ind, Rules.QUALITATIVE_COMPLETION));
            }
            return true;
        }
        int de = Math.max(after.lastIndexOf("下达的"), after.lastIndexOf("确定的"));
        String object = Indicators.clean(de >= 0 ? after.substring(de + 3) : after);
        if (!directed || object.length() < 2 || object.length() > 30) {
            return false;
        }
        out.add(Item.qualitative(cs, ce, object, Rules.QUALITATIVE_COMPLETION));
        return true;
    }

    /** Whether {@code text[from, to)} holds {@code c} (bounded, unlike a lastIndexOf from {@code to}). */
    static boolean holds(String text, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase that opens a clause, up to its first verb: 固定资产投资|扭转下滑态势; "" when none. */
    static String leadingNounPhrase(String clause) {
        WordList.Match v = Lexicon.words(Role.CLAUSE_VERB).find(clause);
        return v == null ? "" : clause.substring(0, v.index());
    }

    /** Cuts the qualitative-predicate lead-in (增长, 保持, 实现) off an indicator. */
    static String cutQualitative(String s) {
        String r = s;
        boolean cut = true;
        while (cut && !r.isEmpty()) {
            cut = false;
            for (String w : Lexicon.list(Role.QUALITATIVE_TAIL)) {
                if (r.endsWith(w)) {
                    r = r.substring(0, r.length() - w.length());
                    cut = true;
                    break;
                }
            }
            String noRun = cut ? r : Indicators.stripRunOfYears(r); // 连续5年, 连续十五年
            if (!noRun.equals(r)) {
                r = noRun;
                cut = true;
            }
        }
        boolean lead = true;
        while (lead) {
            lead = false;
            for (String w : Lexicon.list(Role.QUALITATIVE_LEAD)) {
                if (r.startsWith(w) && r.length() > w.length() + 1) {
                    r = r.substring(w.length());
                    lead = true;
                    break;
                }
            }
        }
        return r;
    }
}
