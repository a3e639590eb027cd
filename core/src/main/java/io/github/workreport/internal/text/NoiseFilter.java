package io.github.workreport.internal.text;

import io.github.workreport.Noise;
import io.github.workreport.Span;
import io.github.workreport.text.Filtered;
import io.github.workreport.text.OffsetMap;
import io.github.workreport.text.TextFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step {@code noise}: sets aside web chrome, advertising, markup and PDF page furniture, line by
 * line. Every rule looks at the shape of one line (or a bounded stretch for HTML comments and
 * page breaks), never at a particular document:
 *
 * <ul>
 *   <li>{@link Noise.Kind#WEB_CHROME}: lines made only of page-tool words ({@code 下载}, {@code 打印},
 *       {@code 【字号:}, {@code [小] [中] [大]}, {@code 分享到:}, {@code 关闭窗口}, lone brackets ...);
 *       breadcrumbs ({@code 您的位置:}, {@code 首页 >}); short source/date/view-count header
 *       lines of a web page ({@code 来源:xx日报}, {@code 发布日期:2024-01-17 浏览次数:},
 *       a bare timestamp); {@code 责任编辑}, {@code E-mail推荐}, {@code 相关报道:}, pagination;</li>
 *   <li>{@link Noise.Kind#ADVERTISING}: spam keyword lines joined by {@code _}, and watermarks
 *       {@code 更多资料+…} inside a line;</li>
 *   <li>{@link Noise.Kind#MARKUP}: HTML comments {@code <!-- … -->} (possibly over several
 *       lines), lines of HTML tags, lines of inline JavaScript;</li>
 *   <li>{@link Noise.Kind#PAGE_FURNITURE}: form feeds, page-number lines next to a form feed,
 *       and running headers (the first line after a form feed when it repeats on at least three
 *       pages).</li>
 * </ul>
 * A removed line goes with its line break. A report's own lines (title, date line
 * {@code ——2024年1月10日在…会议上}, headings, sentences) match none of the rules: they are longer,
 * or contain sentence punctuation, or start with {@code ——}. A form feed inside a line becomes
 * a line break. Immutable and thread-safe.
 */
public final class NoiseFilter implements TextFilter {

    private static final int MAX_CHROME_LINE = 60;
    /** Start of the {@code 更多资料+…} watermarks of reposting sites. */
    private static final String WATERMARK = "更多资料";
    private static final int MAX_HEADER_LINE = 120;
    private static final int MAX_COMMENT = 4000;

    /** Words of web page tools; a line made only of these (and separators) is chrome. */
    private static final Set<String> CHROME_WORDS = Set.of(
            "下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "字号", "字体", "大", "中", "小",
            "分享", "分享到", "分享到微信", "分享到微博", "打印本页", "打印此页", "打印文章", "关闭", "关闭窗口",
            "关闭本页", "返回顶部", "返回", "顶部", "E-mail推荐", "推荐", "扫一扫", "扫一扫打开当前页",
            "扫一扫在手机打开当前页", "正文复制", "复制", "首页", "上一页", "下一页", "默认", "点击图片进入专题",
            "相关报道", "相关文档", "相关附件", "相关链接", "相关阅读", "相关新闻", "相关稿件", "微信", "微博",
            "QQ空间", "Public", "domain", "false", "true", "纠错", "我要纠错", "字号大", "字号中", "字号小");

    private static final String[] SPAM_WORDS = {"无码", "视频", "在线观看", "av", "AV", "福利", "久久", "日韩",
        "欧美", "精品", "国产", "少妇", "激情", "一区二区", "免费观看", "影院"};

    /**
     * Removing a stretch inside a line (a comment, a watermark) can leave a line that is itself
     * chrome (a bare 来源 line), which only another application removes.
     */
    @Override
    public boolean repeatUntilStable() {
        return true;
    }

    @Override
    public String name() {
        return "noise";
    }

    @Override
    public Filtered apply(String original) {
        // 1. a form feed inside a line is a line break; only form feeds at the edges of lines are
        //    page furniture (one for one, so offsets do not move)
        String work = splitAtInnerFormFeeds(original);
        // 2. HTML comments, repeatedly (removing one may reveal another), with an index back
        List<int[]> comments = new ArrayList<>();
        String text = work;
        int[] index = null; // index[i] = offset in work of text.charAt(i); index[len] = work.length()
        while (text.contains("<!--")) {
            List<int[]> found = comments(text);
            if (found.isEmpty()) {
                break;
            }
            int[] idx = new int[text.length() + 1];
            StringBuilder b = new StringBuilder(text.length());
            int pos = 0;
            int k = 0;
            for (int[] c : found) {
                for (int i = pos; i < c[0]; i++) {
                    b.append(text.charAt(i));
                    idx[k++] = index == null ? i : index[i];
                }
                comments.add(new int[] {index == null ? c[0] : index[c[0]], index == null ? c[1] : index[c[1] - 1] + 1});
                pos = c[1];
            }
            for (int i = pos; i < text.length(); i++) {
                b.append(text.charAt(i));
                idx[k++] = index == null ? i : index[i];
            }
            idx[k] = work.length();
            index = java.util.Arrays.copyOf(idx, k + 1);
            text = b.toString();
        }
        // 3. line rules on the text without comments
        List<int[]> lineCuts = new ArrayList<>();
        List<Noise> lineNoise = new ArrayList<>();
        lineRules(text, lineCuts, lineNoise);
        if (comments.isEmpty() && lineCuts.isEmpty()) {
            return work.equals(original) ? Filtered.unchanged(original)
                    : new Filtered(work, OffsetMap.identity(work.length()), List.of());
        }
        // 4. everything back in work (= input) coordinates, noise kept disjoint: comments found in
        //    a later round contain those of earlier rounds, so overlapping ones are merged
        comments.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>(comments.size());
        for (int[] c : comments) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && c[0] < last[1]) {
                last[1] = Math.max(last[1], c[1]);
            } else {
                merged.add(new int[] {c[0], c[1]});
            }
        }
        List<int[]> cuts = new ArrayList<>(merged);
        List<Noise> noise = new ArrayList<>();
        for (int[] c : merged) {
            noise.add(new Noise(Noise.Kind.MARKUP, new Span(c[0], c[1]), "HTML comment"));
        }
        int m = 0; // first comment that may meet the current line cut (both lists ascend)
        for (int i = 0; i < lineCuts.size(); i++) {
            int[] c = lineCuts.get(i);
            int ws = index == null ? c[0] : index[c[0]];
            int we = index == null ? c[1] : index[c[1] - 1] + 1;
            cuts.add(new int[] {ws, we});
            Noise x = lineNoise.get(i);
            while (m < merged.size() && merged.get(m)[1] <= ws) {
                m++;
            }
            int from = ws;
            for (int j = m; j < merged.size() && merged.get(j)[0] < we; j++) {
                int[] cm = merged.get(j);
                if (cm[0] > from) {
                    noise.add(new Noise(x.kind(), new Span(from, cm[0]), x.detail()));
                }
                from = Math.max(from, cm[1]);
            }
            if (from < we) {
                noise.add(new Noise(x.kind(), new Span(from, we), x.detail()));
            }
        }
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        noise.sort((a, b) -> a.span().compareTo(b.span()));
        int n = work.length();
        boolean formFeeds = work.indexOf('\f') >= 0;
        StringBuilder out = new StringBuilder(n);
        OffsetMap.Builder map = OffsetMap.builder();
        int pos = 0;
        for (int[] cut : cuts) {
            int s0 = Math.max(cut[0], pos);
            if (cut[1] <= s0) {
                continue;
            }
            appendKept(work, pos, s0, out, formFeeds);
            map.copy(s0 - pos);
            map.replace(cut[1] - s0, 0);
            pos = cut[1];
        }
        appendKept(work, pos, n, out, formFeeds);
        map.copy(n - pos);
        return new Filtered(out.toString(), map.build(n), noise);
    }

    /** HTML comments of {@code s}, sorted; a comment alone on its lines takes its line break. */
    private static List<int[]> comments(String s) {
        List<int[]> out = new ArrayList<>();
        int n = s.length();
        int from = 0;
        int c;
        while ((c = s.indexOf("<!--", from)) >= 0) {
            int close = indexOf(s, "-->", c + 4, Math.min(n, c + MAX_COMMENT + 3));
            if (close < 0 || close - c > MAX_COMMENT) {
                from = c + 4;
                continue;
            }
            int end = close + 3;
            int lineStart = s.lastIndexOf('\n', c - 1) + 1;
            int lineEnd = s.indexOf('\n', end);
            int stop = lineEnd < 0 ? n : lineEnd;
            int st = c;
            int e = end;
            if (blank(s, lineStart, c) && blank(s, end, stop)) {
                st = Math.max(lineStart, out.isEmpty() ? 0 : out.get(out.size() - 1)[1]);
                e = lineEnd < 0 ? n : lineEnd + 1;
            }
            out.add(new int[] {st, e});
            from = e;
        }
        return out;
    }

    /** Applies the line rules to {@code input}, adding cuts and their noise in its coordinates. */
    private void lineRules(String input, List<int[]> cuts, List<Noise> noise) {
        int n = input.length();
        List<int[]> lines = lines(input);
        Set<String> headers = runningHeaders(input, lines);
        boolean anyWatermark = input.contains(WATERMARK); // one vectorized search instead of one per line
        boolean anyFormFeed = input.indexOf('\f') >= 0;
        for (int li = 0; li < lines.size(); li++) {
            int ls = lines.get(li)[0];
            int le = lines.get(li)[1]; // exclusive, before '\n'
            int next = le < n ? le + 1 : le;
            boolean watermarks = anyWatermark && indexOf(input, WATERMARK, ls, le) >= 0;
            boolean formFeeds = anyFormFeed && indexOf(input, "\f", ls, le) >= 0;
            // judge the line as it will read once its watermarks are gone
            String shape = shape(input, ls, le, watermarks, formFeeds);
            String why = null;
            Noise.Kind kind = null;
            if (!shape.isEmpty()) {
                if (isPageNumber(shape) && (formFeeds || anyFormFeed && nextToFormFeed(input, lines, li))) {
                    kind = Noise.Kind.PAGE_FURNITURE;
                    why = "page number";
                } else if (headers.contains(shape) && afterFormFeed(input, lines, li)) {
                    kind = Noise.Kind.PAGE_FURNITURE;
                    why = "running page header";
                } else if ((why = chrome(shape)) != null) {
                    kind = Noise.Kind.WEB_CHROME;
                } else if (isSpam(shape)) {
                    kind = Noise.Kind.ADVERTISING;
                    why = "spam keywords";
                } else if (isMarkupLine(shape)) {
                    kind = Noise.Kind.MARKUP;
                    why = "script or tag";
                } else if (isSourceAfterLabel(shape, input, lines, li)) {
                    kind = Noise.Kind.WEB_CHROME;
                    why = "source name";
                }
            }
            if (kind != null) {
                add(cuts, noise, ls, next, kind, why);
                continue;
            }
            // inline: watermarks and form feeds at the edges of a line
            inline(input, ls, le, cuts, noise, watermarks);
        }
    }

    /**
     * Line {@code [ls, le)} of {@code input} as the line rules judge it: without watermarks, trimmed,
     * without form feeds and stripped; copied once when the line has neither watermark nor form feed.
     */
    private static String shape(String input, int ls, int le, boolean watermarks, boolean formFeeds) {
        if (watermarks || formFeeds) {
            String t = trim(watermarks ? withoutWatermarks(input.substring(ls, le)) : input.substring(ls, le));
            return t.isBlank() ? "" : t.replace("\f", "").strip();
        }
        int a = ls;
        int b = le;
        while (a < b && isSpace(input.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(input.charAt(b - 1))) {
            b--;
        }
        while (a < b && Character.isWhitespace(input.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(input.charAt(b - 1))) {
            b--;
        }
        return input.substring(a, b);
    }

    /** The text with every form feed that has text on both sides within its line turned into '\n'. */
    private static String splitAtInnerFormFeeds(String s) {
        int f = s.indexOf('\f');
        if (f < 0) {
            return s;
        }
        char[] cs = s.toCharArray();
        int n = cs.length;
        int i = f;
        while (i < n) {
            if (cs[i] != '\f') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && cs[j] == '\f') {
                j++;
            }
            boolean textBefore = i > 0 && cs[i - 1] != '\n';
            boolean textAfter = j < n && cs[j] != '\n';
            if (textBefore && textAfter) {
                for (int k = i; k < j; k++) {
                    cs[k] = '\n';
                }
            }
            i = j;
        }
        return new String(cs);
    }

    /** Copies kept text; a form feed left inside a line becomes a line break. */
    /** Appends {@code in[from, to)} with form feeds as line breaks; {@code formFeeds}: whether {@code in} has any. */
    private static void appendKept(String in, int from, int to, StringBuilder out, boolean formFeeds) {
        if (!formFeeds) {
            out.append(in, from, to); // bulk copy: most texts have no form feed
            return;
        }
        for (int i = from; i < to; i++) {
            char ch = in.charAt(i);
            out.append(ch == '\f' ? '\n' : ch);
        }
    }

    private static void add(List<int[]> cuts, List<Noise> noise, int s, int e, Noise.Kind kind, String why) {
        if (e <= s) {
            return;
        }
        if (!cuts.isEmpty()) {
            int[] last = cuts.get(cuts.size() - 1);
            if (s < last[1]) {
                s = last[1];
                if (e <= s) {
                    return;
                }
            }
        }
        cuts.add(new int[] {s, e});
        noise.add(new Noise(kind, new Span(s, e), why));
    }

    /** Watermarks inside a line and form feeds at its edges. */
    private static void inline(String in, int ls, int le, List<int[]> cuts, List<Noise> noise, boolean watermarks) {
        int i = ls;
        while (i < le && in.charAt(i) == '\f') {
            i++;
        }
        if (i > ls) {
            add(cuts, noise, ls, i, Noise.Kind.PAGE_FURNITURE, "form feed");
        }
        int from = i;
        int w;
        while (watermarks && (w = indexOf(in, WATERMARK, from, le)) >= 0) {
            int j = w + 4;
            if (j < le && (in.charAt(j) == '+' || isAsciiLetter(in.charAt(j)))) {
                int k = j;
                while (k < le && k - w < 30 && ",。;!?,".indexOf(in.charAt(k)) < 0 && in.charAt(k) != '\f') {
                    k++;
                }
                add(cuts, noise, w, k, Noise.Kind.ADVERTISING, "watermark");
                from = k;
            } else {
                from = j;
            }
        }
        int e = le;
        while (e > from && in.charAt(e - 1) == '\f') {
            e--;
        }
        if (e < le) {
            add(cuts, noise, e, le, Noise.Kind.PAGE_FURNITURE, "form feed");
        }
    }

    /** First occurrence of {@code what} starting in {@code [from, to)} and ending by {@code to}, or -1. */
    private static int indexOf(String s, String what, int from, int to) {
        char first = what.charAt(0);
        for (int i = from; i + what.length() <= to; i++) {
            if (s.charAt(i) == first && s.startsWith(what, i)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code line} without its {@code 更多资料+…} watermarks. */
    private static String withoutWatermarks(String line) {
        if (!line.contains(WATERMARK)) {
            return line;
        }
        List<int[]> cuts = new ArrayList<>();
        inline(line, 0, line.length(), cuts, new ArrayList<>(), true);
        StringBuilder b = new StringBuilder(line.length());
        int pos = 0;
        for (int[] c : cuts) {
            b.append(line, pos, c[0]);
            pos = c[1];
        }
        return b.append(line, pos, line.length()).toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Line boundaries: [start, end) without the '\n'. */
    private static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        while (start <= n) {
            int e = s.indexOf('\n', start);
            if (e < 0) {
                if (start < n) {
                    out.add(new int[] {start, n});
                }
                break;
            }
            out.add(new int[] {start, e});
            start = e + 1;
        }
        return out;
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\r';
    }

    /** First non-blank lines after form feeds that repeat on at least three pages. */
    private static Set<String> runningHeaders(String s, List<int[]> lines) {
        if (s.indexOf('\f') < 0) {
            return Set.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int li = 0; li < lines.size(); li++) {
            if (afterFormFeed(s, lines, li)) {
                String t = trim(s.substring(lines.get(li)[0], lines.get(li)[1])).replace("\f", "").strip();
                if (!t.isEmpty() && t.length() <= 60 && !isPageNumber(t)) {
                    counts.merge(t, 1, Integer::sum);
                }
            }
        }
        Set<String> out = new java.util.HashSet<>();
        counts.forEach((k, v) -> {
            if (v >= 3) {
                out.add(k);
            }
        });
        return out;
    }

    /** Whether line {@code li} is the first non-blank line after a form feed. */
    private static boolean afterFormFeed(String s, List<int[]> lines, int li) {
        int[] l = lines.get(li);
        if (l[1] > l[0] && s.charAt(l[0]) == '\f') {
            return true;
        }
        for (int k = li - 1; k >= 0 && li - k <= 3; k--) {
            int ps = lines.get(k)[0];
            int pe = lines.get(k)[1];
            if (indexOf(s, "\f", ps, pe) >= 0) {
                return blank(s, ps, pe) || s.charAt(pe - 1) == '\f';
            }
            if (!blank(s, ps, pe)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a blank-separated neighbour of line {@code li} holds a form feed. */
    private static boolean nextToFormFeed(String s, List<int[]> lines, int li) {
        for (int d = -1; d <= 1; d += 2) {
            for (int k = li + d; k >= 0 && k < lines.size() && Math.abs(k - li) <= 2; k += d) {
                int ps = lines.get(k)[0];
                int pe = lines.get(k)[1];
                if (indexOf(s, "\f", ps, pe) >= 0) {
                    return true;
                }
                if (!blank(s, ps, pe)) {
                    break;
                }
            }
        }
        return false;
    }

    /** {@code 12}, {@code - 12 -}, {@code — 12 —}, {@code 第12页}, {@code 12/72}. */
    static boolean isPageNumber(String t) {
        if (t.isEmpty() || t.length() > 16) {
            return false;
        }
        String u = t.replace(" ", "");
        if (u.startsWith("第") && u.endsWith("页")) {
            u = u.substring(1, u.length() - 1);
        }
        int a = 0;
        int b = u.length();
        while (a < b && "-—–".indexOf(u.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && "-—–".indexOf(u.charAt(b - 1)) >= 0) {
            b--;
        }
        u = u.substring(a, b);
        int slash = u.indexOf('/');
        if (slash > 0) {
            return digits(u.substring(0, slash)) && digits(u.substring(slash + 1));
        }
        return digits(u) && u.length() <= 4;
    }

    /** Whether the {@code count} characters of {@code s} from {@code from} are ASCII digits. */
    private static boolean digitsAt(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the noise step would set aside a line reading {@code line} as web chrome. */
    static boolean isChromeLine(String line) {
        String t = trim(line);
        return !t.isBlank() && (chrome(t.strip()) != null || isSpam(t) || isMarkupLine(t));
    }

    /** The rule a chrome line matches, or null. */
    static String chrome(String t) {
        if (t.length() > MAX_HEADER_LINE || t.startsWith("——") || t.startsWith("--")) {
            return null;
        }
        if (t.length() <= MAX_CHROME_LINE && onlyChromeWords(t)) {
            return "page tools";
        }
        if (t.startsWith("您的位置") || t.startsWith("当前位置") || t.startsWith("您现在的位置")
                || t.startsWith("所在位置")) {
            return "breadcrumb";
        }
        if ((t.contains("首页>") || t.contains("首页 >") || t.contains("首页»")) && !hasSentencePunct(t)) {
            return "breadcrumb";
        }
        if (t.length() <= MAX_CHROME_LINE && t.contains("记者") && (t.endsWith(" 摄") || t.endsWith("摄)"))) {
            return "photo caption";
        }
        if (t.contains("报告")) {
            return null; // a line naming the report is never set aside by the rules below
        }
        if ((t.contains("浏览次数") || t.contains("浏览量") || t.contains("阅读次数") || t.contains("点击数")
                || t.contains("访问量")) && t.length() <= MAX_CHROME_LINE && t.indexOf('。') < 0 && t.indexOf(':') > 0) {
            return "source and view count";
        }
        if (t.contains("责任编辑") || (t.startsWith("编辑:") && t.length() <= 20) || t.contains("E-mail推荐")) {
            return "editor or e-mail";
        }
        if (t.length() <= MAX_CHROME_LINE && !hasSentencePunct(t) && !t.contains("报告")) {
            String u = t;
            if (u.startsWith("(") && u.endsWith(")")) {
                u = u.substring(1, u.length() - 1).strip();
            }
            if ((u.startsWith("来源:") || u.startsWith("信息来源:") || u.startsWith("文章来源:"))
                    && (u.length() <= 24 || hasTimestamp(u) || u.contains("日期") || u.contains("时间"))) {
                return "source";
            }
            if ((u.startsWith("发布日期") || u.startsWith("发布时间") || u.startsWith("时间:") || u.startsWith("日期:")
                    || u.startsWith("更新时间") || u.startsWith("发文日期")) && hasDigit(u)) {
                return "date";
            }
            if (hasTimestamp(u) && (u.startsWith("来源") || u.contains("www.") || isBareTimestamp(u))) {
                return "timestamp";
            }
            if (u.contains("www.") && u.contains("来源")) {
                return "site line";
            }
            if (u.startsWith("相关") && u.length() <= 12 && (u.endsWith(":") || u.endsWith(">>"))) {
                return "related links";
            }
            if ((u.contains("上一页") || u.contains("下一页")) && onlyDigitsAnd(u, "上一页下一页尾页首页 []")) {
                return "pagination";
            }
            if (isHexId(u)) {
                return "link id";
            }
        }
        return null;
    }

    private static boolean onlyChromeWords(String t) {
        int first = 0;
        while (first < t.length() && isSeparator(t.charAt(first))) {
            first++;
        }
        if (first < t.length() && !ChromeWords.FIRST_CHARS.get(t.charAt(first))) {
            return false; // most lines: the first word is no page tool, seen without cutting it out
        }
        int tokens = 0;
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && isSeparator(t.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !isSeparator(t.charAt(i))) {
                i++;
            }
            if (i > s) {
                if (i - s > ChromeWords.LONGEST || !CHROME_WORDS.contains(t.substring(s, i))) {
                    return false;
                }
                tokens++;
            }
        }
        // a line of separators only (a lone 】 or | or ×) is chrome too
        return tokens > 0 || t.chars().allMatch(ch -> "【】[]|×>»()".indexOf(ch) >= 0 || ch == ' ');
    }

    /** Facts about {@link #CHROME_WORDS} for quick rejection, computed once. */
    private static final class ChromeWords {
        static final java.util.BitSet FIRST_CHARS = new java.util.BitSet(65536);
        static final int LONGEST;

        static {
            int longest = 0;
            for (String w : CHROME_WORDS) {
                FIRST_CHARS.set(w.charAt(0));
                longest = Math.max(longest, w.length());
            }
            LONGEST = longest;
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u3000' || "【】[]|:>»《》()·/×".indexOf(c) >= 0;
    }

    private static boolean hasSentencePunct(String t) {
        for (int i = 0; i < t.length(); i++) {
            switch (t.charAt(i)) {
                case '。', ',', ';', '!', '?', '、' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** {@code 2024-01-31}, {@code 2024-01-31 11:24}, {@code 2026年02月10日 07时41分}. */
    private static boolean hasTimestamp(String t) {
        for (int i = 0; i + 10 <= t.length(); i++) {
            if (t.charAt(i + 4) == '-' && t.charAt(i + 7) == '-' && digitsAt(t, i, 4) && digitsAt(t, i + 5, 2)
                    && digitsAt(t, i + 8, 2)) {
                return true;
            }
        }
        return t.contains("时") && t.contains("分") && t.contains("日") && hasDigit(t) && t.length() <= 24;
    }

    private static boolean isBareTimestamp(String t) {
        return onlyDigitsAnd(t, "-: 年月日时分秒");
    }

    private static boolean onlyDigitsAnd(String t, String allowed) {
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (!(ch >= '0' && ch <= '9') && allowed.indexOf(ch) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexId(String t) {
        String u = t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
        if (u.length() < 16 || u.length() > 64) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < u.length(); i++) {
            char ch = u.charAt(i);
            if (ch >= 'a' && ch <= 'f') {
                letter = true;
            } else if (!(ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return letter;
    }

    /** Spam titles: keywords joined by underscores, no sentence. */
    static boolean isSpam(String t) {
        int underscores = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '_') {
                underscores++;
            }
        }
        if (underscores < 2 || t.contains("。")) {
            return false;
        }
        int hits = 0;
        for (String w : SPAM_WORDS) {
            if (t.contains(w)) {
                hits++;
            }
        }
        return hits >= 2;
    }

    /** A line of JavaScript or of HTML tags only. */
    static boolean isMarkupLine(String t) {
        if (t.startsWith("<") && t.endsWith(">") && t.length() >= 3 && (Character.isLetter(t.charAt(1))
                || t.charAt(1) == '/' || t.charAt(1) == '!') && t.indexOf('。') < 0) {
            return true;
        }
        if (t.startsWith("function ") || t.startsWith("function(") || t.startsWith("var ")
                || t.startsWith("document.") || t.startsWith("window.") || t.startsWith("$(")) {
            return t.indexOf('(') >= 0 || t.indexOf('=') >= 0;
        }
        return writesDocument(t) || (t.startsWith("if(") && t.endsWith("}"));
    }

    /**
     * Whether {@code t} holds document.write, document.getElementById or document.all(: one search for
     * their common head instead of one pass over the line per word.
     */
    private static boolean writesDocument(String t) {
        for (int d = t.indexOf("document."); d >= 0; d = t.indexOf("document.", d + 1)) {
            int at = d + "document.".length();
            if (t.startsWith("write", at) || t.startsWith("getElementById", at) || t.startsWith("all(", at)) {
                return true;
            }
        }
        return false;
    }

    /** A short publication name on the line after a bare {@code 来源:} label. */
    private static boolean isSourceAfterLabel(String t, String s, List<int[]> lines, int li) {
        if (li == 0 || t.length() > 12 || hasSentencePunct(t)) {
            return false;
        }
        String prev = trim(s.substring(lines.get(li - 1)[0], lines.get(li - 1)[1]));
        return prev.equals("来源:") || prev.equals("来源") || prev.equals("信息来源:");
    }
}
