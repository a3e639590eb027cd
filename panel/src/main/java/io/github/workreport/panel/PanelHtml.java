package io.github.workreport.panel;

import io.github.workreport.extractors.IndicatorTaxonomy.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A panel as one self-contained HTML page (inline CSS and SVG, no script, no network): per region,
 * small multiples of the main indicators (the target, or its band, and the result over the years,
 * met and missed marked), then the region's table with the source of every figure.
 */
public final class PanelHtml {

    /** The indicators charted first, in this order, when a region has them. */
    static final List<String> MAIN = List.of("gdp", "cpi", "new_urban_jobs", "urban_unemployment_surveyed",
            "urban_unemployment_registered", "energy_intensity", "general_budget_revenue", "fixed_asset_investment",
            "retail_sales", "industrial_va_above_scale", "disposable_income", "foreign_trade");
    private static final int MAX_CHARTS = 8;
    private static final int W = 240;
    private static final int H = 150;
    private static final int PAD_L = 44;
    private static final int PAD_R = 10;
    private static final int PAD_T = 24;
    private static final int PAD_B = 22;

    private PanelHtml() {
    }

    /** The page. */
    public static String render(Panel panel, String title) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<h1>").append(esc(title))
                .append("</h1>\n");
        Map<String, List<PanelRow>> byRegion = new LinkedHashMap<>();
        for (PanelRow r : panel.rows()) {
            byRegion.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(r);
        }
        long met = panel.rows().stream().filter(r -> r.status() == Status.MET).count();
        long missed = panel.rows().stream().filter(r -> r.status() == Status.MISSED).count();
        sb.append("<p class=\"summary\">").append(panel.rows().size()).append(" rows, ").append(byRegion.size())
                .append(" regions: ").append(met).append(" met, ").append(missed).append(" missed. ")
                .append("<span class=\"key\"><svg width=\"14\" height=\"10\"><rect x=\"0\" y=\"2\" width=\"14\" height=\"6\" "
                        + "class=\"band\"/></svg> target (band: a range) <svg width=\"10\" height=\"10\"><circle cx=\"5\" "
                        + "cy=\"5\" r=\"4\" class=\"met\"/></svg> met <svg width=\"10\" height=\"10\"><circle cx=\"5\" cy=\"5\" "
                        + "r=\"4\" class=\"missed\"/></svg> missed <svg width=\"10\" height=\"10\"><circle cx=\"5\" cy=\"5\" "
                        + "r=\"4\" class=\"other\"/></svg> no target or unclear; a hollow dot is an estimate (预计).</span></p>\n");
        sb.append("<nav>");
        int n = 0;
        for (String region : byRegion.keySet()) {
            sb.append("<a href=\"#r").append(n++).append("\">").append(esc(region)).append("</a> ");
        }
        sb.append("</nav>\n");
        n = 0;
        for (Map.Entry<String, List<PanelRow>> e : byRegion.entrySet()) {
            region(sb, n++, e.getKey(), e.getValue());
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void region(StringBuilder sb, int n, String region, List<PanelRow> rows) {
        PanelRow first = rows.get(0);
        sb.append("<section class=\"region\" id=\"r").append(n).append("\">\n<h2>").append(esc(region));
        if (first.level() != null || first.regionCode() != null) {
            sb.append(" <small>").append(first.level() == null ? "" : first.level().code())
                    .append(first.regionCode() == null ? "" : " " + first.regionCode()).append("</small>");
        }
        sb.append("</h2>\n<div class=\"charts\">\n");
        Map<String, List<PanelRow>> byId = new LinkedHashMap<>();
        for (PanelRow r : rows) {
            if (r.period() == null) {
                byId.computeIfAbsent(r.indicatorId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<String> ids = new ArrayList<>();
        for (String id : MAIN) {
            if (byId.containsKey(id) && ids.size() < MAX_CHARTS) {
                ids.add(id);
            }
        }
        for (String id : byId.keySet()) {
            if (ids.size() >= Math.min(MAX_CHARTS, 4)) {
                break;
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        for (String id : ids) {
            chart(sb, byId.get(id));
        }
        sb.append("</div>\n");
        table(sb, rows);
        sb.append("</section>\n");
    }

    private static void chart(StringBuilder sb, List<PanelRow> rows) {
        PanelRow r0 = rows.get(0);
        int y0 = Integer.MAX_VALUE;
        int y1 = Integer.MIN_VALUE;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PanelRow r : rows) {
            y0 = Math.min(y0, r.year());
            y1 = Math.max(y1, r.year());
            for (BigDecimal v : values(r)) {
                lo = Math.min(lo, v.doubleValue());
                hi = Math.max(hi, v.doubleValue());
            }
        }
        if (y0 == y1) {
            y0--;
            y1++;
        }
        if (lo == hi) {
            double d = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= d;
            hi += d;
        }
        double pad = (hi - lo) * 0.1;
        lo -= pad;
        hi += pad;
        double half = Math.min(14, Math.max(4, (W - PAD_L - PAD_R) / (double) (y1 - y0 + 1) / 3));
        Scale s = new Scale(y0, y1, lo, hi, half + 3);
        sb.append("<figure class=\"chart\" data-indicator=\"").append(esc(r0.indicatorId())).append("\">")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" role=\"img\">");
        sb.append("<text x=\"4\" y=\"14\" class=\"ttl\">").append(esc(r0.indicator()))
                .append(r0.unit().isEmpty() ? "" : " (" + esc(r0.unit()) + ")").append(' ')
                .append(esc(r0.direction() == Direction.HIGHER_BETTER ? "↑" : r0.direction() == Direction.NONE ? "" : "↓"))
                .append("</text>");
        // axes
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>",
                PAD_L, H - PAD_B, W - PAD_R, H - PAD_B));
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>",
                PAD_L, PAD_T, PAD_L, H - PAD_B));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"lbl\">%d</text>", PAD_L, H - 6, y0));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"lbl\" text-anchor=\"end\">%d</text>",
                W - PAD_R, H - 6, y1));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"lbl\" text-anchor=\"end\">%s</text>",
                PAD_L - 3, s.y(hi - pad) + 4, esc(compact(hi - pad))));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"lbl\" text-anchor=\"end\">%s</text>",
                PAD_L - 3, s.y(lo + pad) + 4, esc(compact(lo + pad))));
        for (PanelRow r : rows) {
            double x = s.x(r.year());
            Cell t = r.target();
            if (t != null) {
                String tip = esc(r.year() + " target " + Panel.describe(t.quantity()) + " — " + t.source());
                if (t.quantity().isRange()) {
                    double ya = s.y(t.high().doubleValue());
                    double yb = s.y(t.low().doubleValue());
                    sb.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"band\"><title>%s</title></rect>",
                            x - half, ya, 2 * half, Math.max(1.5, yb - ya), tip));
                } else {
                    double y = s.y(t.value().doubleValue());
                    sb.append(String.format(Locale.ROOT,
                            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"tgt\"><title>%s</title></line>",
                            x - half, y, x + half, y, tip));
                    String cmp = t.comparator();
                    if (cmp.equals("ge") || cmp.equals("gt")) {
                        sb.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l4 6 h-8 z\" class=\"cmp\"/>", x + half, y - 7));
                    } else if (cmp.equals("le") || cmp.equals("lt")) {
                        sb.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l4 -6 h-8 z\" class=\"cmp\"/>", x + half, y + 7));
                    }
                }
                if (r.targetStretch() != null) {
                    double y = s.y(r.targetStretch().doubleValue());
                    sb.append(String.format(Locale.ROOT,
                            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"str\"><title>%s</title></line>",
                            x - half, y, x + half, y, esc(r.year() + " 力争 " + PanelCsv.number(r.targetStretch()) + " — " + r.targetStretchSource())));
                }
            }
            Cell res = r.result();
            if (res != null && res.value() != null) {
                String cls = r.status() == Status.MET ? "met" : r.status() == Status.MISSED ? "missed" : "other";
                sb.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" class=\"%s%s\"><title>%s</title></circle>", x,
                        s.y(res.value().doubleValue()), cls, res.estimated() ? " est" : "",
                        esc(r.year() + " result " + Panel.describe(res.quantity()) + (res.estimated() ? " (预计)" : "")
                                + " — " + r.status().code() + " — " + res.source())));
            }
        }
        sb.append("</svg></figure>\n");
    }

    private static List<BigDecimal> values(PanelRow r) {
        List<BigDecimal> v = new ArrayList<>();
        for (Cell c : new Cell[] {r.target(), r.result()}) {
            if (c != null) {
                for (BigDecimal d : new BigDecimal[] {c.value(), c.low(), c.high()}) {
                    if (d != null) {
                        v.add(d);
                    }
                }
            }
        }
        if (r.targetStretch() != null) {
            v.add(r.targetStretch());
        }
        return v;
    }

    /** Years to x and values to y; {@code inset} keeps the marks of the first and last year inside the axes. */
    private record Scale(int y0, int y1, double lo, double hi, double inset) {
        double x(int year) {
            return PAD_L + inset + (W - PAD_L - PAD_R - 2 * inset) * (year - y0) / (double) (y1 - y0);
        }

        double y(double v) {
            return H - PAD_B - (H - PAD_B - PAD_T) * (v - lo) / (hi - lo);
        }
    }

    private static void table(StringBuilder sb, List<PanelRow> rows) {
        sb.append("<table class=\"panel\">\n<thead><tr><th>indicator</th><th>year</th><th>period</th><th>target</th>"
                + "<th>力争</th><th>result</th><th>status</th><th>gap</th><th>sources</th></tr></thead>\n<tbody>\n");
        for (PanelRow r : rows) {
            sb.append("<tr class=\"st-").append(r.status().code()).append("\"><td>").append(esc(r.indicator()))
                    .append(" <code>").append(esc(r.indicatorId())).append("</code></td><td>").append(r.year())
                    .append("</td><td>").append(r.period() == null ? "" : r.period().start() + "–" + r.period().end()
                            + " " + r.period().basis().code())
                    .append("</td><td>").append(r.target() == null ? "" : esc(Panel.describe(r.target().quantity())))
                    .append(r.targetRevised() == null ? "" : "<br><small>revised: "
                            + esc(Panel.describe(r.targetRevised().quantity())) + "</small>")
                    .append("</td><td>").append(r.targetStretch() == null ? "" : esc(PanelCsv.number(r.targetStretch())))
                    .append("</td><td>").append(r.result() == null ? "" : esc(Panel.describe(r.result().quantity()))
                            + (r.result().estimated() ? " (预计)" : ""))
                    .append(r.resultRevised() == null ? "" : "<br><small>revised: "
                            + esc(Panel.describe(r.resultRevised().quantity())) + "</small>")
                    .append("</td><td class=\"status\">").append(r.status().code()).append("</td><td>")
                    .append(r.gap() == null ? "" : esc(PanelCsv.number(r.gap()))).append("</td><td class=\"src\">");
            if (r.target() != null) {
                sb.append("T: ").append(esc(PanelCsv.sources(r.target()))).append("<br>");
            }
            if (r.result() != null) {
                sb.append("R: ").append(esc(PanelCsv.sources(r.result())));
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    /** 9000000 → 900万, 1.2E12 → 1.2万亿; small numbers as they are. */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e12) {
            return trim(v / 1e12) + "万亿";
        }
        if (a >= 1e8) {
            return trim(v / 1e8) + "亿";
        }
        if (a >= 1e4) {
            return trim(v / 1e4) + "万";
        }
        return trim(v);
    }

    private static String trim(double v) {
        return PanelCsv.number(BigDecimal.valueOf(v).setScale(Math.abs(v) >= 100 ? 0 : 1, java.math.RoundingMode.HALF_UP));
    }

    /** Escapes {@code & < > " '} for text and attribute values (Guava's HTML escaper); null as empty. */
    static String esc(String s) {
        return s == null ? "" : com.google.common.html.HtmlEscapers.htmlEscaper().escape(s);
    }

    private static final String CSS = """
            body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; margin: 1.5em; color: #222; }
            h1 { font-size: 1.4em; } h2 { font-size: 1.15em; border-bottom: 1px solid #ccc; margin-top: 1.6em; }
            h2 small { color: #777; font-weight: normal; }
            nav a { margin-right: .6em; } .summary { color: #444; }
            .charts { display: flex; flex-wrap: wrap; gap: 8px; }
            figure.chart { margin: 0; border: 1px solid #ddd; background: #fcfcfc; }
            .ttl { font-size: 11px; font-weight: bold; fill: #333; } .lbl { font-size: 9px; fill: #666; }
            .axis { stroke: #999; stroke-width: 1; }
            .band { fill: #9ec5ea; fill-opacity: .6; } .tgt { stroke: #1f5fa8; stroke-width: 2.5; }
            .cmp { fill: #1f5fa8; } .str { stroke: #1f5fa8; stroke-width: 1.5; stroke-dasharray: 3 2; }
            circle.met { fill: #2e8b3e; stroke: #2e8b3e; } circle.missed { fill: #c8322d; stroke: #c8322d; }
            circle.other { fill: #888; stroke: #888; } circle.est { fill: #fff; stroke-width: 2; }
            table.panel { border-collapse: collapse; margin-top: .8em; font-size: 12px; }
            table.panel th, table.panel td { border: 1px solid #ddd; padding: 2px 6px; vertical-align: top; }
            table.panel th { background: #f0f0f0; } td.src { font-size: 10px; color: #666; word-break: break-all; max-width: 28em; }
            tr.st-met td.status { color: #2e8b3e; font-weight: bold; } tr.st-missed td.status { color: #c8322d; font-weight: bold; }
            """;
}
