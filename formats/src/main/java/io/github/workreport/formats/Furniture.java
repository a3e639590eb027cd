package io.github.workreport.formats;

import io.github.workreport.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Page furniture of extracted PDF text: form feeds between pages, page numbers on a page's first
 * or last lines ({@code - 3 -}, {@code —3—}, {@code 第3页 共20页}, {@code 3/20}), and running
 * headers or footers, lines that open or close at least a third of the pages (digits aside).
 */
final class Furniture {

    /** Lines at each end of a page looked at. */
    private static final int EDGE_LINES = 2;
    private static final int MAX_FURNITURE_LENGTH = 60;

    private Furniture() {
    }

    /** The furniture spans of {@code text} whose pages start at {@code starts}, sorted and disjoint. */
    static List<Span> find(String text, int[] starts) {
        int n = starts.length;
        List<List<Span>> edges = new ArrayList<>(n);
        Map<String, Integer> seen = new HashMap<>();
        for (int p = 0; p < n; p++) {
            int s = starts[p];
            int e = p + 1 < n ? starts[p + 1] - 1 : text.length(); // before the form feed
            List<Span> lines = edgeLines(text, s, Math.max(s, e));
            edges.add(lines);
            java.util.Set<String> onPage = new java.util.HashSet<>();
            for (Span l : lines) {
                String key = key(text, l);
                if (!key.isEmpty() && onPage.add(key)) {
                    seen.merge(key, 1, Integer::sum);
                }
            }
        }
        int repeated = Math.max(3, (n + 2) / 3);
        List<Span> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (p > 0) {
                out.add(new Span(starts[p] - 1, starts[p])); // the form feed
            }
            for (Span l : edges.get(p)) {
                String line = text.substring(l.start(), l.end());
                if (isPageNumber(line) || n >= 3 && seen.getOrDefault(key(text, l), 0) >= repeated
                        && line.strip().length() <= MAX_FURNITURE_LENGTH) {
                    int end = l.end() < text.length() && text.charAt(l.end()) == '\n' ? l.end() + 1 : l.end();
                    out.add(new Span(l.start(), end));
                }
            }
        }
        out.sort(null);
        List<Span> disjoint = new ArrayList<>();
        int reach = 0;
        for (Span s : out) {
            if (s.start() >= reach) {
                disjoint.add(s);
                reach = s.end();
            }
        }
        return disjoint;
    }

    /** The first and last non-blank lines of the page [s, e), without their line feed. */
    private static List<Span> edgeLines(String text, int s, int e) {
        List<Span> lines = new ArrayList<>();
        int i = s;
        int guard = 0;
        while (i < e && lines.size() < EDGE_LINES && guard++ < 10_000) {
            int nl = text.indexOf('\n', i);
            int le = nl < 0 || nl > e ? e : nl;
            if (!text.substring(i, le).isBlank()) {
                lines.add(new Span(i, le));
            }
            i = le + 1;
        }
        List<Span> tail = new ArrayList<>();
        int j = e;
        guard = 0;
        while (j > s && tail.size() < EDGE_LINES && guard++ < 10_000) {
            int le = j;
            if (le > s && text.charAt(le - 1) == '\n') {
                le--;
            }
            int ls = text.lastIndexOf('\n', le - 1) + 1;
            if (ls < s) {
                ls = s;
            }
            if (!text.substring(ls, le).isBlank()) {
                tail.add(new Span(ls, le));
            }
            j = ls;
            if (ls == s) {
                break;
            }
        }
        for (Span t : tail) {
            if (!lines.contains(t)) {
                lines.add(t);
            }
        }
        return lines;
    }

    /** A line with digits folded to '#' and white space dropped: equal for the same header on every page. */
    private static String key(String text, Span l) {
        StringBuilder sb = new StringBuilder();
        for (int i = l.start(); i < l.end(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            sb.append(Character.isDigit(c) ? '#' : c);
        }
        return sb.length() > MAX_FURNITURE_LENGTH ? "" : sb.toString();
    }

    /** {@code 3}, {@code - 3 -}, {@code —3—}, {@code 第3页}, {@code 第3页共20页}, {@code 3/20}, {@code ·3·}. */
    static boolean isPageNumber(String line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
            }
        }
        String s = sb.toString();
        int a = 0;
        int b = s.length();
        while (a < b && "-—－–―一·•.()（）[]【】".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && "-—－–―一·•.()（）[]【】".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        s = s.substring(a, b);
        if (s.isEmpty() || s.length() > 16) {
            return false;
        }
        if (digits(s, 0, s.length())) {
            return s.length() <= 4;
        }
        int slash = s.indexOf('/');
        if (slash > 0 && digits(s, 0, slash) && digits(s, slash + 1, s.length())) {
            return true;
        }
        if (s.startsWith("第")) {
            int ye = s.indexOf('页');
            if (ye > 1 && digits(s, 1, ye)) {
                String rest = s.substring(ye + 1);
                return rest.isEmpty() || rest.startsWith("共") && rest.endsWith("页") && rest.length() > 2
                        && digits(rest, 1, rest.length() - 1);
            }
        }
        return false;
    }

    private static boolean digits(String s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
