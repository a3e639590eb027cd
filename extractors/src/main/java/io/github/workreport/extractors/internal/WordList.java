package io.github.workreport.extractors.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of words indexed by their first and last characters, so that asking which word a
 * string starts or ends with, or where the first word occurs, costs a map look-up per position
 * instead of a pass per word. Immutable and thread-safe.
 */
final class WordList {

    private final List<String> words;
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final Map<Character, List<String>> byLast = new HashMap<>();
    private final long[] firstMask = new long[1024]; // bit c: some word starts with char c

    WordList(List<String> words) {
        this.words = Words.sortedByLength(words); // longest first, so the longest match wins
        for (String w : this.words) {
            if (!w.isEmpty()) {
                byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
                firstMask[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
                byLast.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
            }
        }
    }

    List<String> words() {
        return words;
    }

    /** The longest word {@code s} starts with, or null. */
    String prefixOf(String s) {
        if (s.isEmpty()) {
            return null;
        }
        List<String> c = byFirst.get(s.charAt(0));
        if (c != null) {
            for (String w : c) {
                if (s.startsWith(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** The longest word {@code s} ends with, or null. */
    String suffixOf(String s) {
        if (s.isEmpty()) {
            return null;
        }
        List<String> c = byLast.get(s.charAt(s.length() - 1));
        if (c != null) {
            for (String w : c) {
                if (s.endsWith(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    private boolean mayStart(char c) {
        return (firstMask[c >>> 6] & (1L << c)) != 0;
    }

    /** The earliest occurrence of any word in {@code s} (the longest word at that place), or null. */
    Match find(String s) {
        Match[] first = new Match[1];
        scan(s, (i, w) -> {
            first[0] = new Match(i, w);
            return false;
        });
        return first[0];
    }

    /** How many of the words occur in {@code s} (each counted once). */
    int countDistinctIn(String s) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        scan(s, (i, w) -> {
            seen.add(w);
            return true;
        });
        return seen.size();
    }

    /** Visits every occurrence of every word, left to right (longest first at a place) while the visitor says go on. */
    private void scan(String s, java.util.function.BiPredicate<Integer, String> visitor) {
        for (int i = 0; i < s.length(); i++) {
            if (!mayStart(s.charAt(i))) {
                continue;
            }
            List<String> c = byFirst.get(s.charAt(i));
            if (c == null) {
                continue;
            }
            for (String w : c) {
                if (s.startsWith(w, i) && !visitor.test(i, w)) {
                    return;
                }
            }
        }
    }

    /** A word found at an index. */
    record Match(int index, String word) {
    }
}
