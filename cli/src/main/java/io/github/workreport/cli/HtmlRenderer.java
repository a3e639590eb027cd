package io.github.workreport.cli;

import io.github.workreport.Decision;
import io.github.workreport.Figure;
import io.github.workreport.Noise;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.output.ItemsCsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders a parsed file as one self-contained HTML page (inline CSS and JavaScript, nothing
 * fetched): per report its metadata and a table of targets and achievements, then the ORIGINAL
 * text with every item highlighted (targets and achievements in different colours), noise greyed
 * and section headings marked. Each table row links to its place in the text, and each
 * highlight links back to its row. Every piece of text is HTML-escaped.
 */
final class HtmlRenderer {

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;\
            margin:0 auto;max-width:1150px;padding:16px 24px;color:#222;background:#fff}
            h1{font-size:22px;margin:4px 0}h2{font-size:18px;margin:22px 0 6px;border-bottom:2px solid #ddd}
            .meta{color:#555;font-size:13px;margin:2px 0}
            .legend span{display:inline-block;padding:0 6px;margin-right:6px;border-radius:3px;font-size:13px}
            table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 10px}
            th,td{border:1px solid #ccc;padding:3px 5px;text-align:left;vertical-align:top}
            th{background:#f0f3f7;position:sticky;top:0}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.clause{color:#444;max-width:360px}
            td:first-child,td.unit{white-space:nowrap}
            tr.target td:first-child{border-left:5px solid #f0b400}
            tr.achievement td:first-child{border-left:5px solid #3c9a28}
            tr:target{outline:3px solid #1a73e8}
            .text{white-space:pre-wrap;word-break:break-all;line-height:1.9;font-size:15px;border:1px solid #ddd;\
            padding:12px 16px;background:#fcfcfc}
            mark{color:inherit;border-radius:2px;cursor:pointer}
            mark.target,.legend .target{background:#ffe58f}
            mark.achievement,.legend .achievement{background:#c6efb3}
            mark.target.achievement{background:linear-gradient(#ffe58f 50%,#c6efb3 50%)}
            a.anchor+mark.target{box-shadow:inset 2px 0 #d9a400}
            a.anchor+mark.achievement{box-shadow:inset 2px 0 #3c9a28}
            .noise,.legend .noise{color:#9a9a9a;background:#eeeeee}
            .page{display:block;margin:1em 0 .3em;color:#666;border-top:1px dashed #bbb;font-size:.85em}
            .heading,.legend .heading{font-weight:bold;color:#0b3d91;background:#e3ecfa}
            .anchor:target+mark,.anchor:target+span{outline:3px solid #1a73e8}
            input.filter{margin:4px 0;padding:3px 6px;width:260px}
            """;

    private static final String JS = """
            document.addEventListener('click',function(e){var m=e.target.closest('mark[data-row]');\
            if(m){location.hash=m.getAttribute('data-row').split(' ')[0];}});
            document.querySelectorAll('input.filter').forEach(function(inp){inp.addEventListener('input',function(){\
            var q=inp.value.trim();document.querySelectorAll('#'+inp.getAttribute('data-table')+' tbody tr')\
            .forEach(function(tr){tr.style.display=!q||tr.textContent.indexOf(q)>=0?'':'none';});});});
            """;

    static final List<String> COLUMNS = List.of("#", "kind", "indicator", "measure", "value", "low", "high", "unit",
            "comparator", "year", "estimated", "section", "text");

    private HtmlRenderer() {
    }

    /** A highlighted stretch of the original. */
    private record Mark(Span span, String cls, String id, String row, String label) {
    }

    /** The item anchor id of a target or achievement: {@code r0-t3}, {@code r0-a1}. */
    static String itemId(int report, boolean target, int index) {
        return "r" + report + "-" + (target ? "t" : "a") + index;
    }

    static String render(ReportFile f, String title) {
        String original = f.original();
        StringBuilder h = new StringBuilder(original.length() * 2 + 8192);
        int targets = 0;
        int achievements = 0;
        for (Report r : f.reports()) {
            targets += r.targets().size();
            achievements += r.achievements().size();
        }
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
                .append(esc(f.source())).append(" · ").append(esc(f.format()))
                .append(f.charset() == null ? "" : " · " + esc(f.charset()))
                .append(f.pages().isEmpty() ? "" : " · " + f.pages().count() + " pages")
                .append(" · ").append(f.reports().size()).append(f.reports().size() == 1 ? " report" : " reports")
                .append(" · ").append(targets).append(" targets · ").append(achievements)
                .append(" achievements · ").append(f.noise().size()).append(" stretches set aside</p>\n")
                .append("<p class=\"legend\"><span class=\"target\">target</span><span class=\"achievement\">")
                .append("achievement</span><span class=\"heading\">section heading</span>")
                .append("<span class=\"noise\">set aside (noise)</span></p>\n</header>\n");

        List<Mark> marks = new ArrayList<>();
        for (Noise n : f.noise()) {
            marks.add(new Mark(n.span(), "noise", null, null, NormalizeCommand.kind(n.kind()) + ": " + n.detail()));
        }
        for (int ri = 0; ri < f.reports().size(); ri++) {
            Report r = f.reports().get(ri);
            table(h, ri, r);
            int si = 0;
            for (Section s : r.allSections()) {
                marks.add(new Mark(s.headingSpan(), "heading", "r" + ri + "-s" + si++, null,
                        "section " + s.style() + " level " + s.level() + ": " + s.title()));
            }
            Map<Figure, Decision> why = new IdentityHashMap<>();
            for (Decision d : r.decisions()) {
                if (d.figure() != null) {
                    why.put(d.figure(), d);
                }
            }
            addItems(marks, ri, r.targets(), true, why);
            addItems(marks, ri, r.achievements(), false, why);
        }
        h.append("<h2>Original text</h2>\n<div class=\"text\" id=\"text\">");
        text(h, original, marks, f.pages());
        h.append("</div>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * Marks the items' clauses; the hover text names the item and, when the parser explained its
     * decisions, the rule that made it a target or an achievement and why.
     */
    private static void addItems(List<Mark> marks, int ri, List<? extends Figure> items, boolean target,
            Map<Figure, Decision> why) {
        for (int i = 0; i < items.size(); i++) {
            Figure x = items.get(i);
            String id = itemId(ri, target, i);
            Decision d = why.get(x);
            marks.add(new Mark(x.span(), target ? "target" : "achievement", id, "row-" + id,
                    (target ? "target: " : "achievement: ") + x.indicator() + " " + x.measure().code() + " "
                            + quantity(x.quantity()) + (d == null ? "" : "\nrule: " + d.rule() + " (" + d.reason() + ")")));
        }
    }

    /** A quantity for people: {@code approx 5.5 %}, {@code range 2–3 %}; "" for none. */
    static String quantity(Quantity q) {
        if (q == null) {
            return "";
        }
        String v = q.isRange() ? ItemsCsv.plainNumber(q.low()) + "–" + ItemsCsv.plainNumber(q.high())
                : ItemsCsv.plainNumber(q.value());
        return q.comparison().code() + " " + v + (q.unit().isEmpty() ? "" : " " + q.unit());
    }

    private static void table(StringBuilder h, int ri, Report r) {
        ReportMetadata m = r.metadata();
        h.append("<section class=\"report\" id=\"report-").append(ri).append("\">\n<h2>")
                .append(esc(m.title() == null ? "Report " + (ri + 1) : m.title())).append("</h2>\n");
        h.append("<p class=\"meta\">region <b>").append(esc(str(m.region()))).append("</b> · level <b>")
                .append(esc(m.level() == null ? "—" : m.level().code())).append("</b> · year <b>")
                .append(m.year() == null ? "—" : m.year()).append("</b> · kind <b>").append(esc(m.kind().code()))
                .append("</b> · date <b>").append(m.date() == null ? "—" : m.date()).append("</b> · span ")
                .append(r.span()).append(" · ").append(r.warnings().size()).append(" warnings</p>\n");
        String tableId = "items-" + ri;
        h.append("<input class=\"filter\" type=\"search\" placeholder=\"filter rows\" data-table=\"")
                .append(tableId).append("\">\n<table class=\"items\" id=\"").append(tableId).append("\">\n<thead><tr>");
        for (String c : COLUMNS) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        rows(h, ri, r.targets(), true);
        rows(h, ri, r.achievements(), false);
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void rows(StringBuilder h, int ri, List<? extends Figure> items, boolean target) {
        for (int i = 0; i < items.size(); i++) {
            Figure x = items.get(i);
            Quantity q = x.quantity();
            String id = itemId(ri, target, i);
            String kind = target ? "target" : "achievement";
            h.append("<tr class=\"").append(kind).append("\" id=\"row-").append(id).append("\">");
            h.append("<td><a href=\"#").append(id).append("\">").append(id).append("</a></td>");
            cell(h, kind, null);
            cell(h, x.indicator() + (x.indicatorId() == null ? "" : " (" + x.indicatorId() + ")"), null);
            cell(h, x.measure().code(), null);
            cell(h, q == null ? null : ItemsCsv.plainNumber(q.value()), "num");
            cell(h, q == null ? null : ItemsCsv.plainNumber(q.low()), "num");
            cell(h, q == null ? null : ItemsCsv.plainNumber(q.high()), "num");
            cell(h, q == null || q.unit().isEmpty() ? null : q.unit(), "unit");
            cell(h, q == null ? null : q.comparison().code(), null);
            cell(h, x.year() == null ? null : x.year().toString(), "num");
            cell(h, x.estimated() ? "yes" : "no", null);
            cell(h, String.join(" > ", x.sectionPath()), null);
            cell(h, x.text(), "clause");
            h.append("</tr>\n");
        }
    }

    private static void cell(StringBuilder h, String s, String cls) {
        h.append(cls == null ? "<td>" : "<td class=\"" + cls + "\">").append(s == null ? "" : esc(s)).append("</td>");
    }

    /** The original text cut at every mark boundary; each piece wrapped in the classes covering it. */
    private static void text(StringBuilder h, String original, List<Mark> all, io.github.workreport.Pages pages) {
        int len = original.length();
        List<Mark> marks = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(len);
        java.util.Map<Integer, Integer> pageAt = new java.util.HashMap<>();
        for (int p = 1; p <= pages.count(); p++) {
            cuts.add(pages.start(p));
            pageAt.put(pages.start(p), p); // a PDF's page markers, from the page table
        }
        for (Mark m : all) {
            if (m.span().end() <= len) {
                marks.add(m);
                cuts.add(m.span().start());
                cuts.add(m.span().end());
            }
        }
        marks.sort(Comparator.comparing(Mark::span));
        List<Mark> active = new ArrayList<>();
        int next = 0;
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && prev < cut) {
                Integer page = pageAt.get(prev);
                if (page != null) {
                    h.append("<span class=\"page\">page ").append(page).append("</span>");
                }
                piece(h, original.substring(prev, cut), active);
            }
            active.removeIf(m -> m.span().end() <= cut);
            while (next < marks.size() && marks.get(next).span().start() <= cut) {
                Mark m = marks.get(next++);
                if (m.id() != null) {
                    h.append("<a class=\"anchor\" id=\"").append(m.id()).append("\"></a>");
                }
                if (m.span().end() > cut) {
                    active.add(m);
                }
            }
            prev = cut;
        }
    }

    private static void piece(StringBuilder h, String s, List<Mark> active) {
        if (active.isEmpty()) {
            h.append(esc(s));
            return;
        }
        boolean item = false;
        StringBuilder cls = new StringBuilder();
        StringBuilder title = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (String c : List.of("noise", "heading", "target", "achievement")) {
            for (Mark m : active) {
                if (m.cls().equals(c)) {
                    if (cls.indexOf(c) < 0) {
                        cls.append(cls.length() == 0 ? "" : " ").append(c);
                    }
                    title.append(title.length() == 0 ? "" : "\n").append(m.label());
                    if (m.row() != null) {
                        rows.append(rows.length() == 0 ? "" : " ").append(m.row());
                        item = true;
                    }
                }
            }
        }
        String tag = item ? "mark" : "span";
        h.append('<').append(tag).append(" class=\"").append(cls).append("\" title=\"").append(esc(title.toString()))
                .append('"');
        if (item) {
            h.append(" data-row=\"").append(rows).append('"');
        }
        h.append('>').append(esc(s)).append("</").append(tag).append('>');
    }

    private static String str(String s) {
        return s == null ? "—" : s;
    }

    /** Escapes {@code & < > " '} for text and attribute values (Guava's HTML escaper). */
    static String esc(String s) {
        return com.google.common.html.HtmlEscapers.htmlEscaper().escape(s);
    }
}
