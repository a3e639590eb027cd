package io.github.workreport.extractors.internal;

/**
 * Cells of a table row run into a name: an indicator read from a row of figures set off by white
 * space (公共安全支出 133031 144412) names no figure of its own.
 */
final class TableCells {

    private TableCells() {
    }

    /**
     * How many bare numbers stand in {@code s} as cells of their own, set off by white space or the
     * ends and followed by another or the end (公共安全支出 133031 144412: 2); a number inside a name
     * (5G) or before a word (spaced 2026 年) does not count.
     */
    static int count(String s) {
        int cells = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isCellChar(c) || i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i;
            boolean digit = false;
            while (j < n && isCellChar(s.charAt(j))) {
                digit |= Character.isDigit(s.charAt(j));
                j++;
            }
            int k = j;
            while (k < n && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            // a cell ends the text or another cell follows; 2026 年 (spaced text) is a year
            if (digit && (j == n || Character.isWhitespace(s.charAt(j))) && (k == n || isCellChar(s.charAt(k)))) {
                cells++;
            }
            i = Math.max(j, i + 1);
        }
        return cells;
    }

    private static boolean isCellChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == ',' || c == '-';
    }
}
