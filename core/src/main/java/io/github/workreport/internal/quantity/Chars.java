package io.github.workreport.internal.quantity;

/**
 * Character classes and the lenient one-to-one folding the quantity scanner applies on the fly
 * (full-width digits and signs, traditional 萬/億/兩, financial numerals keep their value). Folding
 * never changes the length of the text, so offsets stay those of the searched text.
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

    private static final byte[] CLASS = new byte[65536];
    private static final byte[] DIGIT_VALUE = new byte[65536];

    static {
        java.util.Arrays.fill(DIGIT_VALUE, (byte) -1);
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = ARABIC;
            CLASS[c - '0' + 0xFF10] = ARABIC;
        }
        digits("零〇", 0);
        digits("一壹", 1);
        digits("二两兩贰貳", 2);
        digits("三叁參", 3);
        digits("四肆", 4);
        digits("五伍", 5);
        digits("六陆陸", 6);
        digits("七柒", 7);
        digits("八捌", 8);
        digits("九玖", 9);
        CLASS['十'] = TEN;
        CLASS['拾'] = TEN;
        for (char c : "百佰千仟".toCharArray()) {
            CLASS[c] = SMALL_UNIT;
        }
        for (char c : "万萬亿億".toCharArray()) {
            CLASS[c] = LARGE_UNIT;
        }
        CLASS['几'] = PLACEHOLDER;
        CLASS['幾'] = PLACEHOLDER;
        CLASS['数'] = PLACEHOLDER;
        CLASS['數'] = PLACEHOLDER;
        CLASS['翻'] = FAN;
    }

    private Chars() {
    }

    private static void digits(String chars, int value) {
        for (char c : chars.toCharArray()) {
            CLASS[c] = DIGIT;
            DIGIT_VALUE[c] = (byte) value;
        }
    }

    /** The class of a raw (unfolded) character. */
    static byte classOf(char c) {
        return CLASS[c];
    }

    /** The value of a Chinese digit, or -1. */
    static int chineseDigit(char c) {
        return DIGIT_VALUE[c];
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
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /** 4 for 万, 8 for 亿 (the power of ten), else 0. */
    static int largeUnitPower(char c) {
        return switch (c) {
            case '万', '萬' -> 4;
            case '亿', '億' -> 8;
            default -> 0;
        };
    }

    private static final char[] FOLD = new char[65536];

    /**
     * Traditional forms of the chars the scanner's words use (numerals, units, comparators, verbs),
     * in pairs traditional→simplified, so that an unconverted traditional text still reads.
     */
    private static final String TRADITIONAL = "萬万億亿兩两幾几數数點点個个餘余項项場场處处輛辆條条噸吨畝亩張张臺台間间"
            + "種种隻只棟栋戶户歲岁時时標标準准內内過过於于約约長长減减億亿貳贰參叁陸陆噸吨頃顷圓元際际";

    static {
        for (int c = 0; c < 65536; c++) {
            FOLD[c] = computeFold((char) c);
        }
        for (int k = 0; k + 1 < TRADITIONAL.length(); k += 2) {
            FOLD[TRADITIONAL.charAt(k)] = TRADITIONAL.charAt(k + 1);
        }
    }

    /** Folds width, traditional forms and look-alike signs; one char to one char. */
    static char fold(char c) {
        return FOLD[c];
    }

    private static char computeFold(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '萬' -> '万';
            case '億' -> '亿';
            case '兩' -> '两';
            case '幾' -> '几';
            case '數' -> '数';
            case '\u00B5' -> '\u03BC';
            case '\u00B7' -> '.'; // a decimal point in older texts (增长4·3％); names keep their quotes
            case '﹪' -> '%';
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
