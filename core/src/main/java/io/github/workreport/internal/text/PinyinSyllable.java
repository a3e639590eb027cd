package io.github.workreport.internal.text;

/** Parses one pinyin syllable written with tone marks, a tone digit, or bare. */
final class PinyinSyllable {

    private PinyinSyllable() {
    }

    /** Longest syllable accepted ({@code zhuang} plus a tone digit). */
    static final int MAX_LENGTH = 7;

    /**
     * The toneless, lower-case ASCII form of a syllable ({@code jīng → jing}, {@code lǜ → lv},
     * {@code jing1 → jing}), or null when {@code s} is not written like one syllable.
     */
    static String toneless(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return null;
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char base = base(c);
            if (base != 0) {
                b.append(base);
            } else if (c >= '0' && c <= '5' && i == n - 1 && i > 0) {
                // tone digit at the end
            } else {
                return null;
            }
        }
        String t = b.toString();
        // a syllable has a vowel (or is one of the syllabic nasals m, n, ng, hm, hng)
        for (int i = 0; i < t.length(); i++) {
            if ("aeiouv".indexOf(t.charAt(i)) >= 0) {
                return t;
            }
        }
        return t.equals("m") || t.equals("n") || t.equals("ng") || t.equals("hm") || t.equals("hng") ? t : null;
    }

    /** Whether {@code s} contains a vowel with a tone mark. */
    static boolean hasToneMark(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7F && base(c) != 0 && "üÜ".indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case ASCII letter of a pinyin letter (ü as v), or 0. */
    private static char base(char c) {
        if (c >= 'a' && c <= 'z') {
            return c;
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        switch (c) {
            case 'ā': case 'á': case 'ǎ': case 'à': case 'Ā': case 'Á': case 'Ǎ': case 'À':
                return 'a';
            case 'ē': case 'é': case 'ě': case 'è': case 'Ē': case 'É': case 'Ě': case 'È': case 'ê':
                return 'e';
            case 'ī': case 'í': case 'ǐ': case 'ì': case 'Ī': case 'Í': case 'Ǐ': case 'Ì':
                return 'i';
            case 'ō': case 'ó': case 'ǒ': case 'ò': case 'Ō': case 'Ó': case 'Ǒ': case 'Ò':
                return 'o';
            case 'ū': case 'ú': case 'ǔ': case 'ù': case 'Ū': case 'Ú': case 'Ǔ': case 'Ù':
                return 'u';
            case 'ü': case 'ǖ': case 'ǘ': case 'ǚ': case 'ǜ': case 'Ü': case 'Ǖ': case 'Ǘ': case 'Ǚ': case 'Ǜ':
                return 'v';
            case 'ń': case 'ň': case 'ǹ':
                return 'n';
            case 'ḿ':
                return 'm';
            default:
                return 0;
        }
    }
}
