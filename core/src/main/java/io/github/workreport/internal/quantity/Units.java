package io.github.workreport.internal.quantity;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The unit table: surface forms after a numeral (multipliers already read by {@link Numeral}) and
 * their base units, matched longest-first with a small immutable trie of sorted char arrays (no
 * boxing, no allocation per lookup).
 */
final class Units {

    /** How a unit changes the value. */
    enum Kind {
        /** The value stands, the base unit is {@link Def#base}. */
        PLAIN,
        /** 成: tenths, reported as percent (五成 → 50 %). */
        CHENG,
        /** 番 of 翻一番: doublings, reported as a multiple (翻一番 → 2 倍, 翻两番 → 4 倍). */
        FAN
    }

    /**
     * A unit.
     *
     * @param base      the base unit reported
     * @param kind      how the value changes
     * @param compound  whether {@code /denominator} may follow
     * @param notBefore words that, following the unit, show it is part of another word (三次产业)
     */
    record Def(String base, Kind kind, boolean compound, String[] notBefore) {
    }

    private static final Node ROOT;

    static {
        Map<String, Def> m = new TreeMap<>();
        plain(m, "%", "%");
        plain(m, "‰", "‰");
        m.put("个百分点", new Def("pp", Kind.PLAIN, false, new String[0]));
        m.put("百分点", new Def("pp", Kind.PLAIN, false, new String[0]));
        plain(m, "倍", "倍");
        m.put("成", new Def("%", Kind.CHENG, false,
                new String[] {"不变", "为", "功", "立", "本", "果", "效", "绩", "员", "熟", "交", "就", "品", "都", "型", "片",
                    "网", "链", "长", "年"}));
        m.put("番", new Def("倍", Kind.FAN, false, new String[0]));
        for (String u : new String[] {"元", "美元", "欧元", "港元", "人", "人次", "名", "户", "家", "所", "项", "座", "场", "辆",
            "套", "条", "件", "次", "个", "张", "台", "架", "艘", "列", "间", "栋", "处", "头", "只", "株", "棵", "支", "例", "宗",
            "笔", "款", "种", "吨", "吨标准煤", "斤", "公斤", "千克", "克", "亩", "公里", "千米", "米", "平方米", "平方公里",
            "立方米", "公顷", "千瓦", "千瓦时", "兆瓦", "度", "标准箱", "标箱", "岁", "天", "年", "个月", "小时", "分钟", "场次",
            "架次", "批次", "车次", "户次", "家次"}) {
            plain(m, u, u);
        }
        m.put("元人民币", new Def("元", Kind.PLAIN, true, new String[0]));
        m.put("μg/m3", new Def("μg/m3", Kind.PLAIN, false, new String[0]));
        m.put("μg/m³", new Def("μg/m3", Kind.PLAIN, false, new String[0]));
        m.put("微克/立方米", new Def("μg/m3", Kind.PLAIN, false, new String[0]));
        m.put("微克每立方米", new Def("μg/m3", Kind.PLAIN, false, new String[0]));
        // words that begin with a unit but are something else
        m.put("名", new Def("名", Kind.PLAIN, true, new String[] {"单", "牌", "片", "称", "义", "录", "额"}));
        m.put("所", new Def("所", Kind.PLAIN, true, new String[] {"有", "在", "以", "得"}));
        m.put("人", new Def("人", Kind.PLAIN, true, new String[] {"口", "民", "才", "员", "们", "群", "士"})); // 13亿多人口的大国
        // 行政法规37部, 9位科学家 (not 部门, 部分, 部署; 位于, 位置)
        m.put("部", new Def("部", Kind.PLAIN, true, new String[] {"门", "分", "署", "委", "长", "队", "属", "落", "位", "件"}));
        m.put("位", new Def("位", Kind.PLAIN, true, new String[] {"于", "置", "数", "次", "列", "居", "一"})); // 五位一体
        m.put("批", new Def("批", Kind.PLAIN, true, new String[] {"准", "复", "发", "评", "示", "次"}));
        m.put("种", new Def("种", Kind.PLAIN, true, new String[] {"子", "植", "养", "业"}));
        m.put("条", new Def("条", Kind.PLAIN, true, new String[] {"件", "例"}));
        m.put("度", new Def("度", Kind.PLAIN, true, new String[] {"假"}));
        m.put("家", new Def("家", Kind.PLAIN, true, new String[] {"庭", "园", "乡", "居"}));
        m.put("只", new Def("只", Kind.PLAIN, true, new String[] {"要", "有", "是", "能"}));
        m.put("天", new Def("天", Kind.PLAIN, true, new String[] {"然", "津", "下", "地", "空"}));
        m.put("头", new Def("头", Kind.PLAIN, true, new String[] {"部", "雁"}));
        // names of plans and rules: 三年行动, 五年规划, 八项规定, 八次全会
        m.put("年", new Def("年", Kind.PLAIN, true, new String[] {"行动", "规划", "计划", "攻坚"}));
        m.put("项", new Def("项", Kind.PLAIN, true, new String[] {"规定"}));
        m.put("次", new Def("次", Kind.PLAIN, true, new String[] {"产业", "性", "元", "全会", "会议", "党代会"}));
        m.put("起", new Def("起", Kind.PLAIN, true,
                new String[] {"来", "步", "点", "草", "飞", "诉", "源", "航", "始", "到", "止", "码", "床", "居", "落", "义", "伏", "色"}));
        ROOT = Node.build(m);
    }

    /** Chars after a Chinese numeral that may continue a quantity (see {@link #mayFollowChineseNumeral}). */
    private static final boolean[] MAY_FOLLOW = new boolean[65536];

    static {
        for (char c : ROOT.keys) {
            MAY_FOLLOW[c] = true;
        }
        for (char c : "分余多点到至-~以左上之翻".toCharArray()) {
            MAY_FOLLOW[c] = true;
        }
    }

    private Units() {
    }

    /**
     * Whether c (folded) may follow a one-char Chinese numeral in a quantity: a numeral char, the
     * first char of a unit, 分之, 余/多, 点, a range separator or a comparator suffix. A cheap filter
     * that lets find skip the Chinese numerals inside ordinary words.
     */
    static boolean mayFollowChineseNumeral(char c) {
        byte cls = Chars.classOf(c);
        return (cls != Chars.NONE && cls != Chars.FAN) || MAY_FOLLOW[c];
    }

    private static void plain(Map<String, Def> m, String surface, String base) {
        m.put(surface, new Def(base, Kind.PLAIN, true, new String[0]));
    }

    /**
     * The longest unit at {@code from}, or null (also when a {@link Def#notBefore} word follows it);
     * on a match its end is stored in {@code endOut[0]}.
     */
    static Def match(CharSequence s, int from, int limit, int[] endOut) {
        Node n = ROOT;
        Def best = null;
        int bestEnd = -1;
        for (int i = from; i < limit; i++) {
            n = n.child(Chars.fold(s.charAt(i)));
            if (n == null) {
                break;
            }
            if (n.def != null) {
                best = n.def;
                bestEnd = i + 1;
            }
        }
        if (best != null) {
            for (String w : best.notBefore()) {
                if (Text.startsWith(s, bestEnd, limit, w)) {
                    return null;
                }
            }
            endOut[0] = bestEnd;
        }
        return best;
    }

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private Def def;

        static Node build(Map<String, Def> m) {
            Node root = new Node();
            for (Map.Entry<String, Def> e : m.entrySet()) {
                Node n = root;
                for (char c : e.getKey().toCharArray()) {
                    n = n.addChild(c);
                }
                n.def = e.getValue();
            }
            return root;
        }

        private Node addChild(char c) {
            int k = Arrays.binarySearch(keys, c);
            if (k >= 0) {
                return children[k];
            }
            int at = -k - 1;
            char[] nk = new char[keys.length + 1];
            Node[] nc = new Node[keys.length + 1];
            System.arraycopy(keys, 0, nk, 0, at);
            System.arraycopy(children, 0, nc, 0, at);
            nk[at] = c;
            nc[at] = new Node();
            System.arraycopy(keys, at, nk, at + 1, keys.length - at);
            System.arraycopy(children, at, nc, at + 1, keys.length - at);
            keys = nk;
            children = nc;
            return nc[at];
        }

        Node child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k >= 0 ? children[k] : null;
        }
    }
}
