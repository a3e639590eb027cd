package io.github.workreport.extractors;

import io.github.workreport.GlossaryEntry;
import io.github.workreport.extractors.internal.GlossaryHeadings;
import io.github.workreport.spi.Extractor;
import io.github.workreport.spi.Findings;
import io.github.workreport.spi.ReportContext;
import io.github.workreport.spi.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the terms a report explains: the entries of a 名词解释 / 注释 / 附注 attachment
 * ({@code [1]一降三减:…}, {@code 1.…}) and runs of footnotes after the closing
 * ({@code ①“四上”企业:…}, including markers lost as {@code ?}). Each entry keeps its marker, so
 * inline markers such as {@code ［1］} in the body link to their notes.
 */
public final class GlossaryExtractor implements Extractor {

    /** The name this extractor registers under. */
    public static final String NAME = "glossary";

    private static final int MAX_TERM = 40;
    private static final int MIN_FOOTNOTE_RUN = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(GlossaryEntry.class);
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Findings extract(ReportContext ctx) {
        String text = ctx.text();
        List<TextRange> lines = ctx.lines();
        Findings.Builder b = Findings.builder();
        boolean[] used = new boolean[lines.size()];
        // 1. attachments headed 名词解释 / 注释
        for (int i = 0; i < lines.size(); i++) {
            if (GlossaryHeadings.is(text, lines.get(i))) {
                attachment(ctx, i, used, b);
            }
        }
        // 2. runs of footnotes marked ① … ⑳ (or ? where the marker was lost)
        footnoteRuns(ctx, used, b);
        Findings f = b.build();
        List<GlossaryEntry> entries = new ArrayList<>(f.get(GlossaryEntry.class));
        entries.sort((x, y) -> x.span().compareTo(y.span()));
        return new Findings(new ArrayList<>(linkInlineMarkers(ctx, entries)), f.warnings());
    }

    /** Adds the entries of the glossary attachment headed by line {@code heading}, marking their lines used. */
    private static void attachment(ReportContext ctx, int heading, boolean[] used, Findings.Builder b) {
        String text = ctx.text();
        List<TextRange> lines = ctx.lines();
        int misses = 0;
        GlossaryEntry open = null; // an entry whose definition goes on over the next lines
        int openFrom = -1;
        boolean openBracketed = false;
        for (int j = heading + 1; j < lines.size() && misses < 2; j++) {
            TextRange l = lines.get(j);
            String c = text.substring(l.start(), l.end()).strip();
            if (c.startsWith("附件") || GlossaryHeadings.is(text, l)) {
                break;
            }
            String bracketed = bracketedTerm(c);
            GlossaryEntry e = bracketed != null ? new GlossaryEntry("", bracketed, "", ctx.span(l.start(), l.end())) : entry(ctx, l, false);
            boolean underBracketed = open != null && openBracketed && bracketed == null && !c.isEmpty();
            if (underBracketed || e == null && open != null && markerEnd(text, l.start(), l.end(), false) == l.start()) {
                // 【零基预算】 on a line of its own: every line up to the next term explains it (1.健康财政:… too);
                // [1]一降三减: on one line, its explanation on the next
                String def = (open.definition() + c).strip();
                open = new GlossaryEntry(open.marker(), open.term(), def,
                        ctx.span(lines.get(openFrom).start(), l.end()));
                used[j] = true;
                continue;
            }
            if (open != null) {
                if (!open.definition().isEmpty()) {
                    b.add(open);
                }
                open = null;
            }
            if (e == null) {
                misses++;
                continue;
            }
            misses = 0;
            used[j] = true;
            open = e;
            openFrom = j;
            openBracketed = bracketed != null;
        }
        if (open != null && !open.definition().isEmpty()) {
            b.add(open);
        }
    }

    /** Adds the entries of every run of at least {@value #MIN_FOOTNOTE_RUN} footnote lines not used yet. */
    private static void footnoteRuns(ReportContext ctx, boolean[] used, Findings.Builder b) {
        String text = ctx.text();
        List<TextRange> lines = ctx.lines();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && !used[j] && footnoteMarker(text, lines.get(j)) && entry(ctx, lines.get(j), true) != null) {
                j++;
            }
            if (j - i >= MIN_FOOTNOTE_RUN) {
                for (int k = i; k < j; k++) {
                    b.add(entry(ctx, lines.get(k), true));
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * Links bracketed inline markers in the body (［1］, [1], and ① where the notes use circled
     * markers) to the entries with the same marker, before the first entry.
     */
    private static List<GlossaryEntry> linkInlineMarkers(ReportContext ctx, List<GlossaryEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        String text = ctx.text();
        int bodyEnd = ctx.range().end();
        java.util.Map<String, List<io.github.workreport.Span>> refs = new java.util.HashMap<>();
        int firstEntry = Integer.MAX_VALUE;
        for (GlossaryEntry e : entries) {
            refs.putIfAbsent(e.marker(), new ArrayList<>());
        }
        // the entries' own lines are not references: stop at the first entry line
        int firstStart = entries.get(0).span().start();
        for (TextRange l : ctx.lines()) {
            if (ctx.span(l.start(), l.end()).start() >= firstStart) {
                firstEntry = l.start();
                break;
            }
        }
        int end = Math.min(bodyEnd, firstEntry);
        for (int i = ctx.range().start(); i < end; i++) {
            char c = text.charAt(i);
            String marker = null;
            int close = i;
            if (c == '[' || c == '［') {
                int q = i + 1;
                while (q < end && q - i <= 3 && Character.isDigit(text.charAt(q))) {
                    q++;
                }
                if (q > i + 1 && q < end && (text.charAt(q) == ']' || text.charAt(q) == '］')) {
                    marker = text.substring(i + 1, q);
                    close = q;
                }
            } else if (c >= '\u2460' && c <= '\u2473') {
                marker = String.valueOf(c);
            }
            if (marker != null) {
                List<io.github.workreport.Span> list = refs.get(marker);
                if (list != null) {
                    list.add(ctx.span(i, close + 1));
                }
                i = close;
            }
        }
        List<GlossaryEntry> out = new ArrayList<>(entries.size());
        for (GlossaryEntry e : entries) {
            List<io.github.workreport.Span> r = refs.get(e.marker());
            out.add(r == null || r.isEmpty() ? e : new GlossaryEntry(e.marker(), e.term(), e.definition(), e.span(), r));
        }
        return out;
    }

    private static boolean footnoteMarker(String text, TextRange l) {
        char c = text.charAt(l.start());
        return (c >= '\u2460' && c <= '\u2473') || c == '?';
    }

    /** An entry "marker term:definition" on one line, or null. */
    private static GlossaryEntry entry(ReportContext ctx, TextRange l, boolean footnote) {
        String text = ctx.text();
        int p = l.start();
        int end = l.end();
        int markerEnd = markerEnd(text, p, end, footnote);
        String marker = text.substring(p, markerEnd).replaceAll("[\\[\\]().、\\s]", "");
        int colon = -1;
        for (int k = markerEnd; k < Math.min(end, markerEnd + MAX_TERM + 2); k++) {
            char c = text.charAt(k);
            if (c == ':') {
                colon = k;
                break;
            }
            if (c == '。') {
                colon = markerEnd > p && termThenDefinition(text, markerEnd, k, end) ? k : -1;
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        String term = text.substring(markerEnd, colon).strip();
        term = term.replace("“", "").replace("”", "").replace("\"", "").strip();
        String definition = text.substring(colon + 1, end).strip();
        if (term.isEmpty() || (definition.isEmpty() && (footnote || markerEnd == p))) {
            return null;
        }
        return new GlossaryEntry(marker, term, definition, ctx.span(l.start(), l.end()));
    }

    /**
     * Whether a numbered line reads term。definition (2.全口径税收。全口径税收是指…, 6.“三保”。指保基本民生…): the
     * sentence after the full stop names the term again or opens with 指.
     */
    private static boolean termThenDefinition(String text, int termStart, int stop, int end) {
        String term = text.substring(termStart, stop).replace("“", "").replace("”", "").strip();
        int d = stop + 1;
        return term.length() >= 2 && d < end && (text.charAt(d) == '指' || text.startsWith(term, d)
                || text.charAt(d) == '“' && text.startsWith(term, d + 1));
    }

    /** The term of a line that is a term in 【】 alone (【零基预算】), or null. */
    private static String bracketedTerm(String c) {
        if (c.length() < 4 || c.length() > MAX_TERM + 2 || c.charAt(0) != '【' || c.charAt(c.length() - 1) != '】'
                || c.indexOf('】') != c.length() - 1) {
            return null;
        }
        String term = c.substring(1, c.length() - 1).replace("“", "").replace("”", "").strip();
        return term.length() >= 2 ? term : null;
    }

    private static int markerEnd(String text, int p, int end, boolean footnote) {
        char c = text.charAt(p);
        if ((c >= '\u2460' && c <= '\u2473') || c == '?') {
            int q = p + 1;
            while (q < end && text.charAt(q) == ' ') {
                q++;
            }
            return q;
        }
        if (footnote) {
            return p;
        }
        if (c == '[' || c == '(') {
            int q = p + 1;
            while (q < end && q - p <= 4 && Character.isDigit(text.charAt(q))) {
                q++;
            }
            if (q > p + 1 && q < end && "])".indexOf(text.charAt(q)) >= 0) {
                return q + 1;
            }
            return p;
        }
        int q = p;
        while (q < end && q - p <= 3 && (Character.isDigit(text.charAt(q)))) {
            q++;
        }
        if (q > p && q < end && ".、．".indexOf(text.charAt(q)) >= 0) {
            return q + 1;
        }
        return p;
    }
}
