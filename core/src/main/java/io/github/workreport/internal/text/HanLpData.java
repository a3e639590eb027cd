package io.github.workreport.internal.text;

import com.hankcs.hanlp.HanLP;
import io.github.workreport.spi.ResourceLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
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
