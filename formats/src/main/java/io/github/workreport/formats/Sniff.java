package io.github.workreport.formats;

/** Content sniffing: is it HTML, which charset does a page declare. Looks at the first bytes only. */
final class Sniff {

    /** Bytes looked at for markup and a declared charset. */
    static final int HEAD = 4096;

    private Sniff() {
    }

    /**
     * The first bytes as lower-case ASCII (other bytes, and UTF-16's zero bytes, dropped), enough
     * to look for markup in any ASCII-compatible or UTF-16 encoding.
     */
    static String head(byte[] b) {
        int n = Math.min(b.length, HEAD);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c != 0 && c < 0x80) {
                sb.append(Character.toLowerCase((char) c));
            }
        }
        return sb.toString();
    }

    /**
     * The first byte of {@link #head} that is not white space, or -1: what {@link #isHtml} looks at
     * first, found without building the head.
     */
    private static int firstMarkupByte(byte[] b) {
        int n = Math.min(b.length, HEAD);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c != 0 && c < 0x80 && !Character.isWhitespace((char) c)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether the bytes are an HTML page: after white space, a byte-order mark and comments, they
     * start with a doctype, {@code <html}, {@code <head}, {@code <body} or {@code <meta}, or the
     * first bytes hold {@code <html} or {@code <body} after an XML declaration.
     */
    static boolean isHtml(byte[] b) {
        if (firstMarkupByte(b) != '<') {
            return false; // most text files: no lower-cased head built for nothing
        }
        String h = head(b);
        int i = 0;
        // skip white space, a (dropped) byte-order mark, and comments
        for (int guard = 0; guard < 64 && i < h.length(); guard++) {
            while (i < h.length() && Character.isWhitespace(h.charAt(i))) {
                i++;
            }
            if (h.startsWith("<!--", i)) {
                int e = h.indexOf("-->", i + 4);
                if (e < 0) {
                    return false;
                }
                i = e + 3;
            } else {
                break;
            }
        }
        if (i >= h.length() || h.charAt(i) != '<') {
            return false;
        }
        if (h.startsWith("<!doctype html", i) || h.startsWith("<html", i) || h.startsWith("<head", i)
                || h.startsWith("<body", i) || h.startsWith("<meta", i)) {
            return true;
        }
        if (h.startsWith("<?xml", i) || h.startsWith("<!doctype", i)) {
            return h.contains("<html") || h.contains("<body");
        }
        return false;
    }

    /** The charset a page declares in its first bytes ({@code <meta charset>}, {@code http-equiv}), or null. */
    static String declaredCharset(byte[] b) {
        String h = head(b);
        int from = 0;
        for (int guard = 0; guard < 64; guard++) {
            int meta = h.indexOf("<meta", from);
            if (meta < 0) {
                return null;
            }
            int close = h.indexOf('>', meta);
            if (close < 0) {
                close = h.length();
            }
            String tag = h.substring(meta, close);
            int c = tag.indexOf("charset");
            if (c >= 0) {
                int i = c + "charset".length();
                while (i < tag.length() && (tag.charAt(i) == ' ' || tag.charAt(i) == '=' || tag.charAt(i) == '"'
                        || tag.charAt(i) == '\'')) {
                    i++;
                }
                int s = i;
                while (i < tag.length() && isNameChar(tag.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    return tag.substring(s, i);
                }
            }
            from = close;
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':';
    }
}
