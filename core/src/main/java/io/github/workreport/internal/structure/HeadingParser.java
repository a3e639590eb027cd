package io.github.workreport.internal.structure;

import io.github.workreport.internal.quantity.SmallNumbers;
import java.util.List;

/** Recognises numbered headings at the start of a line. Linear in the line's length. */
final class HeadingParser {

    private static final int MAX_TITLE = 120;

    private HeadingParser() {
    }

    /**
     * Parses a heading at the start of {@code line}, or returns null.
     *
     * @param next the following lines, used when the number stands alone on its line
     */
    static Heading parse(String text, Line line, List<Line> next) {
        if (line.isBlank()) {
            return null;
        }
        int p = line.contentStart();
        int end = line.contentEnd();
        char c = text.charAt(p);
        HeadingStyle style;
        int numStart;
        int numEnd;
        int after;
        if (c == '第') {
            int q = p + 1;
            while (q < end && SmallNumbers.isOrdinalChar(text.charAt(q))) {
                q++;
            }
            if (q == p + 1) {
                return null;
            }
            int kw;
            if (text.startsWith("部分", q)) {
                kw = 2;
            } else if (q < end && (text.charAt(q) == '章' || text.charAt(q) == '篇')) {
                kw = 1;
            } else {
                return null;
            }
            style = HeadingStyle.PART;
            numStart = p + 1;
            numEnd = q;
            after = q + kw;
        } else if (c == '(' || c == '（') {
            int q = p + 1;
            boolean arabic = q < end && isAsciiDigit(text.charAt(q));
            while (q < end && (arabic ? isAsciiDigit(text.charAt(q)) : SmallNumbers.isOrdinalChar(text.charAt(q)))) {
                q++;
            }
            if (q == p + 1 || q - p - 1 > 4 || q >= end || (text.charAt(q) != ')' && text.charAt(q) != '）')) {
                return null;
            }
            style = arabic ? HeadingStyle.AR_PAREN : HeadingStyle.CN_PAREN;
            numStart = p + 1;
            numEnd = q;
            after = q + 1;
            if (after < end && (text.charAt(after) == '、' || text.charAt(after) == '.')) {
                after++;
            }
        } else if (SmallNumbers.circled(c) > 0) {
            style = HeadingStyle.CIRCLED;
            numStart = p;
            numEnd = p + 1;
            after = p + 1;
        } else if (isAsciiDigit(c)) {
            int q = p;
            while (q < end && isAsciiDigit(text.charAt(q))) {
                q++;
            }
            if (q - p > 2 || q >= end) {
                return null;
            }
            char d = text.charAt(q);
            if (d != '.' && d != '、' && d != '．') {
                return null;
            }
            if (q + 1 < end && isAsciiDigit(text.charAt(q + 1)) && d != '、') {
                // 1.5% is a number, but 1.2024年… (a list entry) is rare enough to skip as well
                return null;
            }
            style = HeadingStyle.AR_DOT;
            numStart = p;
            numEnd = q;
            after = q + 1;
        } else if (SmallNumbers.isOrdinalChar(c)) {
            int q = p;
            while (q < end && SmallNumbers.isOrdinalChar(text.charAt(q))) {
                q++;
            }
            int r = q;
            while (r < end && Lines.isSpace(text.charAt(r))) {
                r++;
            }
            if (q - p > 3 || r >= end || (text.charAt(r) != '、' && text.charAt(r) != '.' && text.charAt(r) != '．')) {
                return null;
            }
            style = HeadingStyle.CN_COMMA;
            numStart = p;
            numEnd = q;
            after = r + 1;
        } else {
            return null;
        }
        String number = text.substring(numStart, numEnd);
        int value = style == HeadingStyle.CIRCLED ? SmallNumbers.circled(c) : SmallNumbers.value(number);
        if (value <= 0 || value > 60) {
            return null;
        }
        while (after < end && (Lines.isSpace(text.charAt(after)) || text.charAt(after) == ':' || text.charAt(after) == '：')) {
            after++;
        }
        int titleStart = after;
        int titleEnd;
        String title;
        if (titleStart >= end) {
            // the number stands alone: the title is the next non-blank line, when it is short
            Line t = null;
            int k = 0;
            for (; k < next.size(); k++) {
                if (!next.get(k).isBlank()) {
                    t = next.get(k);
                    break;
                }
            }
            // a line that is a heading itself (judged as the section tree will judge it, with the
            // lines after it: 第一部分 may take its own title from the next line), or that starts the
            // attachments (名词解释), where the tree ends, is no title
            if (t == null || t.contentLength() > 60 || SectionTree.isAttachmentStart(text, t)
                    || HeadingParser.parse(text, t, next.subList(k + 1, next.size())) != null) {
                return null;
            }
            titleEnd = firstSentenceEnd(text, t.contentStart(), t.contentEnd());
            title = text.substring(t.contentStart(), titleEnd);
        } else {
            titleEnd = firstSentenceEnd(text, titleStart, end);
            title = text.substring(titleStart, titleEnd);
            Line n = firstNonBlank(next);
            if (titleEnd == end && n != null && (unfinished(title) || wrappedTail(text, n, next))
                    && HeadingParser.parse(text, n, List.of()) == null) {
                // a heading broken by a hard wrap: its title goes on to the first sentence end of the next line
                int more = firstSentenceEnd(text, n.contentStart(), n.contentEnd());
                if (more - n.contentStart() <= 40) {
                    title = title + text.substring(n.contentStart(), more);
                    titleEnd = more;
                }
            }
        }
        title = trimTitle(title);
        if (title.isEmpty() || endsWithCell(title)) {
            return null; // (五、文化旅游体育与传媒支出  5656: a row of a table, not a heading)
        }
        return new Heading(style, number, value, title, line, p, titleEnd);
    }

    /**
     * Whether the line {@code n} after a heading's line is the end of its title wrapped onto it: short,
     * without a sentence end, and followed by another heading (三、…为强省会建设 / 提供坚强财政保障 / （一）…).
     */
    private static boolean wrappedTail(String text, Line n, List<Line> next) {
        if (n.contentLength() > MAX_TAIL || firstSentenceEnd(text, n.contentStart(), n.contentEnd()) < n.contentEnd()
                || !Character.isIdeographic(text.charAt(n.contentStart()))) {
            return false; // (1. 一般公共预算 opens a list of its own)
        }
        int k = next.indexOf(n); // n is the first non-blank line of next: found in a step or two
        Line after = k >= 0 ? firstNonBlank(next.subList(k + 1, next.size())) : null;
        return after != null && HeadingParser.parse(text, after, List.of()) != null;
    }

    /** The longest wrapped end of a heading's title on a line of its own. */
    private static final int MAX_TAIL = 20;

    /** Whether a title ends with a number set off by a space: a cell of a table row (支出  5656). */
    private static boolean endsWithCell(String title) {
        int i = title.length();
        while (i > 0 && (isAsciiDigit(title.charAt(i - 1)) || title.charAt(i - 1) == '.' || title.charAt(i - 1) == ',')) {
            i--;
        }
        return i < title.length() && i > 0 && Lines.isSpace(title.charAt(i - 1)) && i < title.length() - 1;
    }

    private static Line firstNonBlank(List<Line> lines) {
        for (Line n : lines) {
            if (!n.isBlank()) {
                return n;
            }
        }
        return null;
    }

    /** A title cut after a word that cannot end one (的, 和, a comma): the line was wrapped. */
    private static boolean unfinished(String title) {
        if (title.length() < 8) {
            return false;
        }
        char c = title.charAt(title.length() - 1);
        return "的和与及、,，对把在为从向了".indexOf(c) >= 0;
    }

    /** End of the first sentence (before 。!?), or of the line; bounded. */
    private static int firstSentenceEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
                return i;
            }
        }
        return to;
    }

    private static String trimTitle(String t) {
        int s = 0;
        int e = t.length();
        while (e > s && (Lines.isSpace(t.charAt(e - 1)) || t.charAt(e - 1) == ':' || t.charAt(e - 1) == '：')) {
            e--;
        }
        String r = t.substring(s, e);
        return io.github.workreport.text.Utf16.head(r, MAX_TITLE); // never half a surrogate pair
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
