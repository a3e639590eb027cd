package io.github.workreport.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The few pieces of Python semantics that {@code ../shared/tools/evaluate.py} relies on, over JSON values as
 * Jackson reads them into plain Java objects: {@code null}, {@link Boolean}, {@link Integer}/{@link Long}/
 * {@link BigInteger} (a JSON number without fraction or exponent, Python's {@code int}), {@link Double} (any other
 * JSON number, Python's {@code float}), {@link String}, {@link List} and {@link Map}. Equality, truth, {@code str},
 * {@code repr}, {@code float()}, {@code int()} and {@code format(x, "5.1f")} behave as in CPython, so that the port
 * gives the same figures and the same miss lines.
 */
final class Py {

    private Py() {
    }

    // ---- norm: fold width, drop white space and punctuation

    /** {@code norm(s)}: NFKC, then without white space ({@code str.isspace}) and punctuation (categories P*). */
    static String norm(Object s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(str(s), Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().filter(c -> !isSpace(c) && !isPunctuation(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Python's {@code str.isspace} for one code point (bidirectional class WS, B or S, or category Zs). */
    static boolean isSpace(int c) {
        return c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** A general category starting with P: Pc, Pd, Ps, Pe, Pi, Pf, Po. */
    static boolean isPunctuation(int c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Python's {@code len} of a string: code points. */
    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The first {@code n} code points ({@code s[:n]}). */
    static String prefix(String s, int n) {
        return len(s) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    // ---- truth and equality

    /** Python's {@code bool(x)}. */
    static boolean truthy(Object x) {
        if (x == null) {
            return false;
        }
        if (x instanceof Boolean b) {
            return b;
        }
        if (x instanceof Double d) {
            return d != 0.0; // NaN is true
        }
        if (x instanceof Number n) {
            return bigInt(n).signum() != 0;
        }
        if (x instanceof String s) {
            return !s.isEmpty();
        }
        if (x instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (x instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** {@code x or None}. */
    static Object orNone(Object x) {
        return truthy(x) ? x : null;
    }

    /** Python's {@code a == b} for JSON values (1 == 1.0 == True; lists and dicts element by element). */
    static boolean eq(Object a, Object b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return numEq(a, b);
        }
        if (a instanceof String sa) {
            return b instanceof String sb && sa.equals(sb);
        }
        if (a instanceof List<?> la) {
            if (!(b instanceof List<?> lb) || la.size() != lb.size()) {
                return false;
            }
            Iterator<?> ib = lb.iterator();
            for (Object x : la) {
                if (!eq(x, ib.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> ma) {
            if (!(b instanceof Map<?, ?> mb) || ma.size() != mb.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !eq(e.getValue(), mb.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** A Python number: bool, int or float. */
    static boolean isNumeric(Object x) {
        return x instanceof Boolean || x instanceof Number;
    }

    private static boolean numEq(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            double da = a instanceof Double d ? d : Double.NaN;
            double db = b instanceof Double d ? d : Double.NaN;
            if (a instanceof Double && b instanceof Double) {
                return da == db;
            }
            double f = a instanceof Double ? da : db;
            Object i = a instanceof Double ? b : a;
            if (Double.isNaN(f) || Double.isInfinite(f)) {
                return false;
            }
            return new BigDecimal(f).compareTo(new BigDecimal(bigInt(i))) == 0; // exact, as CPython compares
        }
        return bigInt(a).equals(bigInt(b));
    }

    /** An integral value (bool, int) as a BigInteger. */
    static BigInteger bigInt(Object x) {
        if (x instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (x instanceof BigInteger bi) {
            return bi;
        }
        if (x instanceof BigDecimal bd) {
            return bd.toBigInteger();
        }
        return BigInteger.valueOf(((Number) x).longValue());
    }

    /** {@code a - b} for an integral or float {@code a} and an integral {@code b} (the default year). */
    static Object minus(Object a, int b) {
        if (a instanceof Double d) {
            return d - b;
        }
        if (isNumeric(a)) {
            return bigInt(a).subtract(BigInteger.valueOf(b));
        }
        throw new IllegalArgumentException("unsupported operand type(s) for -: '" + typeName(a) + "' and 'int'");
    }

    // ---- conversions

    /** Python's {@code float(x)}, or null where it raises TypeError or ValueError. */
    static Double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (isNumeric(x)) {
            return new BigDecimal(bigInt(x)).doubleValue(); // correctly rounded, as float(int)
        }
        if (x instanceof String s) {
            return parseFloat(s);
        }
        return null;
    }

    private static Double parseFloat(String s) {
        String t = s.strip().replace("_", "");
        if (t.isEmpty() || s.strip().startsWith("_") || s.strip().endsWith("_") || s.contains("__")) {
            return null;
        }
        String l = t.toLowerCase(java.util.Locale.ROOT);
        String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        double sign = l.startsWith("-") ? -1.0 : 1.0;
        if (body.equals("inf") || body.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (!body.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(t);
    }

    /** Python's {@code int(x)}, or null where it raises TypeError or ValueError. */
    static BigInteger toInt(Object x) {
        if (x instanceof Double d) {
            if (d.isNaN()) {
                return null; // ValueError
            }
            if (d.isInfinite()) {
                throw new ArithmeticException("cannot convert float infinity to integer"); // OverflowError
            }
            return new BigDecimal(d).toBigInteger();
        }
        if (isNumeric(x)) {
            return bigInt(x);
        }
        if (x instanceof String s) {
            String t = s.strip().replace("_", "");
            if (!t.matches("[+-]?\\d+") || s.strip().startsWith("_") || s.strip().endsWith("_") || s.contains("__")) {
                return null;
            }
            return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
        }
        return null;
    }

    // ---- str and repr

    /** Python's {@code str(x)} (and an f-string's {@code {x}}). */
    static String str(Object x) {
        return x instanceof String s ? s : repr(x);
    }

    /** Python's {@code repr(x)}. */
    static String repr(Object x) {
        if (x == null) {
            return "None";
        }
        if (x instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (x instanceof Double d) {
            return floatRepr(d);
        }
        if (x instanceof Number n) {
            return bigInt(n).toString();
        }
        if (x instanceof String s) {
            return stringRepr(s);
        }
        if (x instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(repr(o));
            }
            return sb.append(']').toString();
        }
        if (x instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return sb.append('}').toString();
        }
        return x.toString();
    }

    /** {@code repr(float)}: the shortest digits that read back to the same double; fixed for 1e-4 <= |x| < 1e16. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - shortest.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = shortest.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** {@code repr(str)}: single quotes unless the text holds ' and no "; escapes as CPython writes them. */
    static String stringRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7F) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7F || isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xFF) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xFFFF) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.append(q).toString();
    }

    /** CPython's {@code str.isprintable} for one code point: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs but ' '. */
    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    /** {@code f"{x:W.Nf}"}: the exact binary value rounded half to even, as CPython formats floats. */
    static String fixed(double x, int width, int decimals) {
        String s;
        if (Double.isNaN(x)) {
            s = "nan";
        } else if (Double.isInfinite(x)) {
            s = x > 0 ? "inf" : "-inf";
        } else {
            s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
            if (x < 0 || x == 0.0 && 1 / x < 0) {
                s = s.startsWith("-") ? s : "-" + s; // -0.0 keeps its sign, as in Python
            }
        }
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** Python's {@code type(x).__name__}, for messages. */
    static String typeName(Object x) {
        if (x == null) {
            return "NoneType";
        }
        if (x instanceof Boolean) {
            return "bool";
        }
        if (x instanceof Double) {
            return "float";
        }
        if (x instanceof Number) {
            return "int";
        }
        if (x instanceof String) {
            return "str";
        }
        if (x instanceof List) {
            return "list";
        }
        if (x instanceof Map) {
            return "dict";
        }
        return x.getClass().getSimpleName();
    }
}
