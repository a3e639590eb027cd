package io.github.workreport.robust;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random mutations of report text, for the fuzz tests: line edits (insert, delete, duplicate,
 * swap), digit swaps, brackets, full-width and traditional characters, CR, form feeds, NULs,
 * lone surrogates, huge numbers, and byte-level damage of the encoded text.
 */
final class Mutator {

    private static final String[] INSERTS = {"(", ")", "（", "）", "【", "】", "[", "]", "「", "」", "《", "》", "\r", "\f",
        "\u0000", "\uD800", "\uDC00", "\uFEFF", "\u200B", "\u3000", "\t", "\r\n", "\n\n\n", "一、", "（一）", "(1)", "1.",
        "①", "第一部分", "各位代表：", "政府工作报告", "目录", "——", "预计", "分别增长", "左右", "以上", "%", "％", "亿元",
        "萬", "經濟", "發展", "９８７６", "(jīng)", "<!--", "-->", "&nbsp;", "<U+00A0>", "打印本页", "第3页", "……12",
        "2025年", "1月", "日在", "会议上", "。", "，", "、", "；", "：", "99999999999999999999999999999999999999", "1e308",
        "-0", "0.000000000000000000001", "〇", "两", "亿亿", "万万", "\uD83D\uDE00", "\u202E", "\u0301"};

    private final Random rnd;

    Mutator(long seed) {
        this.rnd = new Random(seed);
    }

    /** Applies 1 to {@code max} random text mutations. */
    String mutate(String text, int max) {
        String s = text;
        int n = 1 + rnd.nextInt(Math.max(1, max));
        for (int i = 0; i < n; i++) {
            s = once(s);
        }
        return s;
    }

    /** Encodes in a random way and damages some bytes. */
    byte[] mutateBytes(String text, int max) {
        byte[] b = switch (rnd.nextInt(5)) {
            case 0 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 1 -> text.getBytes(java.nio.charset.Charset.forName("GB18030"));
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
        int n = rnd.nextInt(Math.max(1, max) + 1);
        for (int i = 0; i < n && b.length > 0; i++) {
            b = onceBytes(b);
        }
        return b;
    }

    private byte[] onceBytes(byte[] b) {
        int at = rnd.nextInt(b.length);
        switch (rnd.nextInt(6)) {
            case 0 -> b[at] = (byte) rnd.nextInt(256);
            case 1 -> {
                return Arrays.copyOf(b, at); // truncation, possibly mid-character
            }
            case 2 -> {
                byte[] out = new byte[b.length - 1];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + 1, out, at, b.length - at - 1);
                return out;
            }
            case 3 -> {
                byte[] ins = {(byte) 0xFF, (byte) 0xFE, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0x80, 0, (byte) 0xC3};
                int k = 1 + rnd.nextInt(3);
                byte[] out = new byte[b.length + k];
                System.arraycopy(b, 0, out, 0, at);
                for (int j = 0; j < k; j++) {
                    out[at + j] = ins[rnd.nextInt(ins.length)];
                }
                System.arraycopy(b, at, out, at + k, b.length - at);
                return out;
            }
            case 4 -> {
                byte[] bom = rnd.nextBoolean() ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                byte[] out = new byte[b.length + bom.length];
                System.arraycopy(bom, 0, out, 0, bom.length);
                System.arraycopy(b, 0, out, bom.length, b.length);
                return out;
            }
            default -> b[at] ^= (byte) (1 << rnd.nextInt(8));
        }
        return b;
    }

    private String once(String s) {
        if (s.isEmpty()) {
            return INSERTS[rnd.nextInt(INSERTS.length)];
        }
        int op = rnd.nextInt(14);
        switch (op) {
            case 0, 1, 2, 3 -> {
                return insertAt(s, rnd.nextInt(s.length() + 1), INSERTS[rnd.nextInt(INSERTS.length)]);
            }
            case 4, 5 -> {
                return lineEdit(s);
            }
            case 6 -> {
                int a = rnd.nextInt(s.length());
                int e = Math.min(s.length(), a + 1 + rnd.nextInt(20));
                return s.substring(0, a) + s.substring(e); // may split a surrogate pair
            }
            case 7 -> {
                return swapDigits(s);
            }
            case 8 -> {
                return mapChars(s, true);
            }
            case 9 -> {
                return mapChars(s, false);
            }
            case 10 -> {
                String brackets = "(".repeat(rnd.nextInt(50)) + "（".repeat(rnd.nextInt(50));
                return insertAt(s, rnd.nextInt(s.length() + 1), brackets);
            }
            case 11 -> {
                String digits = "9".repeat(1 + rnd.nextInt(400)) + (rnd.nextBoolean() ? "." + "1".repeat(rnd.nextInt(300)) : "");
                return insertAt(s, rnd.nextInt(s.length() + 1), digits + (rnd.nextBoolean() ? "亿元" : "%"));
            }
            case 12 -> {
                char c = (char) rnd.nextInt(0x10000); // any UTF-16 unit, surrogates and controls included
                return insertAt(s, rnd.nextInt(s.length() + 1), String.valueOf(c));
            }
            default -> {
                return s.replace("\n", rnd.nextBoolean() ? "\r" : rnd.nextBoolean() ? "\r\n" : "\f\n");
            }
        }
    }

    private static String insertAt(String s, int at, String ins) {
        return s.substring(0, at) + ins + s.substring(at);
    }

    private String lineEdit(String s) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        int i = rnd.nextInt(lines.size());
        switch (rnd.nextInt(4)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(i));
            case 2 -> {
                int j = rnd.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            default -> lines.add(i, lines.get(rnd.nextInt(lines.size())));
        }
        return String.join("\n", lines);
    }

    private String swapDigits(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= '0' && c[i] <= '9' && rnd.nextInt(3) == 0) {
                c[i] = (char) ('0' + rnd.nextInt(10));
            }
        }
        return new String(c);
    }

    /** Full-width ASCII, or a few common simplified characters to traditional ones, over a random stretch. */
    private String mapChars(String s, boolean fullWidth) {
        int a = rnd.nextInt(s.length());
        int e = Math.min(s.length(), a + 1 + rnd.nextInt(200));
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, a);
        for (int i = a; i < e; i++) {
            char c = s.charAt(i);
            if (fullWidth) {
                b.append(c > 0x20 && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
            } else {
                int k = "经济发展增长亿万报告设计划区县国务门开关".indexOf(c);
                b.append(k >= 0 ? "經濟發展增長億萬報告設計劃區縣國務門開關".charAt(k) : c);
            }
        }
        b.append(s, e, s.length());
        return b.toString();
    }
}
