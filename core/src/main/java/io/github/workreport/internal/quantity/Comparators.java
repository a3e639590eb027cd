package io.github.workreport.internal.quantity;

import io.github.workreport.Comparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The comparator words before and after a figure (comparators.tsv), and the hedge and verb words
 * {@code parse} strips (lead-words.tsv), both read once on first use.
 */
final class Comparators {

    /** The resource of the comparator words. */
    static final String FILE = "comparators.tsv";
    /** The resource of the hedges and verbs of change. */
    static final String LEAD_FILE = "lead-words.tsv";

    /**
     * A word before the numeral.
     *
     * @param notAfter chars that, right before the word, make it part of another word (节约)
     */
    record Prefix(String word, Comparison comparison, boolean fan, String notAfter) {
    }

    /** A word after the figure (two chars), unless one of {@code notBefore} follows it (上下游). */
    record Suffix(char first, char second, Comparison comparison, String notBefore) {
    }

    /** A word of lead-words.tsv: {@code sign} 0 for a hedge, +1 for a rise, -1 for a fall. */
    record Lead(String word, int sign) {
    }

    /** The tables, built once. */
    record Tables(Prefix[] prefixes, char[] lastChars, Prefix[][] byLastChar, Suffix[] suffixes,
                  String[] hedges, Lead[] verbs) {
    }

    /** Loaded on first use; a broken file makes every use throw (see {@link Tsv.Loaded}). */
    private static final class Holder {
        static final Tsv.Loaded<Tables> TABLES = Tsv.Loaded.of(() -> load(Tsv.read(FILE), Tsv.read(LEAD_FILE)));
        /** A static final of its own, a constant to the JIT (see {@link Chars}). */
        static final Tables LOADED = TABLES.orNull();
    }

    private Comparators() {
    }

    private static Tables tables() {
        Tables t = Holder.LOADED;
        if (t == null) {
            throw Holder.TABLES.failure();
        }
        return t;
    }

    /** The tables of the rows {@code comparators} and {@code leads} (in the formats of the two files). */
    static Tables load(List<String> comparators, List<String> leads) {
        List<Prefix> prefixes = new ArrayList<>();
        List<Suffix> suffixes = new ArrayList<>();
        for (Tsv.Row r : Tsv.rows(FILE, comparators, 3, 5)) {
            String w = r.get(0);
            Comparison c = comparison(r);
            String notAfter = r.get(3);
            String notBefore = r.get(4);
            switch (r.get(1)) {
                case "before", "doubling" -> {
                    if (!notBefore.isEmpty()) {
                        throw r.error("a word before a figure has no not-before chars: '" + w + "'");
                    }
                    prefixes.add(new Prefix(w, c, r.get(1).equals("doubling"), notAfter));
                }
                case "after" -> {
                    if (w.length() != 2 || !notAfter.isEmpty()) {
                        throw r.error("a word after a figure has two chars and no not-after chars: '" + w + "'");
                    }
                    suffixes.add(new Suffix(w.charAt(0), w.charAt(1), c, notBefore));
                }
                default -> throw r.error("unknown position '" + r.get(1) + "' of '" + w + "'");
            }
        }
        // longest first, so that 不超过 wins over 超过 over 超 (a stable sort: ties keep the file's order)
        prefixes.sort(Comparator.comparingInt((Prefix p) -> -p.word().length()));
        TreeMap<Character, List<Prefix>> m = new TreeMap<>();
        for (Prefix p : prefixes) {
            m.computeIfAbsent(p.word().charAt(p.word().length() - 1), k -> new ArrayList<>()).add(p);
        }
        char[] lastChars = new char[m.size()];
        Prefix[][] byLastChar = new Prefix[m.size()][];
        int k = 0;
        for (var e : m.entrySet()) {
            lastChars[k] = e.getKey();
            byLastChar[k++] = e.getValue().toArray(new Prefix[0]);
        }
        List<String> hedges = new ArrayList<>();
        List<Lead> verbs = new ArrayList<>();
        for (Tsv.Row r : Tsv.rows(LEAD_FILE, leads, 2, 2)) {
            switch (r.get(1)) {
                case "hedge" -> hedges.add(r.get(0));
                case "rise" -> verbs.add(new Lead(r.get(0), 1));
                case "fall" -> verbs.add(new Lead(r.get(0), -1));
                default -> throw r.error("unknown role '" + r.get(1) + "' of '" + r.get(0) + "'");
            }
        }
        hedges.sort(Comparator.comparingInt(w -> -w.length()));
        verbs.sort(Comparator.comparingInt(v -> -v.word().length()));
        return new Tables(prefixes.toArray(new Prefix[0]), lastChars, byLastChar, suffixes.toArray(new Suffix[0]),
                hedges.toArray(new String[0]), verbs.toArray(new Lead[0]));
    }

    private static Comparison comparison(Tsv.Row r) {
        String id = r.get(2);
        if (!id.equals(id.toLowerCase(Locale.ROOT))) {
            throw r.error("unknown comparison '" + id + "' of '" + r.get(0) + "'");
        }
        try {
            Comparison c = Comparison.valueOf(id.toUpperCase(Locale.ROOT));
            if (c != Comparison.RANGE) {
                return c;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw r.error("unknown comparison '" + id + "' of '" + r.get(0) + "'");
    }

    /** The words after a figure (以上, 左右, …), in file order. */
    static List<String> suffixWords() {
        List<String> out = new ArrayList<>();
        for (Suffix s : tables().suffixes()) {
            out.add(new String(new char[] {s.first(), s.second()}));
        }
        return out;
    }

    /** The comparator word ending at {@code end}, starting at or after {@code floor}, or null. */
    static Prefix before(CharSequence s, int end, int floor) {
        if (end <= floor) {
            return null;
        }
        Tables t = tables();
        int k = Arrays.binarySearch(t.lastChars(), Chars.fold(s.charAt(end - 1)));
        if (k < 0) {
            return null;
        }
        for (Prefix p : t.byLastChar()[k]) {
            if (Text.endsWith(s, end, floor, p.word())) {
                if (!p.notAfter().isEmpty()
                        && p.notAfter().indexOf(Text.at(s, end - p.word().length() - 1, s.length())) >= 0) {
                    continue;
                }
                return p;
            }
        }
        return null;
    }

    /** The comparator word starting at {@code at}, or null. */
    static Prefix after(CharSequence s, int at, int limit) {
        for (Prefix p : tables().prefixes()) {
            if (Text.startsWith(s, at, limit, p.word())) {
                return p;
            }
        }
        return null;
    }

    /** The comparator word after a figure (以上, 以下, 以内, 左右, 上下) at {@code at}, or null; length 2. */
    static Comparison suffix(CharSequence s, int at, int limit) {
        if (at + 2 > limit) {
            return null;
        }
        char a = Chars.fold(s.charAt(at));
        char b = Chars.fold(s.charAt(at + 1));
        for (Suffix x : tables().suffixes()) {
            if (x.first() == a && x.second() == b) {
                if (!x.notBefore().isEmpty() && x.notBefore().indexOf(Text.at(s, at + 2, limit)) >= 0) {
                    return null;
                }
                return x.comparison();
            }
        }
        return null;
    }

    /** Length of a hedge word at {@code at}, or 0. */
    static int hedge(CharSequence s, int at, int limit) {
        for (String w : tables().hedges()) {
            if (Text.startsWith(s, at, limit, w)) {
                return w.length();
            }
        }
        return 0;
    }

    /** +len for a rise verb, -len for a fall verb at {@code at}, 0 for none. */
    static int verb(CharSequence s, int at, int limit) {
        for (Lead v : tables().verbs()) {
            if (Text.startsWith(s, at, limit, v.word())) {
                return v.sign() * v.word().length();
            }
        }
        return 0;
    }
}
