package io.github.workreport.internal.structure;

import io.github.workreport.Noise;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where reports begin in a file: a title line (政府工作报告, 关于…计划…的报告, 预算…报告, possibly
 * letter-spaced or broken over lines) confirmed by a header line soon after it (a date, 在…会议上,
 * a speaker, 各位代表). Tables of contents and repeated copies of a report are set aside.
 */
final class ReportSplitter {

    private static final int TITLE_MAX = 80;
    private static final int CONFIRM_WINDOW = 8;

    final List<ReportBlock> reports = new ArrayList<>();
    final List<SetAside> setAside = new ArrayList<>();

    private ReportSplitter() {
    }

    static ReportSplitter split(String text, List<Line> lines) {
        ReportSplitter s = new ReportSplitter();
        s.run(text, lines);
        return s;
    }

    private void run(String text, List<Line> lines) {
        boolean[] toc = markTableOfContents(text, lines);
        List<int[]> starts = new ArrayList<>(); // {titleFrom, titleTo}
        for (int i = 0; i < lines.size(); i++) {
            if (toc[i]) {
                continue;
            }
            int titleTo = titleEnd(text, lines, i, toc);
            if (titleTo < 0) {
                continue;
            }
            if (confirmed(text, lines, titleTo, toc)) {
                starts.add(new int[] {i, titleTo});
                i = titleTo - 1;
            }
        }
        // a title block with no body before the next one is a page title: merge it into the next
        List<int[]> merged = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int[] cur = starts.get(k);
            if (k + 1 < starts.size() && !hasBody(text, lines, cur[1], starts.get(k + 1)[0])) {
                int[] next = starts.get(k + 1);
                starts.set(k + 1, new int[] {cur[0], next[1], next[0]});
                continue;
            }
            merged.add(cur.length == 3 ? new int[] {cur[0], cur[1], cur[2]} : new int[] {cur[0], cur[1], cur[0]});
        }
        // TOC noise
        for (int i = 0; i < lines.size(); i++) {
            if (toc[i]) {
                int j = i;
                while (j < lines.size() && toc[j]) {
                    j++;
                }
                setAside.add(new SetAside(Noise.Kind.TABLE_OF_CONTENTS, lines.get(i).start(), lineEnd(text, lines, j - 1),
                        "table of contents"));
                i = j - 1;
            }
        }
        int fileEnd = text.length();
        if (merged.isEmpty()) {
            int first = firstContentLine(lines, toc, 0);
            if (first < 0) {
                return;
            }
            int start = lines.get(first).start();
            addLeading(text, lines, toc, start);
            reports.add(new ReportBlock(start, fileEnd, first, lines.size(), -1, -1));
            return;
        }
        OpeningIndex earlier = new OpeningIndex(); // where the lines of earlier reports begin
        int firstStart = lines.get(merged.get(0)[0]).start();
        addLeading(text, lines, toc, firstStart);
        for (int k = 0; k < merged.size(); k++) {
            int[] m = merged.get(k);
            int startLine = m[0];
            int endLine = k + 1 < merged.size() ? merged.get(k + 1)[0] : lines.size();
            // TOC lines at the end of a report's range (a compilation's next TOC) are not its text
            int start = lines.get(startLine).start();
            int end = endLine < lines.size() ? lines.get(endLine).start() : fileEnd;
            if (merged.size() > 1 && !hasReportBody(text, lines, m[1], endLine)) {
                // a title-like line with nothing after it (a related-article link): not a report
                setAside.add(new SetAside(Noise.Kind.OTHER, start, end, "title without a report body"));
                continue;
            }
            String probe = OpeningIndex.head(text, lines, m[1], endLine);
            if (!probe.isEmpty() && earlier.containsOpening(probe)) {
                setAside.add(new SetAside(Noise.Kind.DUPLICATE, start, end, "repeated copy of an earlier report"));
                continue;
            }
            if (k + 1 < merged.size()) {
                earlier.add(text, lines, startLine, endLine); // only later reports are probed
            }
            int titleFrom = m.length > 2 ? m[2] : m[0];
            reports.add(new ReportBlock(start, end, startLine, endLine, titleFrom, m[1]));
        }
        // TOC inside a report's range is set aside; the report keeps its range (partition handles overlap)
    }

    private void addLeading(String text, List<Line> lines, boolean[] toc, int reportStart) {
        int i = 0;
        int from = -1;
        for (; i < lines.size() && lines.get(i).start() < reportStart; i++) {
            Line l = lines.get(i);
            if (toc[i] || l.isBlank()) {
                if (from >= 0) {
                    setAside.add(new SetAside(Noise.Kind.OTHER, from, l.start(), "text before the first report"));
                    from = -1;
                }
                continue;
            }
            if (from < 0) {
                from = l.contentStart();
            }
        }
        if (from >= 0) {
            setAside.add(new SetAside(Noise.Kind.OTHER, from, reportStart, "text before the first report"));
        }
    }

    private static int lineEnd(String text, List<Line> lines, int i) {
        Line l = lines.get(i);
        return Math.min(text.length(), l.end() + 1);
    }

    private static int firstContentLine(List<Line> lines, boolean[] toc, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!toc[i] && !lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** If a title starts at line i, the index of the line after it; else −1. */
    static int titleEnd(String text, List<Line> lines, int i, boolean[] toc) {
        Line l = lines.get(i);
        if (l.isBlank() || l.contentLength() > TITLE_MAX * 2) {
            return -1;
        }
        String c = l.compact(text);
        if (c.length() > TITLE_MAX * 2 || c.indexOf('。') >= 0 || c.startsWith("——")) {
            return -1;
        }
        int dash = c.indexOf("——");
        if (dash > 0 && isTitleText(c.substring(0, dash)) && HeaderLines.isHeaderLine(c.substring(dash))) {
            return i + 1; // 政府工作报告——2018年3月5日在第十三届全国人民代表大会第一次会议上
        }
        if (c.length() > TITLE_MAX) {
            return -1;
        }
        if (isTitleText(c)) {
            return i + 1;
        }
        // a title broken over up to three lines (blank lines between allowed)
        if (c.length() < 4 || !(c.startsWith("关于") || c.contains("年") || c.endsWith("政府") || c.startsWith("政府"))
                || Dates.find(c) != null) {
            return -1; // a dateline (新华社北京3月17日电) does not begin a title
        }
        StringBuilder b = new StringBuilder(c);
        int seen = 0;
        for (int j = i + 1; j < lines.size() && seen < 3; j++) {
            Line n = lines.get(j);
            if (n.isBlank()) {
                continue;
            }
            if (toc[j]) {
                return -1;
            }
            seen++;
            String nc = n.compact(text);
            if (nc.length() > TITLE_MAX || nc.indexOf('。') >= 0 || nc.startsWith("——")) {
                return -1;
            }
            b.append(nc);
            if (b.length() > TITLE_MAX * 2) {
                return -1;
            }
            if (isTitleText(b.toString())) {
                return j + 1;
            }
        }
        return -1;
    }

    static boolean isTitleText(String c) {
        if (!c.endsWith("报告") && !c.endsWith("报告(草案)") && !c.endsWith("报告(摘要)") && !c.endsWith("报告(摘登)")
                && !c.endsWith("报告(书面)")) {
            return false;
        }
        return c.contains("政府工作报告") || c.contains("计划") || c.contains("预算") || c.startsWith("关于");
    }

    private static boolean confirmed(String text, List<Line> lines, int from, boolean[] toc) {
        String titleLine = lines.get(from - 1).compact(text);
        int dash = titleLine.indexOf("——");
        if (dash > 0 && HeaderLines.isHeaderLine(titleLine.substring(dash))) {
            return true;
        }
        int seen = 0;
        for (int j = from; j < lines.size() && seen < CONFIRM_WINDOW; j++) {
            Line n = lines.get(j);
            if (n.isBlank()) {
                continue;
            }
            if (toc[j]) {
                return false;
            }
            seen++;
            String c = n.compact(text);
            if (HeaderLines.isHeaderLine(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBody(String text, List<Line> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            Line n = lines.get(j);
            if (n.contentLength() > 60 || n.compact(text).startsWith("各位代表")) {
                return true;
            }
        }
        return false;
    }

    /** A report body: a salutation, a numbered heading, or at least 1,500 characters of paragraphs. */
    private static boolean hasReportBody(String text, List<Line> lines, int from, int to) {
        int chars = 0;
        for (int j = from; j < to; j++) {
            Line n = lines.get(j);
            if (n.isBlank()) {
                continue;
            }
            String c = n.compact(text);
            if (c.startsWith("各位代表") || (c.length() <= 60 && HeadingParser.parse(text, n, List.of()) != null
                    && !c.startsWith("·"))) {
                return true;
            }
            if (c.length() > 60) {
                chars += c.length();
                if (chars >= 1500) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The compact text of earlier reports, indexed by the 30 characters that follow each line start,
     * so that finding whether a report's opening repeats an earlier one costs one look-up and one
     * comparison instead of a search through all earlier text.
     */
    private static final class OpeningIndex {
        private static final int KEY = 30;
        private static final int HEAD = 120;
        private final java.util.Map<String, List<String>> byKey = new java.util.HashMap<>(); // key -> heads

        /** Indexes the compact text that follows each line start of a report (at most 120 characters). */
        void add(String text, List<Line> lines, int from, int to) {
            for (int j = from; j < to; j++) {
                if (lines.get(j).isBlank()) {
                    continue;
                }
                String head = head(text, lines, j, to);
                if (head.length() >= KEY) {
                    byKey.computeIfAbsent(head.substring(0, KEY), k -> new ArrayList<>(1)).add(head);
                }
            }
        }

        /** Whether the first 30–120 characters of a probe repeat text that began a line in an earlier report. */
        boolean containsOpening(String probe) {
            if (probe.length() < KEY) {
                return false;
            }
            String head = probe.substring(0, Math.min(probe.length(), HEAD));
            List<String> hits = byKey.get(probe.substring(0, KEY));
            if (hits == null) {
                return false;
            }
            for (String h : hits) {
                if (h.startsWith(head)) {
                    return true;
                }
            }
            return false;
        }

        /** Compact text from line j on, at most HEAD characters; reads only what it needs of each line. */
        static String head(String text, List<Line> lines, int j, int to) {
            StringBuilder b = new StringBuilder(HEAD);
            for (int k = j; k < to && b.length() < HEAD; k++) {
                Line l = lines.get(k);
                for (int i = l.contentStart(); i < l.contentEnd() && b.length() < HEAD; i++) {
                    char c = text.charAt(i);
                    if (!Lines.isSpace(c)) {
                        b.append(c);
                    }
                }
            }
            return b.toString();
        }
    }

    /** Marks lines of tables of contents: after a 目录 line, entries ending in page numbers. */
    /** The longest heading-like line read as a contents entry without a 目录 header before it. */
    private static final int MAX_TOC_HEADING = 40;
    /**
     * The longest entry under a 目录 header: a page's contents may list a whole report by its title
     * (一、财政预算报告(关于…预算草案的报告)).
     */
    private static final int MAX_LISTED_TITLE = 80;

    static boolean[] markTableOfContents(String text, List<Line> lines) {
        boolean[] toc = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isBlank() || l.contentLength() > 200 || l.first(text) != '目' && !Character.isDigit(l.last(text))) {
                continue; // neither 目录 nor an entry ending in its page number
            }
            String c = l.compact(text);
            boolean header = c.equals("目录") || c.equals("目次");
            if (!header && !(isTocEntry(c) && i + 2 < lines.size() && countTocEntries(text, lines, i) >= 3)) {
                continue;
            }
            int j = header ? i + 1 : i;
            int last = header ? i : -1;
            while (j < lines.size()) {
                Line n = lines.get(j);
                if (n.isBlank()) {
                    j++;
                    continue;
                }
                String nc = n.compact(text);
                boolean headingLike = nc.length() <= (header ? MAX_LISTED_TITLE : MAX_TOC_HEADING) && nc.indexOf('。') < 0 && HeadingParser.parse(text, n, List.of()) != null;
                if (isTocEntry(nc) || (headingLike && (header || nextNonBlankIsToc(text, lines, j + 1)))) {
                    last = j;
                    j++;
                } else {
                    break;
                }
            }
            if (last >= i && (header ? last > i : true)) {
                for (int k = i; k <= last; k++) {
                    toc[k] = true;
                }
                i = last;
            }
        }
        return toc;
    }

    private static boolean nextNonBlankIsToc(String text, List<Line> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return isTocEntry(lines.get(j).compact(text));
            }
        }
        return false;
    }

    private static int countTocEntries(String text, List<Line> lines, int from) {
        int n = 0;
        for (int j = from; j < lines.size() && j < from + 6; j++) {
            if (isTocEntry(lines.get(j).compact(text))) {
                n++;
            }
        }
        return n;
    }

    /** A line ending in a page number after text (with or without dot leaders), no sentence end. */
    static boolean isTocEntry(String c) {
        int n = c.length();
        if (n < 4 || n > 100 || c.indexOf('。') >= 0 || c.indexOf(',') >= 0) {
            return false;
        }
        int d = n;
        while (d > 0 && Character.isDigit(c.charAt(d - 1))) {
            d--;
        }
        if (d == n || n - d > 3 || d < 2) {
            return false;
        }
        char before = c.charAt(d - 1);
        if (before == '年' || before == '月' || before == '第' || before == '%' || before == '.' && !c.contains("..")) {
            return false;
        }
        return before == '…' || before == '.' || before == '·' || c.contains("报告") || c.contains("决议")
                || c.contains("说明") || Character.isIdeographic(before) || before == ')' || before == '》';
    }
}
