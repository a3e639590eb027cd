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

    /** What a unit measures (the category column of units.tsv). */
    enum Category {
        COUNT, DURATION, AGE, RATE, MULTIPLE, MONEY, LENGTH, AREA, VOLUME, WEIGHT, ENERGY, POWER, TEMPERATURE, CONCENTRATION, COMPUTE;

        /** The name in units.tsv: {@code count}, {@code duration}, … */
        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Category byId(String id) {
            for (Category c : values()) {
                if (c.id().equals(id)) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * A unit.
     *
     * @param base      the base unit reported
     * @param category  what it measures
     * @param kind      how the value changes
     * @param compound  whether {@code /denominator} may follow
     * @param notBefore words that, following the unit, show it is part of another word (三次产业)
     */
    record Def(String base, Category category, Kind kind, boolean compound, String[] notBefore) {
    }

    /** The resource of the unit table. */
    static final String FILE = "units.tsv";

    /**
     * Grammar chars after a Chinese numeral that may continue a quantity besides the first chars of
     * units and of the comparator words after a figure: 分之, 余/多, 点, the range separators, 翻.
     */
    private static final String GRAMMAR_FOLLOWERS = "分余多点到至-~翻";

    /** The unit trie and the {@link #mayFollowChineseNumeral} table, built once from units.tsv. */
    record Table(Node root, boolean[] mayFollow, java.util.List<Map.Entry<String, Def>> rows) {
    }

    /** Loaded on first use; a broken units.tsv makes every use throw (see {@link Tsv.Loaded}). */
    private static final class Holder {
        static final Tsv.Loaded<Table> TABLE = Tsv.Loaded.of(() -> load(Tsv.read(FILE)));
        /** Static finals of their own, constants to the JIT (see {@link Chars}). */
        static final Node ROOT = TABLE.orNull() == null ? null : TABLE.orNull().root();
        static final boolean[] MAY_FOLLOW = TABLE.orNull() == null ? null : TABLE.orNull().mayFollow();
    }

    private Units() {
    }

    /** The table of the rows {@code lines} (in the format of units.tsv). */
    static Table load(java.util.List<String> lines) {
        Map<String, Def> m = new TreeMap<>();
        java.util.List<Map.Entry<String, Def>> rows = new java.util.ArrayList<>();
        for (Tsv.Row r : Tsv.rows(FILE, lines, 5, 6)) {
            String surface = r.get(0);
            String base = r.get(1);
            if (base.isEmpty()) {
                throw r.error("no base unit for '" + surface + "'");
            }
            Category category = Category.byId(r.get(2));
            if (category == null) {
                throw r.error("unknown category '" + r.get(2) + "' of '" + surface + "'");
            }
            Kind kind = switch (r.get(3)) {
                case "plain" -> Kind.PLAIN;
                case "tenths" -> Kind.CHENG;
                case "doublings" -> Kind.FAN;
                default -> throw r.error("unknown kind '" + r.get(3) + "' of '" + surface + "'");
            };
            boolean per = switch (r.get(4)) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw r.error("per is yes or no, got '" + r.get(4) + "' for '" + surface + "'");
            };
            Def d = new Def(base, category, kind, per, Tsv.list(r.get(5)));
            m.put(surface, d);
            rows.add(Map.entry(surface, d));
        }
        Node root = Node.build(m);
        boolean[] mayFollow = new boolean[65536];
        for (char c : root.keys) {
            mayFollow[c] = true;
        }
        for (char c : GRAMMAR_FOLLOWERS.toCharArray()) {
            mayFollow[c] = true;
        }
        for (String w : Comparators.suffixWords()) {
            mayFollow[w.charAt(0)] = true;
        }
        return new Table(root, mayFollow, java.util.List.copyOf(rows));
    }

    private static Table table() {
        return Holder.TABLE.get();
    }

    /** The rows of units.tsv: surface and unit, in file order. */
    static java.util.List<Map.Entry<String, Def>> rows() {
        return table().rows();
    }

    /**
     * Whether c (folded) may follow a one-char Chinese numeral in a quantity: a numeral char, the
     * first char of a unit, 分之, 余/多, 点, a range separator or a comparator suffix. A cheap filter
     * that lets find skip the Chinese numerals inside ordinary words.
     */
    static boolean mayFollowChineseNumeral(char c) {
        byte cls = Chars.classOf(c);
        if (cls != Chars.NONE && cls != Chars.FAN) {
            return true;
        }
        boolean[] t = Holder.MAY_FOLLOW;
        if (t == null) {
            throw Holder.TABLE.failure();
        }
        return t[c];
    }

    /**
     * The longest unit at {@code from}, or null (also when a {@link Def#notBefore} word follows it);
     * on a match its end is stored in {@code endOut[0]}.
     */
    static Def match(CharSequence s, int from, int limit, int[] endOut) {
        Node n = Holder.ROOT;
        if (n == null) {
            throw Holder.TABLE.failure();
        }
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

    static final class Node {
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
