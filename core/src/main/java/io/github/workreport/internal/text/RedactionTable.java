package io.github.workreport.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The masked forms the {@code redaction} step restores ({@code X的二十大 → 党的二十大}), read from
 * {@code redactions.tsv} (see its header for the format), and a literal multi-pattern matcher over
 * them: an Aho-Corasick automaton whose alphabet folds every mask character into one symbol, so
 * one pass over the text finds every row in time linear in the text (no regular expressions).
 *
 * <p>The default table is read lazily on first use, in a synchronized accessor, not in a static
 * initialiser: a broken resource is an {@link IllegalStateException} naming file and line on
 * every call, never an {@code ExceptionInInitializerError}. Instances are immutable and
 * thread-safe.
 */
public final class RedactionTable {

    /** The resource of the default table, next to this class. */
    static final String RESOURCE = "redactions.tsv";

    /** The symbol every mask character is folded to in the automaton. */
    private static final int MASK = -1;

    private static volatile RedactionTable defaults;

    /** One row: where the masked form changes and what it becomes. */
    record Row(String masked, String restored, int line) {
    }

    private final String source;
    private final List<Row> rows;
    // Aho-Corasick automaton: goto edges per state (as arrays, below), failure links, and the longest
    // row ending at each state (found through the failure links too), -1 for none
    private final int[] fail;
    private final int[] longest;
    private final int[] nextOut; // the state whose longest row is the next shorter row ending here, or -1
    private final int[] rowAt; // row index of a state that ends a row, or -1

    /** Symbols of the characters a row changes: every match holds one (see {@link #triggers}). */
    private final java.util.BitSet changedKeys = new java.util.BitSet();
    private boolean changesMasks;
    /** The longest masked form, in characters. */
    private int longestForm;
    /** Per character, a bit: whether it may be one a row changes ({@link #isTrigger}); 8 KB, cache-resident. */
    private final long[] triggerBits = new long[(Character.MAX_VALUE + 1) / 64];
    /** The root's edges as an array: the state after a character's symbol at the root, or -1 (no row starts with it). */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    /** The ASCII letters (folded) that masked forms hold, X among them. */
    private final boolean[] formLetters = new boolean[128];
    /** Per state, its edges' symbols sorted, and the state each leads to (for a binary search). */
    private final int[][] edgeKeys;
    private final int[][] edgeTargets;

    private RedactionTable(String source, List<Row> rows) {
        this.source = source;
        this.rows = List.copyOf(rows);
        for (Row row : this.rows) {
            int[] d = changed(row.masked(), row.restored());
            for (int i = d[0]; i < d[1]; i++) {
                int k = patternKey(row.masked().charAt(i));
                if (k == MASK) {
                    changesMasks = true;
                } else if (isAsciiLetter((char) k)) {
                    changedKeys.set(k); // a Han character inside the changed stretch (X的ZZ) is kept, not changed
                }
            }
            longestForm = Math.max(longestForm, row.masked().length());
            for (int i = 0; i < row.masked().length(); i++) {
                char f = fold(row.masked().charAt(i));
                if (isAsciiLetter(f)) {
                    formLetters[f] = true;
                }
            }
        }
        formLetters['X'] = true;
        formLetters['x'] = true;
        List<Map<Integer, Integer>> edges = new ArrayList<>(); // only while building; then edgeKeys, edgeTargets, rootNext
        edges.add(new HashMap<>());
        List<Integer> ends = new ArrayList<>();
        ends.add(-1);
        for (int r = 0; r < this.rows.size(); r++) {
            String m = this.rows.get(r).masked();
            int s = 0;
            for (int i = 0; i < m.length(); i++) {
                int k = patternKey(m.charAt(i));
                Integer t = edges.get(s).get(k);
                if (t == null) {
                    t = edges.size();
                    edges.add(new HashMap<>());
                    ends.add(-1);
                    edges.get(s).put(k, t);
                }
                s = t;
            }
            ends.set(s, r);
        }
        int n = edges.size();
        fail = new int[n];
        longest = new int[n];
        nextOut = new int[n];
        rowAt = new int[n];
        for (int s = 0; s < n; s++) {
            rowAt[s] = ends.get(s);
        }
        Arrays.fill(nextOut, -1);
        // breadth first: a state's failure link is a shorter state, already done
        Deque<Integer> queue = new ArrayDeque<>();
        longest[0] = -1;
        for (int t : edges.get(0).values()) {
            fail[t] = 0;
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int f = fail[s];
            longest[s] = rowAt[s] >= 0 ? s : longest[f];
            nextOut[s] = rowAt[s] >= 0 ? longest[f] : -1;
            for (Map.Entry<Integer, Integer> e : edges.get(s).entrySet()) {
                int t = e.getValue();
                int g = f;
                Integer to = edges.get(g).get(e.getKey());
                while (to == null && g != 0) {
                    g = fail[g];
                    to = edges.get(g).get(e.getKey());
                }
                fail[t] = to == null || to == t ? 0 : to;
                queue.add(t);
            }
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (isTrigger((char) c)) {
                triggerBits[c >>> 6] |= 1L << c;
            }
            Integer t = edges.get(0).get(textKey((char) c));
            rootNext[c] = t == null ? -1 : t;
        }
        edgeKeys = new int[n][];
        edgeTargets = new int[n][];
        for (int st = 0; st < n; st++) {
            int[] keys = edges.get(st).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] targets = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                targets[i] = edges.get(st).get(keys[i]);
            }
            edgeKeys[st] = keys;
            edgeTargets[st] = targets;
        }
    }

    /**
     * The default table, read from the class path on first use.
     *
     * @throws IllegalStateException when the resource is missing or holds a bad or duplicate row
     */
    public static RedactionTable defaults() {
        RedactionTable t = defaults;
        if (t == null) {
            synchronized (RedactionTable.class) {
                t = defaults;
                if (t == null) {
                    t = load(RedactionTable.class, RESOURCE);
                    defaults = t;
                }
            }
        }
        return t;
    }

    /**
     * Reads a table from a resource next to {@code anchor}.
     *
     * @throws IllegalStateException when the resource is missing or holds a bad or duplicate row
     */
    static RedactionTable load(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("redaction table " + resource + " not found next to " + anchor.getName());
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(resource, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read redaction table " + resource, e);
        }
    }

    /**
     * Parses table text (the format of {@code redactions.tsv}).
     *
     * @param name the file name used in messages
     * @throws IllegalStateException for a bad or duplicate row, naming {@code name} and the line
     */
    static RedactionTable parse(String name, String text) {
        try {
            return parse(name, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringReader
        }
    }

    private static RedactionTable parse(String name, Reader reader) throws IOException {
        BufferedReader br = new BufferedReader(reader);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String line;
        int no = 0;
        while ((line = br.readLine()) != null) {
            no++;
            if (no == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String where = name + ":" + no + ": ";
            if (cols.length < 2 || cols.length > 3) {
                throw new IllegalStateException(where + "expected 2 or 3 tab-separated columns, got " + cols.length);
            }
            String masked = cols[0];
            String restored = cols[1];
            check(where, masked, restored);
            String key = key(masked);
            Integer first = seen.putIfAbsent(key, no);
            if (first != null) {
                throw new IllegalStateException(where + "duplicate masked form '" + masked + "' (first at line "
                        + first + ")");
            }
            rows.add(new Row(masked, restored, no));
        }
        return new RedactionTable(name, rows);
    }

    private static void check(String where, String masked, String restored) {
        if (masked.isEmpty() || restored.isEmpty()) {
            throw new IllegalStateException(where + "empty column");
        }
        if (masked.chars().anyMatch(c -> isGap((char) c)) || restored.chars().anyMatch(c -> isGap((char) c))) {
            throw new IllegalStateException(where + "a space or line break in a row");
        }
        if (masked.equals(restored)) {
            throw new IllegalStateException(where + "the restoration is the masked form");
        }
        for (int i = 0; i < restored.length(); i++) {
            if (isMask(restored.charAt(i))) {
                throw new IllegalStateException(where + "the restoration '" + restored + "' holds a mask character");
            }
        }
        int[] d = changed(masked, restored);
        int context = masked.length() - (d[1] - d[0]);
        if (context < 2) {
            throw new IllegalStateException(where + "'" + masked + "' has " + context
                    + " characters of context; at least 2 are needed");
        }
        boolean anyMask = false;
        for (int i = d[0]; i < d[1]; i++) {
            char c = masked.charAt(i);
            boolean same = masked.length() == restored.length() && restored.charAt(i) == c;
            if (same) {
                continue;
            }
            if (!isMask(c) && !isAsciiLetter(c)) {
                throw new IllegalStateException(where + "'" + c + "' in the masked stretch of '" + masked
                        + "' is neither a mask character nor an ASCII letter");
            }
            anyMask = true;
        }
        if (!anyMask) {
            throw new IllegalStateException(where + "'" + masked + "' has no masked stretch");
        }
        for (int i = d[0]; i < d[0] + (d[1] - d[0]) + (restored.length() - masked.length()); i++) {
            int cp = restored.charAt(i);
            if (!PinyinAnnotationFilter.isHan(cp) && !(masked.length() == restored.length()
                    && masked.charAt(i) == restored.charAt(i))) {
                throw new IllegalStateException(where + "'" + restored.charAt(i) + "' in the restoration of '" + masked
                        + "' is not a Han character");
            }
        }
    }

    /**
     * The stretch {@code [from, to)} of {@code masked} that differs from {@code restored}, after
     * their common prefix and before their common suffix; the same stretch of {@code restored}
     * is {@code [from, to + restored.length() - masked.length())}.
     */
    static int[] changed(String masked, String restored) {
        int max = Math.min(masked.length(), restored.length());
        int p = 0;
        while (p < max && masked.charAt(p) == restored.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < max - p && masked.charAt(masked.length() - 1 - s) == restored.charAt(restored.length() - 1 - s)) {
            s++;
        }
        return new int[] {p, masked.length() - s};
    }

    /**
     * Whether {@code c} is a mask character: X x Ｘ ｘ × ✕ ✖ * ＊ □ ■ ○ ● █. The Chinese zero 〇
     * (U+3007) is not one; ○ (U+25CB), often written for it in years (一九六○年), is, which is
     * harmless because only a whole row with its context is ever restored.
     */
    public static boolean isMask(char c) {
        return switch (c) {
            case 'X', 'x', '\uFF38', '\uFF58', '\u00D7', '\u2715', '\u2716', '*', '\uFF0A', '\u25A1', '\u25A0',
                    '\u25CB', '\u25CF', '\u2588' -> true;
            default -> false;
        };
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /** Full-width ASCII folded to half-width. */
    private static char fold(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    /** The automaton symbol of a character of the text. */
    private static int textKey(char c) {
        return isMask(c) ? MASK : fold(c);
    }

    /** The automaton symbol of a character of the masked column: only X is a wildcard. */
    private static int patternKey(char c) {
        char f = fold(c);
        return f == 'X' || isMask(c) && !isAsciiLetter(f) ? MASK : f;
    }

    private static String key(String masked) {
        StringBuilder sb = new StringBuilder(masked.length());
        for (int i = 0; i < masked.length(); i++) {
            int k = patternKey(masked.charAt(i));
            sb.append(k == MASK ? '\u0000' : (char) k);
        }
        return sb.toString();
    }

    /** Where the table came from, for messages. */
    public String source() {
        return source;
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /** The rows, in file order. */
    List<Row> rows() {
        return rows;
    }

    /**
     * A restoration found in a text.
     *
     * @param start     start of the matched form (with its context)
     * @param end       end of the matched form
     * @param row       the row
     * @param positions the text offset of each character of the row: consecutive, unless a line
     *                  break or letter spacing lies inside the form
     */
    record Match(int start, int end, Row row, int[] positions) {
    }

    /** Longest gap of line breaks and spaces that a form may span, and line breaks in it. */
    static final int MAX_GAP = 4;

    /** Whether {@code c} may stand inside a form without being part of it: a line break or a space. */
    static boolean isGap(char c) {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\u3000';
    }

    /**
     * The restorations in {@code text}, left to right: at each position the longest row that
     * matches there and stands apart (see the table header), leftmost first; two forms may share
     * context but not a masked stretch (of two such, the one starting first wins). A
     * form may span a short gap of spaces and one line break (a hard wrap, letter spacing), so
     * that it is restored whether or not later steps join its lines. Linear in the length of the
     * text for a given table.
     */
    List<Match> find(String text) {
        int n = text.length();
        if (rows.isEmpty() || n == 0) {
            return List.of();
        }
        int[] windows = triggers(text);
        if (windows.length == 0) {
            return List.of();
        }
        int[] fed = new int[n]; // text offsets of the characters fed to the automaton, in order
        int count = 0;
        // longest acceptable row starting at each fed index: its last fed index and row
        int[] bestLast = null;
        int[] bestRow = null;
        int s = 0;
        int gap = 0;
        int gapBreaks = 0;
        int w = 0;
        for (int i = windows[0]; i < n; i++) {
            if (i == windows[w + 1]) {
                // past a window: no form reaches across the text skipped to the next one
                w += 2;
                if (w >= windows.length) {
                    break;
                }
                i = windows[w];
                s = 0;
                gap = 0;
                gapBreaks = 0;
            }
            char c = text.charAt(i);
            if (isGap(c)) {
                gap++;
                if (c == '\n' || c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) {
                    gapBreaks++;
                }
                if (gap > MAX_GAP || gapBreaks > 1) {
                    s = 0; // a paragraph break or a wide gap: no form goes across
                }
                continue;
            }
            gap = 0;
            gapBreaks = 0;
            fed[count++] = i;
            if (s == 0 && rootNext[c] < 0) {
                continue; // at the root, a character no row starts with: still at the root, no row ends here
            }
            int k = textKey(c);
            int to = step(s, k, c);
            while (to < 0 && s != 0) {
                s = fail[s];
                to = step(s, k, c);
            }
            s = to < 0 ? 0 : to;
            for (int o = longest[s]; o >= 0; o = nextOut[o]) {
                int r = rowAt[o];
                int lastIdx = count - 1;
                int firstIdx = count - rows.get(r).masked().length();
                if (!standsApart(text, fed[firstIdx], fed[lastIdx] + 1)) {
                    continue;
                }
                if (bestLast == null) {
                    bestLast = new int[n];
                    bestRow = new int[n];
                    Arrays.fill(bestRow, -1);
                }
                if (bestRow[firstIdx] < 0 || bestLast[firstIdx] < lastIdx) {
                    bestLast[firstIdx] = lastIdx;
                    bestRow[firstIdx] = r;
                }
            }
        }
        if (bestLast == null) {
            return List.of();
        }
        // left to right, the longest form at each start; forms may share context (为核心的X中央ZZ局 is
        // 为核心的X中央 and 中央ZZ局), never a masked character, so a second pass finds nothing new
        List<Match> out = new ArrayList<>();
        int changedEnd = 0;
        for (int f = 0; f < count; f++) {
            if (bestRow[f] < 0) {
                continue;
            }
            Row row = rows.get(bestRow[f]);
            int[] d = changed(row.masked(), row.restored());
            if (fed[f + d[0]] < changedEnd) {
                continue;
            }
            int last = bestLast[f];
            out.add(new Match(fed[f], fed[last] + 1, row, Arrays.copyOfRange(fed, f, last + 1)));
            changedEnd = fed[f + d[1] - 1] + 1;
        }
        return out;
    }

    /** The state after symbol {@code k} (of character {@code c}) from state {@code s}, or -1. */
    private int step(int s, int k, char c) {
        if (s == 0) {
            return rootNext[c];
        }
        int i = Arrays.binarySearch(edgeKeys[s], k);
        return i < 0 ? -1 : edgeTargets[s][i];
    }

    /** Whether {@code c} may be a character a row changes: every match holds one. */
    private boolean isTrigger(char c) {
        int k = textKey(c);
        return k == MASK ? changesMasks : changedKeys.get(k);
    }

    /**
     * The stretches of {@code text} a match may lie in, as {@code [start, end)} pairs in order,
     * disjoint: around each character a row changes, as far as the longest form reaches with the
     * widest gaps inside it. The automaton reads only these, so a text with a few masks (or a few
     * Latin letters) costs little.
     */
    private int[] triggers(String text) {
        int n = text.length();
        int reach = (longestForm + 1) * (MAX_GAP + 1);
        int[] out = new int[8];
        int count = 0;
        for (int i = nextTrigger(text, 0); i >= 0; i = nextTrigger(text, i + 1)) {
            if (isAsciiLetter(fold(text.charAt(i)))) {
                // a letter a row changes stands in a run of letters masked forms hold (ZZ, XJP), or in a
                // Latin word (GDP, PM) that no form can match, as a form never continues a word
                int a = i;
                while (a > 0 && isAsciiLetter(fold(text.charAt(a - 1)))) {
                    a--;
                }
                int b = i;
                boolean form = true;
                while (b < n && isAsciiLetter(fold(text.charAt(b)))) {
                    form &= formLetters[fold(text.charAt(b))];
                    b++;
                }
                for (int k = a; k < i && form; k++) {
                    form = formLetters[fold(text.charAt(k))];
                }
                if (!form) {
                    i = b - 1;
                    continue;
                }
            }
            int from = Math.max(0, i - reach);
            int to = (int) Math.min(n, (long) i + reach + 1);
            if (count > 0 && from <= out[count - 1]) {
                out[count - 1] = Math.max(out[count - 1], to);
            } else {
                if (count + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[count++] = from;
                out[count++] = to;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * The first index at or after {@code from} of a character that may be one a row changes, or -1:
     * a bit test per character (8 KB, cache-resident) in a loop that only returns, which the
     * compiler makes far tighter than one that goes on after a hit.
     */
    private int nextTrigger(String text, int from) {
        long[] bits = triggerBits;
        for (int i = from, n = text.length(); i < n; i++) {
            char ch = text.charAt(i);
            if ((bits[ch >>> 6] & (1L << ch)) != 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the match {@code [start, end)} stands apart: a mask at its edge does not continue a
     * run of masks outside it, and an ASCII letter at its edge is not part of a longer Latin word
     * or code ({@code MAX}, {@code X9}, {@code 1+N+X} keep their X). The character outside is the
     * nearest one past a gap a form could span.
     */
    private static boolean standsApart(String text, int start, int end) {
        return apart(text.charAt(start), outside(text, start - 1, -1))
                && apart(text.charAt(end - 1), outside(text, end, 1));
    }

    /** The first character from {@code i} in direction {@code step} past a short gap, or 0. */
    private static char outside(String text, int i, int step) {
        int skipped = 0;
        while (i >= 0 && i < text.length() && isGap(text.charAt(i))) {
            if (++skipped > MAX_GAP) {
                return 0;
            }
            i += step;
        }
        return i >= 0 && i < text.length() ? text.charAt(i) : 0;
    }

    private static boolean apart(char edge, char outside) {
        if (outside == 0) {
            return true;
        }
        char o = fold(outside);
        if (isMask(edge) && isMask(outside)) {
            return false;
        }
        if (isAsciiLetter(fold(edge)) && (isAsciiLetterOrDigit(o) || o == '+' || o == '-' || o == '_')) {
            return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return "RedactionTable[" + source + ", " + rows.size() + " rows]";
    }
}
