package io.github.workreport.internal.text;

import io.github.workreport.text.Filtered;
import io.github.workreport.text.OffsetMap;
import io.github.workreport.text.TextFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Step {@code unwrap}: rejoins lines that a PDF extraction broke in the middle of a sentence. A
 * line break is removed (a replacement, not noise) when all of these hold:
 *
 * <ul>
 *   <li>both lines have text, and the line before does not end a sentence (its last character is
 *       not one of {@code 。！？；：!?;:…}, nor a closing bracket or quote right after one);</li>
 *   <li>the line after is not indented and does not start like a heading or list item
 *       ({@code 一、}, {@code (一)}, {@code 1.}, {@code (1)}, {@code ①}, {@code 第一章}, {@code ——},
 *       {@code 各位代表}, {@code 附件}, bullets);</li>
 *   <li>the line before is a wrapped line: either the document is <em>hard-wrapped</em> (most of
 *       its lines share one display width, measured from the document itself, CJK characters
 *       counting two columns) and this line is that wide, or the paragraph so far reads as body
 *       text cut by a page break, as in text copied from a PDF page by page: a finished sentence
 *       inside and {@value #SENTENCE_PARAGRAPH}+ characters, or {@value #LONG_PARAGRAPH}+
 *       characters with commas inside.</li>
 * </ul>
 * Text of web pages, one paragraph per line, has no dominant width and ends its paragraphs with
 * sentence punctuation, so it stays as it is; headings stay on their own lines. Between two
 * ASCII letters the break becomes a space (one for one) rather than disappearing. Lines of dot
 * leaders (tables of contents) are never joined, and no join builds a line that the noise step
 * would set aside as chrome. Immutable and thread-safe.
 */
public final class LineUnwrapFilter implements TextFilter {

    static final int LONG_PARAGRAPH = 80;
    static final int SENTENCE_PARAGRAPH = 30;
    private static final int MIN_WIDTH = 20;
    private static final int WINDOW = 10;

    @Override
    public String name() {
        return "unwrap";
    }

    /**
     * Joining changes what the next decision sees: a joined paragraph is one wide line, and the
     * document's dominant width may move. Applied again until nothing more is joined, the step is
     * idempotent by construction; the second application nearly always joins nothing.
     */
    @Override
    public boolean repeatUntilStable() {
        return true;
    }

    @Override
    public Filtered apply(String input) {
        int n = input.length();
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int e = input.indexOf('\n', start);
            if (e < 0) {
                lines.add(new int[] {start, n});
                break;
            }
            lines.add(new int[] {start, e});
            start = e + 1;
        }
        if (lines.size() < 2) {
            return Filtered.unchanged(input);
        }
        int[] widths = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            widths[i] = width(input, lines.get(i)[0], lines.get(i)[1]);
        }
        boolean[] join = decideJoins(input, lines, widths, wrapWidths(widths));
        keepChromeApart(input, lines, join);

        StringBuilder out = null;
        OffsetMap.Builder map = null;
        int copyFrom = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!join[i]) {
                continue;
            }
            int ae = lines.get(i)[1];
            int bs = lines.get(i + 1)[0];
            if (out == null) {
                out = new StringBuilder(n);
                map = OffsetMap.builder();
            }
            out.append(input, copyFrom, ae);
            map.copy(ae - copyFrom);
            if (spaceBetween(input, ae, bs)) {
                out.append(' ');
                map.copy(1); // the break becomes a space, one for one
            } else {
                map.replace(1, 0);
            }
            copyFrom = bs;
        }
        if (out == null) {
            return Filtered.unchanged(input);
        }
        out.append(input, copyFrom, n);
        map.copy(n - copyFrom);
        return new Filtered(out.toString(), map.build(n), List.of());
    }

    /** For each line but the last, whether the break after it is a wrap to remove (chrome aside). */
    private static boolean[] decideJoins(String input, List<int[]> lines, int[] widths, int[] wrapWidths) {
        boolean[] join = new boolean[lines.size()];
        int paragraphStart = lines.get(0)[0];
        boolean sentenceInside = false; // the paragraph so far holds a finished sentence
        boolean commaInside = false;
        int scanned = paragraphStart; // the two flags above describe the paragraph up to here
        for (int i = 0; i + 1 < lines.size(); i++) {
            int as = lines.get(i)[0];
            int ae = lines.get(i)[1];
            int bs = lines.get(i + 1)[0];
            int be = lines.get(i + 1)[1];
            int last = lastNonSpace(input, as, ae);
            if (last >= 0 && bs < be && !endsSentence(input, as, last) && !startsBlock(input, bs, be)
                    && !hasLeaders(input, as, ae)) {
                // read the paragraph's punctuation only where a join is in question, each character once
                for (int k = Math.max(scanned, paragraphStart); k < ae; k++) {
                    char c = input.charAt(k);
                    sentenceInside |= c == '。' || c == '；' || c == ';' || c == '！' || c == '？';
                    commaInside |= c == ',' || c == '，' || c == '、';
                }
                scanned = ae;
                // a wrapped line is about as wide as the wrap width; a wider one is not a wrapped line
                // (above all, one this step already joined: a second run must not join it again)
                int wrapWidth = wrapWidths[i];
                boolean fullWidth = wrapWidth > 0 && widths[i] >= wrapWidth - WINDOW && widths[i] <= wrapWidth;
                int len = ae - paragraphStart;
                join[i] = fullWidth || (sentenceInside && len >= SENTENCE_PARAGRAPH)
                        || (commaInside && len >= LONG_PARAGRAPH);
            }
            if (!join[i]) {
                paragraphStart = bs;
                sentenceInside = false;
                commaInside = false;
            }
        }
        return join;
    }

    /**
     * Never builds a line that the noise step would set aside: a group of lines that would be
     * joined into a chrome line (page tools, spam, markup) stays as it is, every line on its own.
     * Deciding per whole group, not per pair, keeps the step idempotent: a second run sees the
     * same group again, and a joined line is never chrome, so the noise step of a second chain run
     * finds nothing new either. Linear: each group is put together once.
     */
    private static void keepChromeApart(String input, List<int[]> lines, boolean[] join) {
        int g = 0;
        while (g + 1 < lines.size()) {
            if (!join[g]) {
                g++;
                continue;
            }
            int last = g;
            while (last + 1 < lines.size() && join[last]) {
                last++;
            }
            StringBuilder joined = new StringBuilder();
            for (int k = g; k <= last; k++) {
                int[] l = lines.get(k);
                if (k > g && spaceBetween(input, lines.get(k - 1)[1], l[0])) {
                    joined.append(' ');
                }
                joined.append(input, l[0], l[1]);
            }
            if (NoiseFilter.isChromeLine(joined.toString())) {
                for (int k = g; k < last; k++) {
                    join[k] = false;
                }
            }
            g = last + 1;
        }
    }

    /** Whether joining the line ending at {@code ae} with the one starting at {@code bs} needs a space (between ASCII letters). */
    private static boolean spaceBetween(String input, int ae, int bs) {
        return ae > 0 && bs < input.length() && isAsciiLetter(input.charAt(ae - 1)) && isAsciiLetter(input.charAt(bs));
    }

    /**
     * The wrap width of each line: the document's when it has one ({@link #wrapWidth}); otherwise,
     * for a document that mixes wrapped text with other matter (a budget report's text followed by
     * its tables, a letter-spaced PDF text with page lines), that of the block of {@value #BLOCK}
     * lines the line is in, when the block has one.
     */
    static int[] wrapWidths(int[] widths) {
        int[] out = new int[widths.length];
        int whole = wrapWidth(widths);
        if (whole > 0 || widths.length <= BLOCK) {
            java.util.Arrays.fill(out, whole);
            return out;
        }
        for (int from = 0; from < widths.length; from += BLOCK) {
            int to = Math.min(widths.length, from + BLOCK);
            if (to - from < BLOCK / 2 && from > 0) {
                from = Math.max(0, to - BLOCK); // a short last block is judged with the lines before it
            }
            int w = wrapWidth(java.util.Arrays.copyOfRange(widths, from, to));
            java.util.Arrays.fill(out, from, to, w);
            if (to == widths.length) {
                break;
            }
        }
        return out;
    }

    /** Lines per block when the document as a whole has no wrap width. */
    static final int BLOCK = 120;

    /**
     * The display width of a hard-wrapped document's lines, or 0 when the lines do not share
     * one: at least 8 lines and 40% of the non-blank lines fall in one window of
     * {@value #WINDOW} columns, and at most 10% are wider than it.
     */
    static int wrapWidth(int[] widths) {
        int max = 0;
        int nonBlank = 0;
        for (int w : widths) {
            max = Math.max(max, w);
            if (w > 0) {
                nonBlank++;
            }
        }
        if (nonBlank < 8) {
            return 0;
        }
        int[] hist = new int[max + 2];
        for (int w : widths) {
            hist[w]++;
        }
        int best = 0;
        int bestCount = 0;
        int window = 0;
        for (int x = 0; x <= max; x++) {
            window += hist[x];
            if (x - WINDOW - 1 >= 0) {
                window -= hist[x - WINDOW - 1];
            }
            if (x >= MIN_WIDTH && window > bestCount) {
                bestCount = window;
                best = x;
            }
        }
        if (bestCount < 8 || bestCount * 10 < nonBlank * 4) {
            return 0;
        }
        int wider = 0;
        for (int x = best + 1; x <= max; x++) {
            wider += hist[x];
        }
        return wider * 10 <= nonBlank ? best : 0;
    }

    /**
     * Display width of a line without trailing spaces, as it was typeset: ASCII letters, digits,
     * spaces and number signs count one column, everything else two (CJK characters, and
     * punctuation that was full-width before the width step folded it).
     */
    static int width(String s, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int w = 2 * (end - from);
        for (int i = from; i < end; i++) {
            w -= NARROW[Math.min(s.charAt(i), 0x80)]; // a table, not a chain of comparisons, and no branch
        }
        return w;
    }

    /** 1 for the ASCII characters of one column: letters, digits, space, tab and . % - / +; 0 at 0x80 (any other character). */
    private static final int[] NARROW = new int[0x81];

    static {
        for (char c = 0; c < 0x80; c++) {
            boolean narrow = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == ' ' || c == '\t' || c == '.' || c == '%' || c == '-' || c == '/' || c == '+';
            NARROW[c] = narrow ? 1 : 0;
        }
    }

    private static int lastNonSpace(String s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                return i;
            }
        }
        return -1;
    }

    static boolean endsSentence(String s, int lineStart, int last) {
        char c = s.charAt(last);
        if (isSentenceEnd(c)) {
            return true;
        }
        if ("”’」』)）】》\"'".indexOf(c) >= 0) {
            int k = last - 1;
            while (k >= lineStart && "”’」』)）】》\"'".indexOf(s.charAt(k)) >= 0) {
                k--;
            }
            return k >= lineStart && isSentenceEnd(s.charAt(k));
        }
        return false;
    }

    private static boolean isSentenceEnd(char c) {
        return "。！？；：!?;:…".indexOf(c) >= 0;
    }

    private static boolean hasLeaders(String s, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            char c = s.charAt(i);
            if ((c == '…' || c == '.' || c == '·') && s.charAt(i + 1) == c && i + 2 < to && s.charAt(i + 2) == c) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line starts a new block: indented, a heading or list marker, an address. */
    static boolean startsBlock(String s, int from, int to) {
        char c = s.charAt(from);
        if (Character.isWhitespace(c) || c == '\u3000' || c == '\f') {
            return true;
        }
        String head = s.substring(from, Math.min(to, from + 8));
        if (head.startsWith("——") || head.startsWith("--") || head.startsWith("―") || head.startsWith("各位代表")
                || head.startsWith("附件") || head.startsWith("附:") || head.startsWith("注:") || head.startsWith("注释")) {
            return true;
        }
        if ("●■◆◇□○•·▲△★☆※?\uFFFD".indexOf(c) >= 0 || (c >= '\u2460' && c <= '\u24FF') || (c >= '\u2776' && c <= '\u2793')) {
            return true;
        }
        int i = 0;
        int m = head.length();
        // 一、 二. 十一、
        while (i < m && isCjkNumeral(head.charAt(i))) {
            i++;
        }
        if (i > 0 && i < m && "、.．".indexOf(head.charAt(i)) >= 0) {
            return true;
        }
        // 第一章 第3节
        if (c == '第') {
            int j = 1;
            while (j < m && (isCjkNumeral(head.charAt(j)) || Character.isDigit(head.charAt(j)))) {
                j++;
            }
            if (j > 1 && j < m && "章节部分条篇编".indexOf(head.charAt(j)) >= 0) {
                return true;
            }
        }
        // (一) (1) （一）
        if (c == '(' || c == '（') {
            int j = 1;
            while (j < m && (isCjkNumeral(head.charAt(j)) || Character.isDigit(head.charAt(j)))) {
                j++;
            }
            if (j > 1 && j < m && (head.charAt(j) == ')' || head.charAt(j) == '）')) {
                return true;
            }
        }
        // 1. 1、 12、 but not 2.5 or 2024年
        int j = 0;
        while (j < m && head.charAt(j) >= '0' && head.charAt(j) <= '9') {
            j++;
        }
        if (j > 0 && j <= 3 && j < m && "、.．)）".indexOf(head.charAt(j)) >= 0) {
            return j + 1 >= m || !Character.isDigit(head.charAt(j + 1));
        }
        return false;
    }

    private static boolean isCjkNumeral(char c) {
        return "一二三四五六七八九十百〇零".indexOf(c) >= 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
