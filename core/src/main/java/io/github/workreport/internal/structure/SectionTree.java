package io.github.workreport.internal.structure;

import io.github.workreport.Warning;
import io.github.workreport.internal.quantity.SmallNumbers;
import io.github.workreport.text.NormalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the section tree of one report from its numbered headings: the highest numbering
 * style present is level 1, the next present style level 2, and so on ({@code 第一部分} above
 * {@code 一、} above {@code (一)} above {@code 1.} above {@code (1)} above {@code ①}). A heading
 * whose style skips a level (a {@code 1.} list directly under {@code 一、} in a report that uses
 * {@code (一)} for sub-sections) is a list item, not a section.
 */
final class SectionTree {

    final List<Outline> roots = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();
    /** Top-level headings that start a new numbering run after an un-numbered part heading. */
    private final List<Heading> runStarts = new ArrayList<>();

    private SectionTree() {
    }

    static SectionTree build(NormalizedText nt, List<Line> lines, int reportEnd, int bodyFromLine, List<SetAside> setAside) {
        String text = nt.text();
        SectionTree tree = new SectionTree();
        List<Heading> headings = new ArrayList<>();
        for (int i = bodyFromLine; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (isAttachmentStart(text, l)) {
                reportEnd = Math.min(reportEnd, l.start());
                break;
            }
            if (isClosingFormula(text, l)) {
                // 以上报告，请予审查。: what follows is appended material (tables, notes), not the report's parts
                reportEnd = Math.min(reportEnd, i + 1 < lines.size() ? lines.get(i + 1).start() : reportEnd);
                break;
            }
            if (inside(setAside, l.contentStart())) {
                continue;
            }
            Heading h = HeadingParser.parse(text, l, lines.subList(i + 1, Math.min(lines.size(), i + 3)));
            if (h != null && !tableRow(h.title())) { // 四、社保基金收入  8890856  9463599: a table's row
                headings.add(h);
            }
        }
        headings = dropRunOnOutliers(headings);
        EnumSet<HeadingStyle> present = EnumSet.noneOf(HeadingStyle.class);
        for (Heading h : headings) {
            present.add(h.style());
        }
        // a style used once only at the top ranks is still a level; ① lists are kept at the bottom
        Map<HeadingStyle, Integer> level = new EnumMap<>(HeadingStyle.class);
        int lv = 0;
        for (HeadingStyle s : HeadingStyle.values()) {
            if (present.contains(s)) {
                level.put(s, ++lv);
            }
        }
        List<Outline> stack = new ArrayList<>();
        List<Heading> listRun = new ArrayList<>();
        int listParent = -1;
        int runFirst = 0; // index in roots of the first section of the current numbering run
        for (Heading h : headings) {
            int l = level.get(h.style());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= l) {
                Outline done = stack.remove(stack.size() - 1);
                done.end = h.line().contentStart();
            }
            int parentLevel = stack.isEmpty() ? 0 : stack.get(stack.size() - 1).level;
            if (parentLevel != l - 1) {
                // a list item under a heading two styles up: not a section, but its numbering is checked
                if (listRun.isEmpty() || listRun.get(listRun.size() - 1).style() != h.style() || listParent != stack.size()) {
                    tree.checkList(nt, listRun);
                    listRun.clear();
                    listParent = stack.size();
                }
                listRun.add(h);
                continue;
            }
            tree.checkList(nt, listRun);
            listRun.clear();
            boolean restart = l == 1 && !tree.roots.isEmpty() && tree.roots.get(tree.roots.size() - 1).heading.style() == h.style()
                    && h.value() <= tree.roots.get(tree.roots.size() - 1).heading.value();
            if (restart && h.value() == 1 && proseRun(tree.roots, runFirst, h)
                    && afterPartHeading(text, lines, h.line().index(), tree.roots.get(tree.roots.size() - 1).heading.line().index())) {
                // 关于国内建设 一、…五、 then 关于外交工作 一、…三、: a new run under an un-numbered part
                // heading; both runs are level-1 sections in text order
                tree.runStarts.add(h);
                runFirst = tree.roots.size();
                restart = false;
            }
            if (restart) {
                // the top-level numbering starts again (a lost part heading, a nested list in the same style)
                if (h.value() == 1) {
                    tree.warnings.add(new Warning("numbering-restart", "top-level numbering starts again at " + h.number(),
                            nt.toOriginal(h.start(), h.titleEnd())));
                }
                continue;
            }
            Outline o = new Outline(h, l);
            if (stack.isEmpty()) {
                tree.roots.add(o);
            } else {
                stack.get(stack.size() - 1).children.add(o);
            }
            stack.add(o);
        }
        tree.checkList(nt, listRun);
        for (Outline o : stack) {
            o.end = reportEnd;
        }
        tree.checkNumbering(nt, tree.roots);
        return tree;
    }

    /** The least text a section of a run holds on average, for a part heading to start another run. */
    static final int MIN_SECTION_CHARS = 300;

    /**
     * Whether the run of top-level sections from {@code roots[first]} up to {@code next} is prose:
     * sections of {@value #MIN_SECTION_CHARS} characters or more on average, not the rows of a
     * table numbered 一、二、.
     */
    private static boolean proseRun(List<Outline> roots, int first, Heading next) {
        int n = roots.size() - first;
        return n > 0 && next.start() - roots.get(first).heading.start() >= (long) n * MIN_SECTION_CHARS;
    }

    /**
     * A row of a table (一般公共服务支出  1250090  1410093): two columns of numbers after wide gaps,
     * not a title (专项债券  520亿元, one figure set apart by a justified line, stays a title).
     */
    static boolean tableRow(String title) {
        int columns = 0;
        for (int i = 0; i + 2 < title.length(); i++) {
            if (title.charAt(i) == ' ' && title.charAt(i + 1) == ' ') {
                int j = i + 2;
                while (j < title.length() && title.charAt(j) == ' ') {
                    j++;
                }
                if (j < title.length() && (Character.isDigit(title.charAt(j)) || title.charAt(j) == '-')) {
                    columns++;
                }
                i = j - 1;
            }
        }
        return columns >= 2;
    }

    /** The longest line read as an un-numbered part heading (关于国内建设, 第二部分 外交工作). */
    static final int MAX_PART_HEADING = 24;

    /** Paragraphs of prose that may stand between a part heading and the first section of its run. */
    static final int MAX_INTRO_PARAGRAPHS = 5;

    /**
     * Whether an un-numbered part heading stands before line {@code at} (and after line
     * {@code after}): a short line of its own, no sentence or clause punctuation, after a finished
     * sentence of the section before; between it and {@code at} at most
     * {@value #MAX_INTRO_PARAGRAPHS} paragraphs of prose, each a finished sentence (今后五年的任务,
     * then a paragraph or two introducing the tasks, then 一、).
     */
    private static boolean afterPartHeading(String text, List<Line> lines, int at, int after) {
        int k = at - 1;
        for (int paragraphs = 0; paragraphs <= MAX_INTRO_PARAGRAPHS; paragraphs++) {
            while (k > after && lines.get(k).isBlank()) {
                k--;
            }
            if (k <= after) {
                return false; // nothing between them
            }
            if (isPartHeading(text, lines, k)) {
                int p = k - 1;
                while (p > after && lines.get(p).isBlank()) {
                    p--;
                }
                // the section before ends with a finished sentence: its own paragraph, or the
                // heading's line when the heading runs on into it
                return endsSentence(lines.get(p).compact(text));
            }
            if (!endsSentence(lines.get(k).compact(text))
                    || HeadingParser.parse(text, lines.get(k), following(lines, k)) != null) {
                return false; // not prose: a table, a list, a numbered item
            }
            k--;
        }
        return false;
    }

    /** A short line of its own, not numbered, without sentence or clause punctuation (、 only without digits). */
    private static boolean isPartHeading(String text, List<Line> lines, int k) {
        String c = lines.get(k).compact(text);
        if (c.length() < 2 || c.length() > MAX_PART_HEADING
                || HeadingParser.parse(text, lines.get(k), following(lines, k)) != null) {
            return false;
        }
        boolean digits = false;
        int han = 0;
        for (int i = 0; i < c.length(); i++) {
            digits |= Character.isDigit(c.charAt(i));
            han += Character.isIdeographic(c.charAt(i)) ? 1 : 0;
        }
        if (han < 2 || c.charAt(0) == '(' || c.charAt(0) == '[') {
            return false; // a bare number (三), a bracketed note
        }
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if ("。，,；;！!？?：:".indexOf(ch) >= 0 || ch == '、' && digits) {
                return false;
            }
        }
        return true;
    }

    /** The two lines after line {@code k}, where a bare number's title may stand. */
    private static List<Line> following(List<Line> lines, int k) {
        return lines.subList(k + 1, Math.min(lines.size(), k + 3));
    }

    /** Whether a line ends a finished sentence. */
    private static boolean endsSentence(String compact) {
        return !compact.isEmpty() && "。！!？?".indexOf(compact.charAt(compact.length() - 1)) >= 0;
    }

    /**
     * In a style whose headings are mostly lines of their own, a numbered paragraph that runs on
     * past its first sentence is a list item in the same style, not a heading.
     */
    private static List<Heading> dropRunOnOutliers(List<Heading> headings) {
        // the vote is held per style within each parent: the stretch after a heading of a style
        // above it (a review part whose (一) run on and a plan part whose (一) stand alone each
        // keep their own)
        int n = headings.size();
        int[] parent = new int[n];
        int[] lastOfStyle = new int[HeadingStyle.values().length];
        java.util.Arrays.fill(lastOfStyle, -1);
        for (int i = 0; i < n; i++) {
            int rank = headings.get(i).style().ordinal();
            int p = -1;
            for (int r = 0; r < rank; r++) {
                p = Math.max(p, lastOfStyle[r]);
            }
            parent[i] = p;
            lastOfStyle[rank] = i;
        }
        // ... and per numbering run: a run that starts again at 1 after a higher number (五年经验
        // 一、…五、 run on, then 十项任务 一、…十、 stand alone) votes on its own
        int[] run = new int[n];
        java.util.Map<Long, int[]> last = new java.util.HashMap<>(); // {value, run} of the last heading per key
        for (int i = 0; i < n; i++) {
            Heading h = headings.get(i);
            int[] prev = last.get(key(h, parent[i]));
            run[i] = prev == null ? 0 : h.value() == 1 && prev[0] > 1 ? prev[1] + 1 : prev[1];
            last.put(key(h, parent[i]), new int[] {h.value(), run[i]});
        }
        java.util.Map<Long, int[]> counts = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] c = counts.computeIfAbsent(key(headings.get(i), parent[i], run[i]), k -> new int[2]);
            c[runsOn(headings.get(i)) ? 1 : 0]++;
        }
        List<Heading> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Heading h = headings.get(i);
            int[] c = counts.get(key(h, parent[i], run[i]));
            boolean mostlyShort = c[0] >= 3 && c[0] >= 2 * c[1];
            if (!(mostlyShort && runsOn(h))) {
                out.add(h);
            }
        }
        return out;
    }

    /** Style and parent (−1 for none) in one key. */
    private static long key(Heading h, int parent) {
        return ((long) (parent + 1) << 8) | h.style().ordinal();
    }

    /** Style, parent and numbering run in one key (parents and runs are below 2^31, styles below 2^8). */
    private static long key(Heading h, int parent, int run) {
        return ((long) run << 40) | key(h, parent);
    }

    private static boolean runsOn(Heading h) {
        return h.line().contentEnd() - h.titleEnd() > 2;
    }

    private static boolean inside(List<SetAside> setAside, int offset) {
        for (SetAside s : setAside) {
            if (s.start() <= offset && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** 附件 / 附件1 / 名词解释 / 注释 lines start the attachments after a report's closing. */
    /** Whether {@code l} is the formula that closes a report submitted for review (以上报告，请予审查。 以上报告请审议). */
    static boolean isClosingFormula(String text, Line l) {
        if (l.isBlank() || l.contentLength() > MAX_CLOSING || l.first(text) != '以') {
            return false;
        }
        String c = l.compact(text);
        return c.startsWith("以上") && (c.contains("审查") || c.contains("审议")); // (not 我代表国务院…作政府工作报告，请予审议: the opening)
    }

    /** The longest closing formula line. */
    private static final int MAX_CLOSING = 24;

    static boolean isAttachmentStart(String text, Line l) {
        if (l.isBlank() || l.contentLength() > 40 || "附名注《".indexOf(l.first(text)) < 0) {
            return false; // each line read below begins with one of these
        }
        String c = l.compact(text);
        if (c.startsWith("附件")) {
            return c.length() == 2 || !Character.isIdeographic(c.charAt(2)) || c.startsWith("附件:")
                    || Character.isDigit(c.charAt(2)) || SmallNumbers.isOrdinalChar(c.charAt(2)) && c.length() > 3;
        }
        return c.equals("名词解释") || c.equals("注释") || c.equals("附注") || c.equals("名词解释:") || c.equals("注释:")
                || c.startsWith("《政府工作报告》") && (c.endsWith("名词解释") || c.endsWith("名词注释"));
    }

    /** Numbering of a run of list items (1. 2. 3. under 二、): gaps and repeats are warned about. */
    private void checkList(NormalizedText nt, List<Heading> run) {
        for (int k = 1; k < run.size(); k++) {
            Heading prev = run.get(k - 1);
            Heading h = run.get(k);
            if (h.value() == prev.value()) {
                warnings.add(new Warning("list-numbering-repeat", "list item number " + h.number() + " repeats",
                        nt.toOriginal(h.start(), h.titleEnd())));
            } else if (h.value() > prev.value() + 1) {
                warnings.add(new Warning("list-numbering-gap", "list item " + h.number() + " follows " + prev.number()
                        + ": " + (h.value() - prev.value() - 1) + " missing", nt.toOriginal(h.start(), h.titleEnd())));
            }
        }
    }

    private void checkNumbering(NormalizedText nt, List<Outline> siblings) {
        int prev = 0;
        HeadingStyle style = null;
        for (Outline o : siblings) {
            Heading h = o.heading;
            if (style != null && style != h.style()) {
                prev = 0;
            }
            style = h.style();
            int v = h.value();
            if (runStarts.contains(h)) {
                prev = 0; // a new run after a part heading
            }
            if (prev > 0 || v != 1) {
                if (v == prev) {
                    warnings.add(new Warning("numbering-repeat", "heading number " + h.number() + " repeats",
                            nt.toOriginal(h.start(), h.titleEnd())));
                } else if (v > prev + 1) {
                    warnings.add(new Warning("numbering-gap", "heading number " + h.number() + " follows "
                            + (prev == 0 ? "nothing" : String.valueOf(prev)) + ": " + (v - prev - 1) + " missing",
                            nt.toOriginal(h.start(), h.titleEnd())));
                } else if (v < prev) {
                    warnings.add(new Warning("numbering-order", "heading number " + h.number()
                            + " is lower than the one before (" + prev + ")", nt.toOriginal(h.start(), h.titleEnd())));
                }
            }
            prev = v;
            checkNumbering(nt, o.children);
        }
    }
}
