package io.github.workreport.formats;

import io.github.workreport.Noise;
import io.github.workreport.Pages;
import io.github.workreport.Span;
import io.github.workreport.Warning;
import io.github.workreport.spi.ExtractedText;
import io.github.workreport.spi.FormatReader;
import io.github.workreport.text.DecodedText;
import io.github.workreport.text.Decoder;
import io.github.workreport.text.OffsetMap;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads HTML pages with jsoup. The original text is the decoded page source, so spans point
 * into the markup; the text handed on is the page's main content, one line per block element,
 * {@code <br>} or table row, entities decoded. Navigation, menus, footers, related-link lists,
 * scripts and styles are set aside as noise. Immutable and thread-safe.
 *
 * <p>The charset is taken from a byte-order mark, then from {@code <meta charset>} or
 * {@code http-equiv}, then detected as for plain text.
 */
public final class HtmlReader implements FormatReader {

    /** Elements that end a line. */
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "tr", "table", "tbody", "thead", "tfoot", "section", "article", "header", "footer", "aside", "main",
            "blockquote", "center", "dd", "dt", "dl", "pre", "address", "hr", "br", "title", "caption", "figure",
            "figcaption", "form", "fieldset", "legend", "body", "html");
    /** Elements whose content is never text of the page. */
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "select", "button", "input", "textarea", "head", "map", "audio", "video");
    /** Words in an id or class that mark page chrome. */
    private static final String[] CHROME = {"nav", "menu", "breadcrumb", "crumb", "footer", "foot", "copyright",
        "share", "bdshare", "print", "fontsize", "font-size", "zihao", "toolbar", "related", "xgxw", "xgbd", "xglj",
        "sidebar", "topbar", "banner", "search", "login", "qrcode", "ewm", "weixin", "wechat", "dyfw"};
    /** Heading-like blocks before the main content that are kept (the page's title). */
    private static final int TITLE_MAX_CJK = 120;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean accepts(byte[] bytes) {
        return Sniff.isHtml(bytes);
    }

    @Override
    public ExtractedText read(byte[] bytes, int maxChars) {
        List<Warning> warnings = new ArrayList<>();
        String[] charset = new String[1];
        String source = decode(bytes, charset, warnings);
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(source, "");
        Extraction x = new Extraction(source);
        x.run(doc);
        if (x.out.length() == 0) {
            warnings.add(Warning.of("html-no-text", "the page holds no readable text"));
        }
        return new ExtractedText("html", charset[0], source, x.out.toString(), x.map.build(source.length()),
                x.noise, Pages.none(), warnings, null);
    }

    // ---- charset

    static String decode(byte[] b, String[] charsetOut, List<Warning> warnings) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            DecodedText d = Decoder.defaults().decode(b); // the byte-order mark decides
            charsetOut[0] = d.charset();
            warnings.addAll(d.warnings());
            return d.text();
        }
        String declared = Sniff.declaredCharset(b);
        if (declared != null) {
            Charset cs = charsetFor(declared);
            if (cs == null) {
                warnings.add(Warning.of("charset-unknown", "the page declares charset " + declared
                        + ", which is not known; detected instead"));
            } else {
                try {
                    String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
                    charsetOut[0] = cs.name();
                    return text;
                } catch (CharacterCodingException e) {
                    warnings.add(Warning.of("charset-mismatch", "the page declares charset " + declared
                            + " but its bytes are not valid in it; detected instead"));
                }
            }
        }
        DecodedText d = Decoder.defaults().decode(b);
        charsetOut[0] = d.charset();
        warnings.addAll(d.warnings());
        return d.text();
    }

    private static Charset charsetFor(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("gb18030") || n.equals("cp936")
                || n.equals("euc-cn") || n.equals("windows-936")) {
            return Charset.forName("GB18030"); // the superset: pages declaring GB2312 are GBK in fact
        }
        if (n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- extraction

    /** One pass over a parsed page: chooses the main content, then writes its text with the offset map. */
    static final class Extraction {
        final String src;
        final StringBuilder out = new StringBuilder();
        final OffsetMap.Builder map = OffsetMap.builder();
        final List<Noise> noise = new ArrayList<>();
        private int pos;
        /** Whether the map's last segment is a deletion ending where the map is now. */
        private boolean afterDeletion;
        private boolean pendingBreak;
        private boolean pendingSpace;
        /** Whether the text node being written keeps its line breaks. */
        private boolean preformatted;
        /** Per element: {CJK characters, CJK characters inside links, links below it}. */
        private final Map<Element, int[]> stats = new IdentityHashMap<>();
        private Element mainElement;

        Extraction(String src) {
            this.src = src;
        }

        void run(Document doc) {
            Element body = doc.body();
            count(doc);
            Element main = mainBlock(body);
            mainElement = main;
            List<Element> kept = new ArrayList<>(titlesBefore(body, main));
            kept.add(main);
            int setAsideFrom = 0;
            if (titlesBefore(body, main).isEmpty() && main != null && !opensWithTitle(main)) {
                setAsideFrom = pageTitle(doc);
            }
            for (Element k : kept) {
                int start = start(k);
                if (start < pos || start < 0) {
                    continue;
                }
                if (start > setAsideFrom) {
                    noise.add(new Noise(Noise.Kind.WEB_CHROME, new Span(setAsideFrom, start), "outside the page's main content"));
                }
                emit(k);
                setAsideFrom = Math.max(pos, end(k));
                pendingBreak = true;
            }
            if (setAsideFrom < src.length()) {
                noise.add(new Noise(Noise.Kind.WEB_CHROME, new Span(setAsideFrom, src.length()),
                        "outside the page's main content"));
            }
            // the rest of the source is not text
            rep(src.length() - pos, 0);
            pos = src.length();
        }

        /** Whether the main block's first lines name a report (then the page's {@code <title>} is not needed). */
        private static boolean opensWithTitle(Element main) {
            String t = main.text();
            String head = t.substring(0, Math.min(t.length(), 200));
            return head.contains("报告") || head.contains("报  告") || head.contains("报 告");
        }

        /**
         * The page's {@code <title>} as the first line, up to the site name after it ({@code _},
         * {@code |}, {@code -}); returns where the set-aside source resumes.
         */
        private int pageTitle(Document doc) {
            Element title = doc.selectFirst("title");
            if (title == null || title.childNodeSize() != 1 || !(title.childNode(0) instanceof TextNode t)) {
                return 0;
            }
            Range r = t.sourceRange();
            if (!r.isTracked() || r.startPos() < pos) {
                return 0;
            }
            int a = r.startPos();
            int b = r.endPos();
            int cut = b;
            for (int i = a; i < b; i++) {
                char c = src.charAt(i);
                if (c == '_' || c == '|' || c == '-' || c == '&' || c == '<') {
                    cut = i;
                    break;
                }
            }
            while (cut > a && isIndent(src.charAt(cut - 1))) {
                cut--;
            }
            String line = src.substring(a, cut);
            if (cjk(line) < 4 || !line.contains("报告")) {
                return 0;
            }
            noise.add(new Noise(Noise.Kind.WEB_CHROME, new Span(0, a), "outside the page's main content"));
            rep(a, 0);
            pos = a;
            align(a, cut, line);
            pos = cut;
            pendingBreak = true;
            return cut;
        }

        // -- statistics: CJK characters per element, in and out of links

        private void count(Document doc) {
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element a && a.normalName().equals("a")) {
                    for (Element e = a.parent(); e != null; e = e.parent()) {
                        stats.computeIfAbsent(e, k -> new int[3])[2]++;
                    }
                    return;
                }
                if (!(node instanceof TextNode t)) {
                    return;
                }
                int cjk = cjk(t.getWholeText());
                if (cjk == 0) {
                    return;
                }
                boolean link = false;
                for (Element e = t.parent(); e != null; e = e.parent()) {
                    String tag = e.normalName();
                    if (SKIP.contains(tag)) {
                        return;
                    }
                    if (tag.equals("a")) {
                        link = true;
                    }
                }
                for (Element e = t.parent(); e != null; e = e.parent()) {
                    int[] s = stats.computeIfAbsent(e, k -> new int[3]);
                    s[0] += cjk;
                    if (link) {
                        s[1] += cjk;
                    }
                }
            }, doc);
        }

        private int[] stat(Element e) {
            int[] s = stats.get(e);
            return s == null ? new int[3] : s;
        }

        private int ownText(Element e) {
            int[] s = stat(e);
            return s[0] - s[1];
        }

        /** The deepest element holding four fifths of the page's text outside links. */
        private Element mainBlock(Element body) {
            if (body == null) {
                return null;
            }
            int total = ownText(body);
            Element cur = body;
            if (total == 0) {
                return cur;
            }
            for (int guard = 0; guard < 1000; guard++) {
                Element next = null;
                for (Element c : cur.children()) {
                    if (!skipped(c) && ownText(c) * 5 >= total * 4) {
                        next = c;
                        break;
                    }
                }
                if (next == null) {
                    break;
                }
                cur = next;
            }
            return cur;
        }

        /**
         * Title blocks before the main content (h1 to h3, or an element whose class or id says
         * title) that name a report or its meeting, the last three, nearest the content.
         */
        private List<Element> titlesBefore(Element body, Element main) {
            List<Element> out = new ArrayList<>();
            if (body == null || main == null || main == body) {
                return out;
            }
            int mainStart = start(main);
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_CHILDREN;
                    }
                    if (e == main || start(e) >= mainStart) {
                        return FilterResult.STOP;
                    }
                    if (e != body && (skipped(e) || chrome(e))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String tag = e.normalName();
                    boolean titled = tag.equals("h1") || tag.equals("h2") || tag.equals("h3")
                            || idOrClass(e).contains("title") || idOrClass(e).contains("biaoti");
                    int cjk = ownText(e);
                    if (titled && cjk >= 4 && cjk <= TITLE_MAX_CJK && end(e) <= mainStart && namesAReport(e.text())) {
                        out.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }
            }, body);
            List<Element> chosen = out;
            return chosen.size() <= 3 ? chosen : chosen.subList(chosen.size() - 3, chosen.size());
        }

        /**
         * A title names a report, a plan or a budget, or is the line under it naming the meeting
         * (——2025年1月9日在…会议上); not the site (a logo heading does not).
         */
        private static boolean namesAReport(String t) {
            return t.contains("报告") || t.contains("草案") || t.contains("计划") || t.contains("预算")
                    || t.contains("纲要") || t.contains("决算") || t.contains("会议") || t.contains("大会");
        }

        private static String idOrClass(Element e) {
            return (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        }

        private static boolean skipped(Element e) {
            if (SKIP.contains(e.normalName())) {
                return true;
            }
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            return style.contains("display:none") || style.contains("visibility:hidden") || e.hasAttr("hidden");
        }

        private boolean chrome(Element e) {
            String tag = e.normalName();
            if (tag.equals("nav")) {
                return true;
            }
            String ic = idOrClass(e);
            if (ic.isBlank()) {
                return false;
            }
            for (String word : CHROME) {
                if (ic.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        /** Inside a title block: the date, source or author line beside the title. */
        private static boolean titleInfo(Element e) {
            String ic = idOrClass(e);
            return e.normalName().equals("small") || ic.contains("time") || ic.contains("date")
                    || ic.contains("source") || ic.contains("laiyuan") || ic.contains("author");
        }

        /** A list of links: most of its text is link text, in several links. */
        private boolean linkList(Element e) {
            int[] s = stat(e);
            if (s[0] == 0 || s[1] * 10 < s[0] * 7) {
                return false;
            }
            return s[2] >= 3;
        }

        // -- writing the text

        private void emit(Element root) {
            boolean inTitle = root != mainElement;
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        text(t);
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_ENTIRELY; // comments, data
                    }
                    if (e != root && (skipped(e) || chrome(e) || linkList(e) || inTitle && titleInfo(e))) {
                        int s = start(e);
                        int en = end(e);
                        if (s >= pos && en > s) {
                            noise.add(new Noise(skipped(e) ? Noise.Kind.MARKUP : Noise.Kind.WEB_CHROME, new Span(s, en),
                                    skipped(e) ? "<" + e.normalName() + "> is not text" : "page chrome: <"
                                            + e.normalName() + (e.id().isEmpty() ? "" : " id=" + e.id())
                                            + (e.className().isEmpty() ? "" : " class=" + e.className()) + ">"));
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    boundary(e);
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        boundary(e);
                    }
                    return FilterResult.CONTINUE;
                }

                /** A block element's edge ends a line; a table cell's edge is a space. */
                private void boundary(Element e) {
                    String tag = e.normalName();
                    if (BLOCK.contains(tag)) {
                        pendingBreak = true;
                    } else if (tag.equals("td") || tag.equals("th")) {
                        pendingSpace = true;
                    }
                }
            }, root);
        }

        private void text(TextNode t) {
            Range r = t.sourceRange();
            if (!r.isTracked()) {
                return;
            }
            int a = r.startPos();
            int b = r.endPos();
            if (a < pos || b > src.length() || b <= a) {
                return; // moved by the tree builder out of source order: its characters stay deleted
            }
            String decoded = t.getWholeText();
            if (decoded.isEmpty()) {
                return;
            }
            // the markup between the previous text and this one: a line break, a space or nothing
            String sep = "";
            boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
            if (pendingBreak && !lineStart) {
                sep = "\n";
            } else if (pendingSpace && !lineStart && out.charAt(out.length() - 1) != ' ') {
                sep = " ";
            }
            pendingBreak = false;
            pendingSpace = false;
            rep(a - pos, sep.length());
            out.append(sep);
            pos = a;
            preformatted = inPre(t);
            align(a, b, decoded);
            preformatted = false;
            pos = b;
        }

        /** Whether a text node keeps its line breaks: inside {@code <pre>} or white-space:pre. */
        private static boolean inPre(TextNode t) {
            int depth = 0;
            for (Element e = t.parent(); e != null && depth < 64; e = e.parent(), depth++) {
                if (e.normalName().equals("pre") || e.normalName().equals("xmp")
                        || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("white-space:pre")) {
                    return true;
                }
            }
            return false;
        }

        /** Writes the decoded text of the source stretch [a, b), character by character where they agree. */
        private void align(int a, int b, String decoded) {
            int i = a;
            int j = 0;
            int n = decoded.length();
            while (i < b && j < n) {
                char c = src.charAt(i);
                if (c == '&') {
                    int semi = -1;
                    for (int k = i + 1; k < b && k < i + 34; k++) {
                        char ck = src.charAt(k);
                        if (ck == ';') {
                            semi = k;
                            break;
                        }
                        if (!(ck == '#' || ck >= '0' && ck <= '9' || ck >= 'a' && ck <= 'z' || ck >= 'A' && ck <= 'Z')) {
                            break;
                        }
                    }
                    if (semi > 0) {
                        String ent = src.substring(i, semi + 1);
                        String d = Parser.unescapeEntities(ent, false);
                        if (!d.equals(ent) && decoded.startsWith(d, j)) {
                            unit(semi + 1 - i, d);
                            i = semi + 1;
                            j += d.length();
                            continue;
                        }
                    }
                    {
                        // an entity without ';' (&amp, &nbsp): the longest name that decodes to what follows
                        int run = i + 1;
                        while (run < b && run < i + 33 && isAsciiAlnum(src.charAt(run))) {
                            run++;
                        }
                        boolean done = false;
                        for (int k = run; k > i + 1 && !done; k--) {
                            String ent = src.substring(i, k);
                            String d = Parser.unescapeEntities(ent, false);
                            int after = j + d.length();
                            if (!d.equals(ent) && !d.isEmpty() && decoded.startsWith(d, j)
                                    && (k >= b || after >= n || src.charAt(k) == decoded.charAt(after) || src.charAt(k) == '&')) {
                                unit(k - i, d);
                                i = k;
                                j += d.length();
                                done = true;
                            }
                        }
                        if (done) {
                            continue;
                        }
                    }
                }
                if (c == decoded.charAt(j)) {
                    unit(1, String.valueOf(c));
                    i++;
                    j++;
                } else if (c == '\r' && decoded.charAt(j) == '\n') {
                    int len = i + 1 < b && src.charAt(i + 1) == '\n' ? 2 : 1;
                    unit(len, "\n");
                    i += len;
                    j++;
                } else {
                    break; // out of step (an entity without ';'): the rest as one piece
                }
            }
            if (i < b || j < n) {
                String rest = collapse(decoded.substring(j));
                rep(b - i, rest.length());
                out.append(rest);
            }
        }

        /** One source stretch giving {@code d}; white space collapses as a browser shows it. */
        private void unit(int srcLen, String d) {
            if (preformatted && d.length() == 1 && d.charAt(0) == '\n') {
                rep(srcLen, 1); // a line break of preformatted text ends a line
                out.append('\n');
                return;
            }
            if (d.length() == 1 && lineStart() && isIndent(d.charAt(0))) {
                rep(srcLen, 0); // indentation at a line's start: presentation, not text
                return;
            }
            if (d.length() == 1 && isSpace(d.charAt(0))) {
                boolean after = out.length() == 0 || isSpace(out.charAt(out.length() - 1))
                        || out.charAt(out.length() - 1) == '\n';
                if (after) {
                    rep(srcLen, 0);
                } else {
                    rep(srcLen, 1);
                    out.append(' ');
                }
                return;
            }
            rep(srcLen, d.length());
            out.append(d);
        }

        private boolean lineStart() {
            return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        }

        private static boolean isAsciiAlnum(char c) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static boolean isIndent(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        private String collapse(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            boolean space = out.length() == 0 || isSpace(out.charAt(out.length() - 1))
                    || out.charAt(out.length() - 1) == '\n';
            boolean start = lineStart();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (start && isIndent(c)) {
                    continue;
                }
                start = false;
                if (isSpace(c)) {
                    if (!space) {
                        sb.append(' ');
                        space = true;
                    }
                } else {
                    sb.append(c);
                    space = false;
                }
            }
            return sb.toString();
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }

        /**
         * {@code in} source characters give {@code outLen} text characters. The offset map merges a
         * replacement with a deletion just before it, which would move the replacement's start
         * into the deleted markup; a one-character replacement after a deletion is therefore
         * written as its first source character changed, then the rest deleted: its start stays
         * exact (its end then stops inside the entity).
         */
        private void rep(int in, int outLen) {
            if (in == outLen) {
                map.copy(in);
                if (in > 0) {
                    afterDeletion = false;
                }
            } else if (outLen == 1 && in > 1 && afterDeletion) {
                map.copy(1);
                map.replace(in - 1, 0);
                afterDeletion = true;
            } else {
                map.replace(in, outLen);
                if (in > 0 || outLen > 0) {
                    afterDeletion = outLen == 0;
                }
            }
        }

        // -- source positions

        private static int start(Node n) {
            Range r = n.sourceRange();
            return r.isTracked() ? r.startPos() : -1;
        }

        /** Where a node's source ends: its end tag, else its last descendant's end, else its start tag's end. */
        private static int end(Node n) {
            Node cur = n;
            for (int guard = 0; guard < 10_000 && cur != null; guard++) {
                if (cur instanceof Element e) {
                    Range er = e.endSourceRange();
                    if (er.isTracked()) {
                        return er.endPos();
                    }
                    if (e.childNodeSize() > 0) {
                        cur = e.childNode(e.childNodeSize() - 1);
                        continue;
                    }
                }
                Range r = cur.sourceRange();
                return r.isTracked() ? r.endPos() : start(n);
            }
            return start(n);
        }
    }

    static int cjk(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF') {
                n++;
            }
        }
        return n;
    }
}
