package io.github.workreport.internal;

import java.nio.charset.StandardCharsets;

/**
 * Recognizes binary inputs that are not text, by their first bytes, so that they are refused
 * instead of being decoded into garbage figures.
 */
public final class BinaryFormats {

    private BinaryFormats() {
    }

    /**
     * The name of the binary format the bytes start with ({@code pdf}, {@code docx}, {@code zip},
     * {@code gzip}, {@code png}, ...), or null when they do not start like a known binary format.
     */
    public static String kind(byte[] b) {
        if (starts(b, "%PDF-") || startsWithin(b, "%PDF-", 1024)) {
            return "pdf";
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04) || starts(b, 0x50, 0x4B, 0x05, 0x06) || starts(b, 0x50, 0x4B, 0x07, 0x08)) {
            if (contains(b, "word/document.xml")) {
                return "docx";
            }
            if (contains(b, "xl/workbook")) {
                return "xlsx";
            }
            if (contains(b, "ppt/presentation")) {
                return "pptx";
            }
            if (contains(b, "OFD.xml")) {
                return "ofd";
            }
            return "zip";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "ole2"; // .doc, .xls, .ppt, .wps
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "gzip";
        }
        if (starts(b, 0x42, 0x5A, 0x68)) {
            return "bzip2";
        }
        if (starts(b, 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00)) {
            return "xz";
        }
        if (starts(b, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C)) {
            return "7z";
        }
        if (starts(b, "Rar!")) {
            return "rar";
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (starts(b, "GIF87a") || starts(b, "GIF89a")) {
            return "gif";
        }
        if (starts(b, "BM") && b.length > 14 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0) {
            return "bmp";
        }
        if (starts(b, 'I', 'I', 0x2A, 0x00) || starts(b, 'M', 'M', 0x00, 0x2A)) {
            return "tiff";
        }
        if (starts(b, "RIFF") && b.length >= 12) {
            return "riff"; // webp, wav, avi
        }
        if (starts(b, 0x7F, 'E', 'L', 'F')) {
            return "elf executable";
        }
        if (starts(b, "MZ") && b.length > 64) {
            return "windows executable";
        }
        if (starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "java class or mach-o executable";
        }
        if (starts(b, 0xCF, 0xFA, 0xED, 0xFE) || starts(b, 0xCE, 0xFA, 0xED, 0xFE)) {
            return "mach-o executable";
        }
        if (starts(b, "{\\rtf")) {
            return "rtf";
        }
        if (b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "mp4";
        }
        if (starts(b, "SQLite format 3")) {
            return "sqlite";
        }
        return null;
    }

    /**
     * Whether decoded text looks like binary data rather than text: among its first characters,
     * more than a tenth are control characters (other than tab, line feed, carriage return, form
     * feed) or replacement characters.
     */
    public static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        if (n == 0) {
            return false;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // a table and a compare, no branch: counted over every character, the loop stays tight
            bad += BAD_CONTROL[Math.min(c, 0x20)] + (c == '\uFFFD' ? 1 : 0);
        }
        return bad * 10 > n;
    }

    /** 1 for the control characters that text does not hold (all below U+0020 but tab, line breaks, form feed and escape); 0 at 0x20. */
    private static final int[] BAD_CONTROL = new int[0x21];

    static {
        for (char c = 0; c < 0x20; c++) {
            BAD_CONTROL[c] = c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B ? 1 : 0;
        }
    }

    private static boolean starts(byte[] b, String ascii) {
        return startsAt(b, 0, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWithin(byte[] b, String ascii, int limit) {
        byte[] m = ascii.getBytes(StandardCharsets.ISO_8859_1);
        int end = Math.min(limit, b.length - m.length);
        for (int i = 0; i <= end; i++) {
            if (b[i] == m[0] && startsAt(b, i, m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsAt(byte[] b, int at, byte[] m) {
        if (at < 0 || at + m.length > b.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (b[at + i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the ASCII string occurs anywhere in the bytes (one linear scan per first-byte match). */
    public static boolean contains(byte[] b, String ascii) {
        byte[] m = ascii.getBytes(StandardCharsets.ISO_8859_1);
        int last = b.length - m.length;
        for (int i = 0; i <= last; i++) {
            if (b[i] == m[0] && startsAt(b, i, m)) {
                return true;
            }
        }
        return false;
    }
}
