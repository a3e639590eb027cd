package io.github.workreport.extractors.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fixed list of words indexed by their first and last characters, so that asking which word a
 * string starts or ends with, or where the first word occurs, costs a bit test per position (and
 * a small table look-up where a word may start) instead of a pass per word. Among words that
 * match at one place the longest wins. Immutable and thread-safe.
 */
final class WordList {

    private final List<String> words;
    private final CharTable byFirst;
    /** The words of two characters or more by their first two, longest first. */
    private final IntTable byPair;
    private final CharTable byLast;
    /** Bit per hashed pair of first two characters of the words; a cheap no before any comparison. */
    private final long[] pairs = new long[PAIR_BITS / 64];
    /** Bit per character that is a whole word by itself. */
    private final long[] singles = new long[1024];
    private static final int PAIR_BITS = 1 << 14;
    /** A character every word contains (目标是, 主要指标为, … all hold 标), or 0 when there is none. */
    private final char shared;

    WordList(List<String> words) {
        this.words = sortedByLength(words); // longest first, so the longest match wins
        Map<Character, List<String>> first = new LinkedHashMap<>();
        Map<Character, List<String>> last = new LinkedHashMap<>();
        for (String w : this.words) {
            if (w.length() == 1) {
                singles[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
            } else if (w.length() > 1) {
                int h = pairHash(w.charAt(0), w.charAt(1));
                pairs[h >>> 6] |= 1L << h;
            }
            if (!w.isEmpty()) {
                first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
                last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
            }
        }
        this.shared = sharedChar(this.words);
        this.byFirst = new CharTable(first);
        this.byPair = byPair(this.words);
        this.byLast = new CharTable(last);
    }

    List<String> words() {
        return words;
    }

    private static List<String> sortedByLength(List<String> words) {
        return words.stream().distinct().sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }

    /** The longest word {@code s} starts with, or null. */
    String prefixOf(String s) {
        return wordAt(s, 0);
    }

    /** The longest word that occurs in {@code s} at {@code at}, or null. */
    String wordAt(String s, int at) {
        if (at < 0 || at >= s.length()) {
            return null;
        }
        return wordWithin(s, at, s.length());
    }

    /** The longest word {@code s} ends with, or null. */
    String suffixOf(String s) {
        if (s.isEmpty()) {
            return null;
        }
        String[] c = byLast.get(s.charAt(s.length() - 1));
        if (c != null) {
            for (String w : c) {
                if (beforeLastAt(s, w) && s.endsWith(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** The earliest occurrence of any word in {@code s} (the longest word at that place), or null. */
    Match find(String s) {
        return find(s, 0, s.length());
    }

    /** The earliest occurrence of any word within {@code s[from, to)}, or null; the index is into {@code s}. */
    Match find(String s, int from, int to) {
        for (int i = nextStart(s, from, to); i >= 0; i = nextStart(s, i + 1, to)) {
            String w = wordWithin(s, i, to);
            if (w != null) {
                return new Match(i, w);
            }
        }
        return null;
    }

    /**
     * The first index of {@code s[from, to)} where a word may start, or -1: its character starts a
     * word, and it is a word by itself or the pair it opens (within {@code to}) is the start of one
     * (the tests {@link #wordWithin} begins with). A loop that only returns, which the compiler makes
     * far tighter than one that goes on after a call.
     */
    private int nextStart(String s, int from, int to) {
        long[] starts = byFirst.mask;
        for (int i = from; i < to; i++) {
            char a = s.charAt(i);
            if ((starts[a >>> 6] & (1L << a)) != 0) {
                if ((singles[a >>> 6] & (1L << a)) != 0) {
                    return i;
                }
                if (i + 1 < to) {
                    int h = pairHash(a, s.charAt(i + 1));
                    if ((pairs[h >>> 6] & (1L << h)) != 0) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static char sharedChar(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        for (char c : words.get(words.size() - 1).toCharArray()) { // the shortest word
            if (words.stream().allMatch(w -> w.indexOf(c) >= 0)) {
                return c;
            }
        }
        return 0;
    }

    /** Whether any word occurs in {@code s}. */
    boolean occursIn(String s) {
        if (shared != 0 && s.indexOf(shared) < 0) {
            return false; // String.indexOf is vectorized: far cheaper than looking at every place
        }
        int n = s.length();
        for (int i = nextStart(s, 0, n); i >= 0; i = nextStart(s, i + 1, n)) {
            if (wordWithin(s, i, n) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Calls {@code each} with every occurrence of every word in {@code s} (all the words that start
     * at a place, not only the longest), left to right: one pass for many questions about a string.
     */
    void forEachIn(String s, java.util.function.Consumer<String> each) {
        int n = s.length();
        for (int i = nextStart(s, 0, n); i >= 0; i = nextStart(s, i + 1, n)) {
            char a = s.charAt(i);
            if (i + 1 < n) {
                String[] c = byPair.get(pairKey(a, s.charAt(i + 1)));
                if (c != null) {
                    for (String w : c) {
                        if (i + w.length() <= n && s.startsWith(w, i)) {
                            each.accept(w);
                        }
                    }
                }
            }
            if ((singles[a >>> 6] & (1L << a)) != 0) {
                each.accept(String.valueOf(a));
            }
        }
    }

    /** How many of the words occur in {@code s} (each counted once). */
    int countDistinctIn(String s) {
        Set<String> seen = null;
        for (int i = 0; i < s.length(); i++) {
            String[] c = byFirst.get(s.charAt(i));
            if (c == null) {
                continue;
            }
            for (String w : c) {
                if (s.startsWith(w, i)) {
                    if (seen == null) {
                        seen = new HashSet<>();
                    }
                    seen.add(w);
                }
            }
        }
        return seen == null ? 0 : seen.size();
    }

    private static int pairHash(char a, char b) {
        return (a * 31 + b) * 0x9E3779B1 >>> (32 - 14);
    }

    /** The longest word starting at {@code i} and ending by {@code to}, or null. */
    private String wordWithin(String s, int i, int to) {
        char a = s.charAt(i);
        if (!byFirst.mayHold(a)) {
            return null; // most characters start no word: one bit test
        }
        if (i + 1 < to) {
            char b = s.charAt(i + 1);
            int h = pairHash(a, b);
            if ((pairs[h >>> 6] & (1L << h)) != 0) {
                String[] c = byPair.get(pairKey(a, b)); // only the words that open with this pair: few to compare
                if (c != null) {
                    for (String w : c) {
                        if (i + w.length() <= to && s.startsWith(w, i)) {
                            return w;
                        }
                    }
                }
            }
        }
        if ((singles[a >>> 6] & (1L << a)) != 0) {
            String[] c = byFirst.get(a);
            return c[c.length - 1]; // the shortest word filed under a: the character itself
        }
        return null;
    }

    /** Whether the character before the last of {@code w} (whose last is {@code s}'s already) is the one before {@code s}'s last. */
    private static boolean beforeLastAt(String s, String w) {
        int n = s.length();
        int k = w.length();
        return k < 2 || (k <= n && s.charAt(n - 2) == w.charAt(k - 2));
    }

    /** A word found at an index. */
    record Match(int index, String word) {
    }

    /**
     * Words by one of their characters: a bit per character says whether any word is filed under
     * it (most characters of a text are not), then an {@link IntTable} gives the words.
     */
    private static final class CharTable {
        final long[] mask = new long[1024];
        private final IntTable table;

        CharTable(Map<Character, List<String>> words) {
            Map<Integer, List<String>> byKey = new LinkedHashMap<>();
            for (Map.Entry<Character, List<String>> e : words.entrySet()) {
                char k = e.getKey();
                mask[k >>> 6] |= 1L << k;
                byKey.put((int) k, e.getValue());
            }
            table = new IntTable(byKey);
        }

        /** Whether any word is filed under {@code c} (a bit test; {@link #get} may still say no). */
        boolean mayHold(char c) {
            return (mask[c >>> 6] & (1L << c)) != 0;
        }

        String[] get(char c) {
            return (mask[c >>> 6] & (1L << c)) == 0 ? null : table.get(c);
        }
    }

    /** Words of two characters or more by their first two (the pair as one int key), longest first. */
    private static IntTable byPair(List<String> words) {
        Map<Integer, List<String>> byKey = new LinkedHashMap<>();
        for (String w : words) {
            if (w.length() > 1) {
                byKey.computeIfAbsent(pairKey(w.charAt(0), w.charAt(1)), k -> new ArrayList<>()).add(w);
            }
        }
        return new IntTable(byKey);
    }

    private static int pairKey(char a, char b) {
        return a << 16 | b;
    }

    /**
     * Word lists by an int key: an open-addressing table a quarter full at most, the top bits of a
     * Fibonacci product as the home slot, so that almost every look-up finds its key at the first slot.
     */
    private static final class IntTable {
        private final int[] keys;
        private final String[][] values;
        private final int slots;
        /** 32 minus the bits of the table size: the top bits of the product are the slot. */
        private final int shift;

        IntTable(Map<Integer, List<String>> words) {
            int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
            keys = new int[size];
            values = new String[size][];
            slots = size - 1;
            shift = 32 - Integer.numberOfTrailingZeros(size);
            for (Map.Entry<Integer, List<String>> e : words.entrySet()) {
                int h = e.getKey() * 0x9E3779B1 >>> shift;
                while (values[h] != null) {
                    h = (h + 1) & slots;
                }
                keys[h] = e.getKey();
                values[h] = e.getValue().toArray(new String[0]); // in the list's order: longest first
            }
        }

        String[] get(int k) {
            int h = k * 0x9E3779B1 >>> shift;
            while (values[h] != null) {
                if (keys[h] == k) {
                    return values[h];
                }
                h = (h + 1) & slots;
            }
            return null;
        }
    }
}
