package io.github.workreport.internal.text;

import com.hankcs.hanlp.HanLP;
import io.github.workreport.spi.ResourceLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The small part of HanLP this package uses, behind one door: traditional-to-simplified
 * conversion and the single-character pinyin readings. Everything is loaded lazily, once, in
 * holder classes; a missing dictionary is reported as an {@link IllegalStateException} with
 * the resource name on every call (never as a {@code NoClassDefFoundError}). HanLP's own global
 * configuration is not touched: with the portable jar's bundled caches it prints nothing on
 * stdout or stderr while loading.
 */
final class HanLpData {

    static final String PINYIN = "data/dictionary/pinyin/pinyin.txt";
    /** The characters HanLP's conversion may change, one code point (hex) a line (HanLpDataTest checks it). */
    static final String CHANGING = "t2s-changing.txt";
    /** HanLP's traditional-to-simplified dictionary: the only one its conversion's trie is built from. */
    static final String T2S = "data/dictionary/tc/t2s.txt";

    private HanLpData() {
    }

    /** HanLP's phrase-level traditional-to-simplified conversion of {@code s}. */
    static String toSimplified(String s) {
        Converter.check();
        Engine.check();
        return HanLP.convertToSimplifiedChinese(s);
    }

    /**
     * Whether HanLP's conversion may change the character {@code c} (it changes at some position
     * of some dictionary phrase, or is part of a phrase whose length changes). A run of text with
     * no such character is returned unchanged by the conversion.
     */
    static boolean mayChange(int codePoint) {
        return Converter.check().get(codePoint);
    }

    /**
     * Whether HanLP's conversion may change {@code run}: false only when no key of its dictionary
     * ({@value #T2S}) whose value differs from it occurs in {@code run}. The conversion replaces
     * occurrences of keys by their values and keeps every other character, so a run without such
     * a key comes back as it is. Exact where {@link #mayChange} is not: 教, 查 and 覆 are in that table
     * (教 and 查 through phrases of HanLP's other dictionary, 覆 through 反覆 → 反复), yet 教育, 检查 and
     * 覆盖 hold no key that changes. True when the dictionary cannot be read (the conversion decides).
     */
    static boolean mayConvert(String run) {
        for (int k = 0, n = run.length(); k < n; ) {
            int cp = run.codePointAt(k);
            if (changesAt(run, k, cp)) {
                return true;
            }
            k += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Whether a key that the conversion changes occurs in {@code s} with its anchor (see {@link Phrases})
     * at {@code k}, the code point {@code cp}; every key that occurs in a text does so at one of its code
     * points. Never true where {@link #mayChange} is false (which reports a missing table); when the
     * dictionary cannot be read, {@link #mayChange}.
     */
    static boolean changesAt(String s, int k, int cp) {
        Phrases p = Phrases.INSTANCE;
        return mayChange(cp) && (p == null || p.any.get(cp) && p.changesAt(s, k, cp));
    }

    /**
     * Whether some key that the conversion changes is anchored at {@code cp} (a subset of
     * {@link #mayChange}); when the dictionary cannot be read, {@link #mayChange}.
     */
    static boolean isAnchor(int cp) {
        Phrases p = Phrases.INSTANCE;
        return mayChange(cp) && (p == null || p.any.get(cp));
    }

    /**
     * The toneless readings of one character ({@code "jing"}, {@code "lv"} for ü), looked up as
     * is and via its simplified form; empty when unknown.
     */
    static Set<String> readings(int codePoint) {
        Map<Integer, Set<String>> map = Pinyin.check();
        Set<String> r = map.get(codePoint);
        if (r != null) {
            return r;
        }
        String s = toSimplified(new String(Character.toChars(codePoint)));
        if (s.codePointCount(0, s.length()) == 1) {
            r = map.get(s.codePointAt(0));
            if (r != null) {
                return r;
            }
        }
        return Set.of();
    }

    /** Whether {@code toneless} is the reading of some character in the dictionary. */
    static boolean isSyllable(String toneless) {
        Pinyin.check();
        return Pinyin.SYLLABLES.contains(toneless);
    }

    private static InputStream open(String resource) {
        InputStream in = HanLP.class.getResourceAsStream("/" + resource);
        if (in == null) {
            ClassLoader cl = HanLP.class.getClassLoader();
            in = cl == null ? null : cl.getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IllegalStateException("HanLP dictionary '" + resource
                    + "' not found on the class path; workreport needs the hanlp portable jar (com.hankcs:hanlp:portable-1.8.6)");
        }
        return in;
    }

    /**
     * HanLP's converter, initialised on the first conversion: a text without a character the dictionaries
     * may change (simplified text, most reports) never pays for it (about 0.2 s of a command's start).
     */
    private static final class Engine {
        private static final RuntimeException FAILURE;

        static {
            RuntimeException failure = null;
            try {
                HanLP.convertToSimplifiedChinese("經濟"); // initialise HanLP's converter now, once
            } catch (RuntimeException | LinkageError e) {
                failure = new IllegalStateException("cannot load HanLP traditional-to-simplified dictionaries: " + e, e);
            }
            FAILURE = failure;
        }

        static void check() {
            if (FAILURE != null) {
                throw new IllegalStateException(FAILURE.getMessage(), FAILURE);
            }
        }
    }

    /**
     * Holder of the characters the conversion may change: computed from HanLP's two dictionary files
     * ({@code data/dictionary/tc/t2s.txt}, {@code s2t.txt}, 1 MB) when HanLP was chosen and shipped as the
     * table {@value #CHANGING} (4,000 code points), which a test recomputes from the dictionaries. A
     * character counts when a phrase's traditional form differs from its simplified one at it, or when
     * it belongs to a phrase whose length the conversion changes.
     */
    private static final class Converter {
        private static final BitSet CHANGING;
        private static final RuntimeException FAILURE;

        static {
            BitSet set = new BitSet(0x30000);
            RuntimeException failure = null;
            try {
                for (String line : ResourceLines.read(HanLpData.class, HanLpData.CHANGING, HanLpData.CHANGING,
                        "workreport-core")) {
                    if (!line.isEmpty() && line.charAt(0) != '#') {
                        set.set(Integer.parseInt(line, 16));
                    }
                }
            } catch (RuntimeException e) {
                failure = new IllegalStateException("cannot load the traditional-to-simplified table: " + e, e);
                set = null;
            }
            CHANGING = set;
            FAILURE = failure;
        }

        static BitSet check() {
            if (FAILURE != null) {
                throw new IllegalStateException(FAILURE.getMessage(), FAILURE);
            }
            return CHANGING;
        }
    }

    /**
     * The keys of {@value #T2S} that the conversion changes (value not equal to the key; a key given
     * twice counts when either line changes it), each filed under one of its code points, its anchor:
     * the first where key and value differ (a traditional character, rare in simplified text). Every
     * occurrence of a key holds its anchor, so looking for the keys filed under each code point of a
     * run finds every one that occurs. Read once, on the first run that holds a character of
     * {@link #mayChange} (40 KB); null when the dictionary cannot be read.
     */
    private static final class Phrases {
        static final Phrases INSTANCE = load();

        /** Code points some changing key is filed under. */
        final BitSet any = new BitSet(0x30000);
        /** Code points that are a changing key by themselves. */
        final BitSet single = new BitSet(0x30000);
        /** The changing keys of two or more code points by their anchor. */
        final Map<Integer, Anchored> byAnchor = new HashMap<>();

        private static Phrases load() {
            Phrases p = new Phrases();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(open(T2S), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] kv = line.split("=", 2); // as HanLP's StringDictionary reads a line
                    if (kv.length == 2 && !kv[0].isEmpty() && !kv[0].equals(kv[1])) {
                        p.add(kv[0], kv[1]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
            return p;
        }

        private void add(String key, String value) {
            int at = 0; // the anchor: the first code point that differs, else the last one of the key
            while (at + Character.charCount(key.codePointAt(at)) < key.length() && at < value.length()
                    && key.codePointAt(at) == value.codePointAt(at)) {
                at += Character.charCount(key.codePointAt(at));
            }
            int cp = key.codePointAt(at);
            any.set(cp);
            if (at == 0 && Character.charCount(cp) == key.length()) {
                single.set(cp);
            } else {
                byAnchor.computeIfAbsent(cp, c -> new Anchored()).add(key, at, Character.charCount(cp));
            }
        }

        /** Whether a changing key filed under {@code cp} occurs in {@code run} with its anchor at {@code k}. */
        boolean changesAt(String run, int k, int cp) {
            if (single.get(cp)) {
                return true;
            }
            Anchored a = byAnchor.get(cp);
            return a != null && a.occurs(run, k);
        }
    }

    /**
     * The keys filed under one anchor, each with the anchor's index in it and a character next to the
     * anchor (the one before it, else the one after it) compared before the whole key (覆 holds 47 keys).
     */
    private static final class Anchored {
        private final List<String> keys = new ArrayList<>();
        private int[] at = new int[0];
        private int[] probeAt = new int[0];
        private char[] probe = new char[0];

        void add(String key, int anchorAt, int anchorLength) {
            int n = keys.size();
            keys.add(key);
            at = java.util.Arrays.copyOf(at, n + 1);
            probeAt = java.util.Arrays.copyOf(probeAt, n + 1);
            probe = java.util.Arrays.copyOf(probe, n + 1);
            at[n] = anchorAt;
            probeAt[n] = anchorAt > 0 ? -1 : anchorLength; // relative to the anchor
            probe[n] = key.charAt(anchorAt + probeAt[n]);
        }

        /** Whether one of the keys occurs in {@code s} with the anchor at {@code k}. */
        boolean occurs(String s, int k) {
            for (int i = 0, n = keys.size(); i < n; i++) {
                int q = k + probeAt[i];
                if (q >= 0 && q < s.length() && s.charAt(q) == probe[i] && s.startsWith(keys.get(i), k - at[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Pinyin holder: single-character readings of HanLP's pinyin dictionary. */
    private static final class Pinyin {
        private static final Map<Integer, Set<String>> READINGS;
        private static final Set<String> SYLLABLES;
        private static final RuntimeException FAILURE;

        static {
            Map<Integer, Set<String>> map = null;
            RuntimeException failure = null;
            try {
                map = load();
            } catch (IOException | RuntimeException e) {
                failure = new IllegalStateException("cannot load HanLP pinyin dictionary: " + e, e);
            }
            READINGS = map;
            Set<String> all = new TreeSet<>();
            if (map != null) {
                map.values().forEach(all::addAll);
            }
            SYLLABLES = Set.copyOf(all);
            FAILURE = failure;
        }

        static Map<Integer, Set<String>> check() {
            if (FAILURE != null) {
                throw new IllegalStateException(FAILURE.getMessage(), FAILURE);
            }
            return READINGS;
        }

        private static Map<Integer, Set<String>> load() throws IOException {
            Map<Integer, Set<String>> map = new HashMap<>(16_384);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(open(PINYIN), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int eq = line.indexOf('=');
                    if (eq <= 0 || line.codePointCount(0, eq) != 1) {
                        continue;
                    }
                    Set<String> set = new TreeSet<>();
                    for (String p : line.substring(eq + 1).split(",")) {
                        String t = PinyinSyllable.toneless(p.trim());
                        if (t != null) {
                            set.add(t);
                        }
                    }
                    if (!set.isEmpty()) {
                        map.put(line.codePointAt(0), Set.copyOf(set));
                    }
                }
            }
            return Map.copyOf(map);
        }
    }
}
