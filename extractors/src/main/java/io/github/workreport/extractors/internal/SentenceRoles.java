package io.github.workreport.extractors.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the sentence-level roles ({@link #SCANNED}) have a word in a sentence, found in one pass
 * over it instead of one pass per role: the stages ask these questions of every sentence (is it a
 * statement of targets, of estimates, does it hold a qualitative predicate). Immutable.
 */
final class SentenceRoles {

    /** The roles a sentence is scanned for, at most 64: the bit of a role is its index here. */
    static final List<Role> SCANNED = List.of(Role.TARGET_CUE, Role.NOT_TARGET, Role.ESTIMATE_STATEMENT,
            Role.REFERS_AHEAD, Role.REFERS_BACK, Role.QUALITATIVE, Role.QUALITATIVE_PREFIX, Role.QUALITATIVE_PLAN);

    private static final long QUALITATIVE_ANY = bit(Role.QUALITATIVE) | bit(Role.QUALITATIVE_PREFIX)
            | bit(Role.QUALITATIVE_PLAN);

    private final long found;

    private SentenceRoles(long found) {
        this.found = found;
    }

    /** The roles of {@link #SCANNED} with a word in {@code sentence}, by the current lexicon. */
    static SentenceRoles of(String sentence) {
        Scanner sc = Lexicon.current().derived(SentenceRoles.class, Scanner::new);
        long[] found = {0};
        sc.words.forEachIn(sentence, w -> found[0] |= sc.roles.get(w));
        return new SentenceRoles(found[0]);
    }

    /** Whether a word of {@code role} (one of {@link #SCANNED}) occurs in the sentence. */
    boolean has(Role role) {
        return (found & bit(role)) != 0;
    }

    /** Whether a word of any of the three qualitative roles occurs in the sentence. */
    boolean hasQualitative() {
        return (found & QUALITATIVE_ANY) != 0;
    }

    private static long bit(Role role) {
        int i = SCANNED.indexOf(role);
        if (i < 0) {
            throw new IllegalArgumentException(role + " is not a sentence-level role: " + SCANNED);
        }
        return 1L << i;
    }

    /** The words of every scanned role, one list, each with the bits of the roles it plays. */
    private static final class Scanner {
        final WordList words;
        final Map<String, Long> roles = new HashMap<>();

        Scanner(Lexicon lexicon) {
            for (Role r : SCANNED) {
                for (String w : lexicon.wordSet(r)) {
                    roles.merge(w, bit(r), (a, b) -> a | b);
                }
            }
            words = new WordList(List.copyOf(roles.keySet()));
        }
    }
}
