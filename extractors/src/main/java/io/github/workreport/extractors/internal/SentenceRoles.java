package io.github.workreport.extractors.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the sentence-level roles ({@link #SCANNED}) have a word in a sentence, found in one pass
 * over it instead of one pass per role: the stages ask these questions of every sentence (is it a
 * statement of targets, of estimates); and, on first asking, whether it holds a qualitative
 * predicate (a longer list of common words, asked of fewer sentences). Not thread-safe: one per
 * sentence, on the thread that reads it.
 */
final class SentenceRoles {

    /** The roles a sentence is scanned for, at most 64: the bit of a role is its index here. */
    static final List<Role> SCANNED = List.of(Role.TARGET_CUE, Role.NOT_TARGET, Role.ESTIMATE_STATEMENT,
            Role.REFERS_AHEAD, Role.REFERS_BACK);

    private final String sentence;
    private final Scanner scanner;
    private final long found;
    /** Whether a qualitative predicate occurs: null until asked. */
    private Boolean qualitative;

    private SentenceRoles(String sentence, Scanner scanner, long found) {
        this.sentence = sentence;
        this.scanner = scanner;
        this.found = found;
    }

    /** The roles of {@link #SCANNED} with a word in {@code sentence}, by the current lexicon. */
    static SentenceRoles of(String sentence) {
        Scanner sc = Lexicon.current().derived(SentenceRoles.class, Scanner::new);
        long[] found = {0};
        sc.words.forEachIn(sentence, w -> found[0] |= sc.roles.get(w));
        return new SentenceRoles(sentence, sc, found[0]);
    }

    /** Whether a word of {@code role} (one of {@link #SCANNED}) occurs in the sentence. */
    boolean has(Role role) {
        return (found & bit(role)) != 0;
    }

    /** Whether a word of any of the three qualitative roles occurs in the sentence (read on first asking). */
    boolean hasQualitative() {
        if (qualitative == null) {
            qualitative = scanner.qualitative.occursIn(sentence);
        }
        return qualitative;
    }

    private static long bit(Role role) {
        int i = SCANNED.indexOf(role);
        if (i < 0) {
            throw new IllegalArgumentException(role + " is not a sentence-level role: " + SCANNED);
        }
        return 1L << i;
    }

    /**
     * The words of every scanned role, one list, each with the bits of the roles it plays; and the
     * words of the three qualitative roles.
     */
    private static final class Scanner {
        final WordList words;
        final Map<String, Long> roles = new HashMap<>();
        final WordList qualitative;

        Scanner(Lexicon lexicon) {
            for (Role r : SCANNED) {
                for (String w : lexicon.wordSet(r)) {
                    roles.merge(w, bit(r), (a, b) -> a | b);
                }
            }
            words = new WordList(roles.keySet().stream().sorted().toList());
            qualitative = new WordList(java.util.stream.Stream.of(Role.QUALITATIVE, Role.QUALITATIVE_PREFIX, Role.QUALITATIVE_PLAN)
                    .flatMap(r -> lexicon.wordsOf(r).stream()).distinct().toList());
        }
    }
}
