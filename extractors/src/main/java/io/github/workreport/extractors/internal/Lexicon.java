package io.github.workreport.extractors.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The word knowledge of the figure extractor, read from two resource files next to this class:
 * {@code lexicon/words.tsv} (one row per word: the word, a tab, the comma list of its
 * {@link Role roles}) and {@code lexicon/pairs.tsv} (one row per pair: a {@link Relation}, a word,
 * a value). Within a role or relation the words keep the file's order. Immutable and thread-safe.
 *
 * <p>The standard lexicon is loaded on first use ({@link #standard()}), not when a class is
 * loaded: a missing or broken file makes every use throw an {@link IllegalStateException} naming
 * the file and the line, and leaves classes that do not read words working. The stages read the
 * {@link #current()} lexicon through the static views ({@link #words}, {@link #set}, {@link #list},
 * {@link #pairs}): the standard one, or within {@link #using} the standard one with rows of a
 * caller's own ({@link #withRows}, given to a {@code FigureExtractor}).
 */
final class Lexicon {

    static final String WORDS = "lexicon/words.tsv";
    static final String PAIRS = "lexicon/pairs.tsv";

    /** The relations of {@code lexicon/pairs.tsv}. */
    enum Relation {
        /** A subject ending (人口, 游客) and the unit of a bare count of it (人, 人次). */
        IMPLIED_UNIT("implied-unit"),
        /** Two names written as one (存贷款) and the two names, comma-separated (存款,贷款). */
        COMPRESSED("compressed");

        final String id;

        Relation(String id) {
            this.id = id;
        }

        static Relation byId(String id) {
            for (Relation r : values()) {
                if (r.id.equals(id)) {
                    return r;
                }
            }
            return null;
        }
    }

    /** A row of {@code pairs.tsv}: a word and its value (split at commas into parts). */
    record Pair(String word, String value) {
        List<String> parts() {
            return List.of(value.split(","));
        }
    }

    private final Map<Role, List<String>> lists = new EnumMap<>(Role.class);
    private final Map<Role, WordList> wordLists = new EnumMap<>(Role.class);
    private final Map<Role, Set<String>> sets = new EnumMap<>(Role.class);
    private final Map<Relation, List<Pair>> pairs = new EnumMap<>(Relation.class);
    /** Values worked out once from this lexicon's words, by key (see {@link #derived}). */
    private final Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    private Lexicon(Map<Role, List<String>> lists, Map<Relation, List<Pair>> pairs) {
        for (Role r : Role.values()) {
            List<String> words = List.copyOf(lists.getOrDefault(r, List.of()));
            this.lists.put(r, words);
            this.wordLists.put(r, new WordList(words));
            this.sets.put(r, Set.copyOf(words));
        }
        for (Relation r : Relation.values()) {
            this.pairs.put(r, List.copyOf(pairs.getOrDefault(r, List.of())));
        }
    }

    private static volatile Lexicon standard;
    /** The lexicon of a {@link #using} scope on this thread, or null for the standard one. */
    private static final ThreadLocal<Lexicon> SCOPED = new ThreadLocal<>();
    /** Whether any {@link #using} scope was ever opened: until then no thread-local is read. */
    private static volatile boolean scopes;

    /** The lexicon of the resource files, loaded on first use; an IllegalStateException when they are broken. */
    static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = standard;
                if (l == null) {
                    l = of(read(WORDS), read(PAIRS), true);
                    standard = l;
                }
            }
        }
        return l;
    }

    /** The lexicon the stages read on this thread: the one of a {@link #using} scope, else the standard one. */
    static Lexicon current() {
        if (!scopes) {
            return standard();
        }
        Lexicon l = SCOPED.get();
        return l != null ? l : standard();
    }

    /** Runs {@code work} with {@code lexicon} as the {@link #current} one on this thread. */
    static <T> T using(Lexicon lexicon, Supplier<T> work) {
        scopes = true;
        Lexicon previous = SCOPED.get();
        SCOPED.set(lexicon);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SCOPED.remove();
            } else {
                SCOPED.set(previous);
            }
        }
    }

    /** The words of {@code role} of the current lexicon, indexed for matching. */
    static WordList words(Role role) {
        return current().wordList(role);
    }

    /** The words of {@code role} of the current lexicon, as a set. */
    static Set<String> set(Role role) {
        return current().wordSet(role);
    }

    /** The words of {@code role} of the current lexicon, in file order. */
    static List<String> list(Role role) {
        return current().wordsOf(role);
    }

    /** The pairs of {@code relation} of the current lexicon, in file order. */
    static List<Pair> pairs(Relation relation) {
        return current().pairsOf(relation);
    }

    /**
     * This lexicon with {@code rows} added, lines in the format of words.tsv ({@code word<TAB>roles},
     * comments allowed), named {@code source} in errors: a new word comes after the others in each
     * of its roles; a word this lexicon has already gains the roles it does not have yet.
     *
     * @throws IllegalStateException naming {@code source} and the line of a malformed row, a word
     *     given twice in {@code rows}, an unknown role or a role the word has already
     */
    Lexicon withRows(String source, List<String> rows) {
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        Map<String, Set<Role>> has = new HashMap<>();
        for (Role r : Role.values()) {
            byRole.put(r, new ArrayList<>(lists.get(r)));
            for (String w : lists.get(r)) {
                has.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(r);
            }
        }
        Map<Role, List<String>> added = parseWords(source, rows);
        for (Map.Entry<Role, List<String>> e : added.entrySet()) {
            for (String w : e.getValue()) {
                if (has.getOrDefault(w, Set.of()).contains(e.getKey())) {
                    throw error(source, lineOf(rows, w), "'" + w + "' has the role '" + e.getKey().id + "' already");
                }
                byRole.get(e.getKey()).add(w);
            }
        }
        return new Lexicon(byRole, pairs);
    }

    /**
     * The value {@code compute} works out from this lexicon, computed on the first call for
     * {@code key} and kept (a cache per lexicon, so that rows of one's own are seen too).
     */
    @SuppressWarnings("unchecked")
    <T> T derived(Object key, java.util.function.Function<Lexicon, T> compute) {
        Object v = derived.get(key);
        if (v == null) {
            v = compute.apply(this);
            Object earlier = derived.putIfAbsent(key, v);
            if (earlier != null) {
                v = earlier; // computed twice in a race: the same value
            }
        }
        return (T) v;
    }

    WordList wordList(Role role) {
        return wordLists.get(role);
    }

    Set<String> wordSet(Role role) {
        return sets.get(role);
    }

    List<String> wordsOf(Role role) {
        return lists.get(role);
    }

    List<Pair> pairsOf(Relation relation) {
        return pairs.get(relation);
    }

    /**
     * A lexicon of the rows {@code words} (lines of words.tsv) and {@code pairs} (lines of
     * pairs.tsv); {@code complete}: every role and relation must have a word.
     *
     * @throws IllegalStateException naming the file and line of a malformed row, a duplicate or an unknown role
     */
    static Lexicon of(List<String> words, List<String> pairs, boolean complete) {
        Map<Role, List<String>> byRole = parseWords(WORDS, words);
        Map<Relation, List<Pair>> byRelation = readPairs(pairs);
        if (complete) {
            for (Role r : Role.values()) {
                if (!byRole.containsKey(r)) {
                    throw new IllegalStateException(WORDS + ": no word has the role '" + r.id + "'");
                }
            }
            for (Relation r : Relation.values()) {
                if (!byRelation.containsKey(r)) {
                    throw new IllegalStateException(PAIRS + ": no pair of the relation '" + r.id + "'");
                }
            }
        }
        return new Lexicon(byRole, byRelation);
    }

    /** The words of each role in rows of words.tsv, read from {@code source} (named in errors). */
    private static Map<Role, List<String>> parseWords(String source, List<String> words) {
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String line = words.get(i);
            if (isComment(line)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank() || !f[0].equals(f[0].strip())) {
                throw error(source, i, "expected a word, a tab and its roles, got '" + line + "'");
            }
            Integer first = seen.putIfAbsent(f[0], i + 1);
            if (first != null) {
                throw error(source, i, "duplicate word '" + f[0] + "' (first on line " + first + ")");
            }
            Set<Role> roles = new LinkedHashSet<>();
            for (String id : f[1].split(",", -1)) {
                Role r = Role.byId(id.strip());
                if (r == null) {
                    throw error(source, i, "unknown role '" + id.strip() + "' of '" + f[0] + "'");
                }
                if (!roles.add(r)) {
                    throw error(source, i, "role '" + r.id + "' twice for '" + f[0] + "'");
                }
                byRole.computeIfAbsent(r, k -> new ArrayList<>()).add(f[0]);
            }
        }
        return byRole;
    }

    private static Map<Relation, List<Pair>> readPairs(List<String> lines) {
        Map<Relation, List<Pair>> byRelation = new EnumMap<>(Relation.class);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isComment(line)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
                throw error(PAIRS, i, "expected a relation, a word and a value, got '" + line + "'");
            }
            Relation r = Relation.byId(f[0]);
            if (r == null) {
                throw error(PAIRS, i, "unknown relation '" + f[0] + "'");
            }
            Integer first = seen.putIfAbsent(f[0] + "\t" + f[1], i + 1);
            if (first != null) {
                throw error(PAIRS, i, "duplicate " + r.id + " '" + f[1] + "' (first on line " + first + ")");
            }
            if (r == Relation.COMPRESSED && f[2].split(",", -1).length != 2) {
                throw error(PAIRS, i, "a compressed pair needs two names, got '" + f[2] + "'");
            }
            byRelation.computeIfAbsent(r, k -> new ArrayList<>()).add(new Pair(f[1], f[2]));
        }
        return byRelation;
    }

    /** The index of the row of {@code word} in {@code rows}. */
    private static int lineOf(List<String> rows, String word) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(word + "\t")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isComment(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    private static IllegalStateException error(String file, int index, String what) {
        return new IllegalStateException(file + " line " + (index + 1) + ": " + what);
    }

    /** The lines of the resource {@code name} under {@code io/github/workreport/extractors/}. */
    static List<String> read(String name) {
        return io.github.workreport.spi.ResourceLines.read(Lexicon.class, "/io/github/workreport/extractors/" + name, name,
                "workreport-extractors");
    }
}
