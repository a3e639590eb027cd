package io.github.workreport.internal.quantity;

/**
 * Character classes and the lenient one-to-one folding the quantity scanner applies on the fly
 * (full-width digits and signs, traditional 萬/億/兩, financial numerals keep their value). Folding
 * never changes the length of the text, so offsets stay those of the searched text. The numeral
 * chars and the traditional forms are the rows of {@code chars.tsv}, read once on first use.
 */
final class Chars {

    /** Not part of a numeral. */
    static final byte NONE = 0;
    /** An ASCII digit (after folding). */
    static final byte ARABIC = 1;
    /** A Chinese digit 零〇一二两三…九 and the financial forms. */
    static final byte DIGIT = 2;
    /** 十, 拾. */
    static final byte TEN = 3;
    /** 百, 千 and their financial forms. */
    static final byte SMALL_UNIT = 4;
    /** 万, 亿. */
    static final byte LARGE_UNIT = 5;
    /** 几, 数: an unknown digit (1..9). */
    static final byte PLACEHOLDER = 6;
    /** 翻 of 翻一番. */
    static final byte FAN = 7;

    /** The resource of the numeral chars and folded traditional forms. */
    static final String FILE = "chars.tsv";

    private Chars() {
    }

    /** The tables of chars.tsv, built once on first use. */
    record Tables(byte[] classes, byte[] digitValues, int[] unitValues, char[] fold) {
    }

    /**
     * Loaded on first use; a broken chars.tsv makes every use throw (see {@link Tsv.Loaded}). The
     * arrays are static finals of their own, which the JIT treats as constants: a lookup is one
     * array load, as with a table built in a static initializer.
     */
    private static final class Holder {
        static final Tsv.Loaded<Tables> TABLES = Tsv.Loaded.of(() -> load(Tsv.read(FILE)));
        static final byte[] CLASSES = TABLES.orNull() == null ? null : TABLES.orNull().classes();
        static final byte[] DIGIT_VALUES = TABLES.orNull() == null ? null : TABLES.orNull().digitValues();
        static final int[] UNIT_VALUES = TABLES.orNull() == null ? null : TABLES.orNull().unitValues();
        static final char[] FOLD = TABLES.orNull() == null ? null : TABLES.orNull().fold();
    }

    /** The tables of the rows {@code lines} (in the format of chars.tsv). */
    static Tables load(java.util.List<String> lines) {
        byte[] cls = new byte[65536];
        byte[] digitValue = new byte[65536];
        int[] unitValue = new int[65536];
        char[] fold = new char[65536];
        java.util.Arrays.fill(digitValue, (byte) -1);
        for (char c = '0'; c <= '9'; c++) {
            cls[c] = ARABIC;
            cls[c - '0' + 0xFF10] = ARABIC;
        }
        for (int c = 0; c < 65536; c++) {
            fold[c] = computeFold((char) c);
        }
        for (Tsv.Row r : Tsv.rows(FILE, lines, 2, 4)) {
            String w = r.get(0);
            if (w.length() != 1) {
                throw r.error("expected one char, got '" + w + "'");
            }
            char c = w.charAt(0);
            String value = r.get(2);
            byte k = switch (r.get(1)) {
                case "digit" -> DIGIT;
                case "ten" -> TEN;
                case "small-unit" -> SMALL_UNIT;
                case "large-unit" -> LARGE_UNIT;
                case "placeholder" -> PLACEHOLDER;
                case "doubling" -> FAN;
                case "-" -> NONE;
                default -> throw r.error("unknown class '" + r.get(1) + "' of '" + w + "'");
            };
            boolean valued = k == DIGIT || k == TEN || k == SMALL_UNIT || k == LARGE_UNIT;
            if (valued != !value.isEmpty()) {
                throw r.error(valued ? "'" + w + "' needs a value" : "'" + w + "' takes no value");
            }
            if (valued) {
                int v;
                try {
                    v = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw r.error("value '" + value + "' of '" + w + "' is no number");
                }
                boolean ok = switch (k) {
                    case DIGIT -> v >= 0 && v <= 9;
                    case TEN -> v == 10;
                    case SMALL_UNIT -> v == 100 || v == 1000;
                    default -> v == 10000 || v == 100000000;
                };
                if (!ok) {
                    throw r.error("value " + v + " does not fit the class '" + r.get(1) + "' of '" + w + "'");
                }
                if (k == DIGIT) {
                    digitValue[c] = (byte) v;
                } else {
                    unitValue[c] = v;
                }
            }
            cls[c] = k;
            String to = r.get(3);
            if (!to.isEmpty()) {
                if (to.length() != 1) {
                    throw r.error("'" + w + "' folds to one char, got '" + to + "'");
                }
                fold[c] = to.charAt(0);
            }
        }
        return new Tables(cls, digitValue, unitValue, fold);
    }

    /** The class of a raw (unfolded) character. */
    static byte classOf(char c) {
        byte[] t = Holder.CLASSES;
        if (t == null) {
            throw Holder.TABLES.failure();
        }
        return t[c];
    }

    /**
     * The first index of {@code s[from, n)} whose raw character is of a class other than {@link #NONE},
     * or {@code n}: most of a text is no numeral, and a loop that only returns is compiled far tighter
     * than one that goes on after a look at each character.
     */
    static int nextClassed(CharSequence s, int from, int n) {
        byte[] t = Holder.CLASSES;
        if (t == null) {
            throw Holder.TABLES.failure();
        }
        if (s instanceof String str) {
            for (int i = from; i < n; i++) {
                if (t[str.charAt(i)] != NONE) {
                    return i;
                }
            }
            return Math.max(from, n);
        }
        for (int i = from; i < n; i++) {
            if (t[s.charAt(i)] != NONE) {
                return i;
            }
        }
        return Math.max(from, n);
    }

    /** The value of a Chinese digit, or -1. */
    static int chineseDigit(char c) {
        byte[] t = Holder.DIGIT_VALUES;
        if (t == null) {
            throw Holder.TABLES.failure();
        }
        return t[c];
    }

    private static int unitValue(char c) {
        int[] t = Holder.UNIT_VALUES;
        if (t == null) {
            throw Holder.TABLES.failure();
        }
        return t[c];
    }

    /** The value of an ASCII or full-width digit, or -1. */
    static int arabicDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    /** The value of 十/百/千 (and 拾/佰/仟), else 0. */
    static int smallUnit(char c) {
        int v = unitValue(c);
        return v < 10000 ? v : 0;
    }

    /** 4 for 万, 8 for 亿 (the power of ten), else 0. */
    static int largeUnitPower(char c) {
        return switch (unitValue(c)) {
            case 10000 -> 4;
            case 100000000 -> 8;
            default -> 0;
        };
    }

    /** Folds width, traditional forms (chars.tsv) and look-alike signs; one char to one char. */
    static char fold(char c) {
        char[] t = Holder.FOLD;
        if (t == null) {
            throw Holder.TABLES.failure();
        }
        return t[c];
    }

    /** The fold of a char chars.tsv does not name: full-width ASCII and look-alike signs. */
    private static char computeFold(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u00B5' -> '\u03BC';
            case '\u00B7' -> '.'; // a decimal point in older texts (增长4·3％); names keep their quotes
            case '\uFE6A' -> '%';
            case '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63' -> '-';
            case '\u3000' -> ' ';
            default -> c;
        };
    }

    /** Whether c is a CJK ideograph (a word character in Chinese text). */
    static boolean isIdeograph(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /** ASCII letter after folding. */
    static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
