package io.github.workreport.evaluation;

import io.github.workreport.ReportFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores parsed reports against gold files, with exactly the rules of {@code ../shared/tools/evaluate.py} (the
 * extraction spec, section 3): reports paired by region then order; a gold item found when an extracted item of the
 * same kind has the same comparator, the same value (relative tolerance 1e-6; low and high for a range; none for a
 * qualitative item) and a matching indicator (one normalized name inside the other, at least two characters each,
 * or the same non-null {@code indicatorId}); precision over the extracted items whose span overlaps a gold scope;
 * measure, unit, year, estimated and period accuracy over the matched items; metadata field by field; level-1
 * sections in order with their number of children; report counts; glossary counts.
 *
 * <p>An evaluator accumulates files: call {@link #add(GoldFile, String, ReportFile)} once per gold file (or
 * {@link #addJson}, {@link #addCrash}), then {@link #scores()}. Not thread-safe.
 *
 * <pre>{@code
 * GoldFile gold = GoldFile.read(Path.of("gold/my-report.json"));
 * Path root = Evaluator.defaultRoot(Path.of("gold"));
 * ReportFile parsed = ReportParser.defaults().parseAll(gold.source(root));
 * Scores s = Evaluator.score(gold, root, parsed);
 * System.out.println(s.summary(15));
 * }</pre>
 */
public final class Evaluator {

    /** The two kinds of items, in the order the summary lists them. */
    public static final List<String> KINDS = List.of("targets", "achievements");

    /** The metadata fields scored, where the gold states them. */
    public static final List<String> META_FIELDS = List.of("region", "level", "year", "kind", "date");

    private final Tally[] tallies = {new Tally(), new Tally()};
    private int files;
    private int metaOk;
    private int metaN;
    private int secOk;
    private int secN;
    private int repOk;
    private int glossOk;
    private int glossN;
    private double seconds;
    private final List<String> crashes = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();

    /** An evaluator with nothing scored yet. */
    public Evaluator() {
    }

    /** Counts of one kind. */
    static final class Tally {
        int found;
        int gold;
        int hits;
        int inScope;
        int measureOk;
        int unitOk;
        int yearOk;
        int estimatedOk;
        int matched;
        int periodOk;
        int periodN;
    }

    // ---- the public entry points

    /** The gold files of a folder, as {@code evaluate.py} takes them: names ending in {@code .json}, sorted. */
    public static List<Path> goldFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted((a, b) -> compareCodePoints(a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
        }
    }

    /** The folder gold {@code doc} paths are relative to when none is given: the gold folder's grandparent. */
    public static Path defaultRoot(Path goldDir) {
        return goldDir.toAbsolutePath().resolve("..").resolve("..").normalize();
    }

    /** Scores one parsed file against one gold file whose document lies under {@code root}. */
    public static Scores score(GoldFile gold, Path root, ReportFile parsed) throws IOException {
        Evaluator e = new Evaluator();
        e.add(gold, gold.text(root), parsed);
        return e.scores();
    }

    /** Scores one parsed file against a gold JSON file whose document lies under {@code root}. */
    public static Scores score(Path goldFile, Path root, ReportFile parsed) throws IOException {
        return score(GoldFile.read(goldFile), root, parsed);
    }

    /**
     * Adds one file: its gold, the document's text as {@link GoldFile#text(Path)} decodes it (scopes are looked up
     * in it) and what the parser made of the document.
     *
     * @throws GoldException when a scope is not a substring of {@code text} (nothing of the file is counted then)
     */
    public void add(GoldFile gold, String text, ReportFile parsed) {
        addJson(gold, text, SpecJson.of(parsed));
    }

    /**
     * Adds one file whose parse output is given as JSON values (a {@code Map} as Jackson reads the spec's JSON
     * document into {@code Object.class}), as {@code evaluate.py --json-dir} reads them.
     */
    public void addJson(GoldFile gold, String text, Map<String, Object> output) {
        Object reports = output == null ? null : output.get("reports");
        score(gold, text, Py.truthy(reports) ? list(reports) : List.of());
    }

    /** Adds a file the parser failed on: it scores zero throughout, and the crash is listed. */
    public void addCrash(GoldFile gold, String text, String message) {
        crashes.add(gold.doc() + ": " + message);
        score(gold, text, List.of());
    }

    /** Adds time spent parsing, for the summary's first line. */
    public void addSeconds(double s) {
        seconds += s;
    }

    /** The figures so far. */
    public Scores scores() {
        List<Scores.KindScores> kinds = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Tally t = tallies[k];
            kinds.add(new Scores.KindScores(KINDS.get(k), t.gold, t.found, t.inScope, t.hits, t.matched, t.measureOk,
                    t.unitOk, t.yearOk, t.estimatedOk, t.periodOk, t.periodN));
        }
        return new Scores(files, crashes, seconds, kinds.get(0), kinds.get(1), metaOk, metaN, secOk, secN, repOk,
                glossOk, glossN, misses);
    }

    // ---- the port of evaluate.py's main loop, one file

    private void score(GoldFile gold, String text, List<Object> reports) {
        // scopes first: a scope not found stops the evaluation, as evaluate.py exits 2, before anything is counted
        List<Object> goldReports = gold.reports();
        List<List<int[]>> scopes = new ArrayList<>();
        for (Object g : goldReports) {
            for (String kind : KINDS) {
                scopes.add(scopes(gold, text, map(g), kind));
            }
        }
        files++;
        String doc = gold.doc();
        repOk += reports.size() == goldReports.size() ? 1 : 0;
        List<Object[]> pairs = pairReports(goldReports, reports);
        for (int p = 0; p < pairs.size(); p++) {
            Map<String, Object> g = map(pairs.get(p)[0]);
            Map<String, Object> r = map(pairs.get(p)[1]);
            Map<String, Object> gm = map(g.get("metadata"));
            for (String field : META_FIELDS) {
                if (gm.containsKey(field)) {
                    metaN++;
                    Object want = gm.get(field);
                    Object got = orEmpty(r.get("metadata")).get(field);
                    boolean ok = want instanceof String ? Py.norm(want).equals(Py.norm(got)) : Py.eq(want, got);
                    metaOk += ok ? 1 : 0;
                    if (!ok) {
                        misses.add(doc + ": metadata " + field + ": want " + Py.repr(want) + ", got " + Py.repr(got));
                    }
                }
            }
            if (g.containsKey("sections")) {
                List<Object> want = list(g.get("sections"));
                List<Object> got = Py.truthy(r.get("sections")) ? list(r.get("sections")) : List.of();
                secN += want.size() * 2;
                for (int i = 0; i < want.size(); i++) {
                    Map<String, Object> w = map(want.get(i));
                    Map<String, Object> e = i < got.size() ? map(got.get(i)) : Map.of();
                    boolean head = Py.norm(required(w, "number")).equals(Py.norm(e.get("number")))
                            && Py.norm(required(w, "title")).equals(Py.norm(e.get("title")));
                    secOk += head ? 1 : 0;
                    if (head) {
                        int children = Py.truthy(e.get("children")) ? size(e.get("children")) : 0;
                        secOk += Py.eq(children, w.containsKey("children") ? w.get("children") : 0) ? 1 : 0;
                    } else {
                        misses.add(doc + ": section " + Py.str(w.get("number")) + " " + Py.repr(w.get("title"))
                                + " vs " + Py.repr(e.get("number")) + " " + Py.repr(e.get("title")));
                    }
                }
                secN += Math.max(0, got.size() - want.size()); // extra level-1 sections count against
            }
            if (g.containsKey("glossary")) {
                glossN++;
                int n = Py.truthy(r.get("glossary")) ? size(r.get("glossary")) : 0;
                glossOk += Py.eq(n, g.get("glossary")) ? 1 : 0;
            }
            for (int k = 0; k < 2; k++) {
                scoreItems(KINDS.get(k), g, pairs.get(p)[1] == null ? null : r, scopes.get(p * 2 + k), tallies[k],
                        doc);
            }
        }
    }

    /** The UTF-16 spans of a gold report's scopes of one kind: the first occurrence of each in the text. */
    private static List<int[]> scopes(GoldFile gold, String text, Map<String, Object> g, String kind) {
        List<int[]> out = new ArrayList<>();
        Object s = orEmpty(g.get("scopes")).get(kind);
        if (s == null) {
            return out;
        }
        for (Object scope : list(s)) {
            String sc = Py.str(scope);
            int at = text.indexOf(sc);
            if (at < 0) {
                throw new GoldException("gold " + gold.name() + ": scope not found in " + gold.doc() + ": "
                        + Py.prefix(sc, 40));
            }
            out.add(new int[] {at, at + sc.length()});
        }
        return out;
    }

    /** {@code pair_reports}: gold reports with extracted ones, by region first, then by order. */
    static List<Object[]> pairReports(List<Object> goldReports, List<Object> reports) {
        List<Object[]> pairs = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int gi = 0; gi < goldReports.size(); gi++) {
            Object g = goldReports.get(gi);
            String region = Py.norm(orEmpty(map(g).get("metadata")).get("region"));
            Integer hit = null;
            for (int ri = 0; ri < reports.size(); ri++) {
                if (!used.contains(ri) && !region.isEmpty()
                        && Py.norm(orEmpty(map(reports.get(ri)).get("metadata")).get("region")).equals(region)) {
                    hit = ri;
                    break;
                }
            }
            if (hit == null && gi < reports.size() && !used.contains(gi)) {
                hit = gi;
            }
            if (hit != null) {
                used.add(hit);
            }
            pairs.add(new Object[] {g, hit == null ? null : reports.get(hit)});
        }
        return pairs;
    }

    /** {@code score_items}: recall over the gold items, precision over the extracted items inside a scope. */
    private void scoreItems(String kind, Map<String, Object> goldReport, Map<String, Object> report, List<int[]> scopes,
            Tally tally, String doc) {
        Object gi = goldReport.get(kind);
        List<Object> goldItems = Py.truthy(gi) ? list(gi) : List.of();
        Object planYear = orEmpty(goldReport.get("metadata")).get("year");
        Object defaultYear = planYear == null ? null : Py.minus(planYear, kind.equals("achievements") ? 1 : 0);
        Object ri = report == null ? null : report.get(kind);
        List<Object> items = Py.truthy(ri) ? list(ri) : List.of();
        String one = kind.substring(0, kind.length() - 1);
        Set<Integer> taken = new HashSet<>();
        for (Object go : goldItems) {
            Map<String, Object> g = map(go);
            tally.gold++;
            boolean found = false;
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> it = map(items.get(i));
                if (!taken.contains(i) && itemMatch(g, it)) {
                    taken.add(i);
                    tally.found++;
                    tally.matched++;
                    tally.measureOk += Py.eq(it.get("measure"), g.get("measure")) ? 1 : 0;
                    tally.unitOk += Py.eq(g.get("measure"), "qualitative")
                            || Py.norm(it.get("unit")).equals(Py.norm(g.get("unit"))) ? 1 : 0;
                    tally.yearOk += Py.eq(it.get("year"), g.containsKey("year") ? g.get("year") : defaultYear) ? 1 : 0;
                    tally.estimatedOk += Py.truthy(it.get("estimated")) == Py.truthy(g.get("estimated")) ? 1 : 0;
                    if (g.containsKey("period")) { // scored only where the gold states it (null for one year)
                        tally.periodN++;
                        tally.periodOk += Py.eq(periodKey(it.get("period")), periodKey(g.get("period"))) ? 1 : 0;
                    }
                    found = true;
                    break;
                }
            }
            if (!found) {
                Object value = g.containsKey("value") ? g.get("value")
                        : java.util.Arrays.asList(g.get("low"), g.get("high"));
                misses.add(doc + ": missed " + one + " " + Py.str(g.get("indicator")) + " " + Py.str(g.get("comparator"))
                        + " " + Py.str(value) + " " + Py.str(g.get("unit")));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> it = map(items.get(i));
            BigInteger[] sp = spanOf(it);
            if (sp == null || !overlapsAny(sp, scopes)) {
                continue;
            }
            tally.inScope++;
            if (taken.contains(i)) {
                tally.hits++;
            } else {
                misses.add(doc + ": extra " + one + " in scope: " + Py.str(it.get("indicator")) + " "
                        + Py.str(it.get("comparator")) + " " + Py.str(it.get("value")) + " " + Py.str(it.get("unit"))
                        + " «" + Py.str(it.get("text")) + "»");
            }
        }
    }

    private static boolean overlapsAny(BigInteger[] sp, List<int[]> scopes) {
        for (int[] s : scopes) {
            if (sp[0].compareTo(BigInteger.valueOf(s[1])) < 0 && BigInteger.valueOf(s[0]).compareTo(sp[1]) < 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code item_match}. */
    static boolean itemMatch(Map<String, Object> gold, Map<String, Object> item) {
        if (Py.eq(gold.get("measure"), "qualitative")) {
            if (item.get("value") != null || item.get("low") != null) {
                return false;
            }
            return Py.eq(item.get("measure"), "qualitative") && indicatorMatch(gold, item);
        }
        if (!Py.eq(Py.orNone(gold.get("comparator")), Py.orNone(item.get("comparator")))) {
            return false;
        }
        if (Py.eq(gold.get("comparator"), "range")) {
            if (!(close(gold.get("low"), item.get("low")) && close(gold.get("high"), item.get("high")))) {
                return false;
            }
        } else if (!close(gold.get("value"), item.get("value"))) {
            return false;
        }
        return indicatorMatch(gold, item);
    }

    /** {@code indicator_match}. */
    static boolean indicatorMatch(Map<String, Object> gold, Map<String, Object> item) {
        String g = Py.norm(gold.get("indicator"));
        String e = Py.norm(item.get("indicator"));
        if (Py.len(g) >= 2 && Py.len(e) >= 2 && (e.contains(g) || g.contains(e))) {
            return true;
        }
        Object gid = gold.get("indicatorId");
        return gid != null && Py.eq(gid, item.get("indicatorId"));
    }

    /** {@code close}: both null, or both numbers within a relative 1e-6 of the second (at least 1e-6). */
    static boolean close(Object a, Object b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        Double fa = Py.toFloat(a);
        Double fb = Py.toFloat(b);
        if (fa == null || fb == null) {
            return false;
        }
        return Math.abs(fa - fb) <= 1e-6 * Math.max(1.0, Math.abs(fb));
    }

    /** {@code period_key}: (start, end, basis), or null for anything but an object. */
    static List<Object> periodKey(Object p) {
        if (!(p instanceof Map<?, ?> m)) {
            return null;
        }
        return java.util.Arrays.asList(m.get("start"), m.get("end"), m.get("basis"));
    }

    /** {@code span_of}: the item's (start, end) as integers, or null when it has none. */
    static BigInteger[] spanOf(Map<String, Object> item) {
        Object sp = item.get("span");
        if (!Py.truthy(sp)) {
            return null;
        }
        if (!(sp instanceof Map<?, ?> m) || !m.containsKey("start") || !m.containsKey("end")) {
            return null; // KeyError, TypeError
        }
        BigInteger s = Py.toInt(m.get("start"));
        BigInteger e = s == null ? null : Py.toInt(m.get("end"));
        return s == null || e == null ? null : new BigInteger[] {s, e};
    }

    // ---- JSON access as evaluate.py does it

    private static Object required(Map<String, Object> m, String key) {
        if (!m.containsKey(key)) {
            throw new GoldException("gold section without '" + key + "': " + Py.repr(m));
        }
        return m.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (o == null) {
            return Map.of();
        }
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new GoldException("an object was expected, not " + Py.typeName(o) + ": " + Py.prefix(Py.repr(o), 80));
    }

    /** {@code (x or {})}. */
    private static Map<String, Object> orEmpty(Object o) {
        return Py.truthy(o) ? map(o) : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new GoldException("a list was expected, not " + Py.typeName(o) + ": " + Py.prefix(Py.repr(o), 80));
    }

    private static int size(Object o) {
        if (o instanceof List<?> l) {
            return l.size();
        }
        if (o instanceof Map<?, ?> m) {
            return m.size();
        }
        if (o instanceof String s) {
            return Py.len(s);
        }
        throw new GoldException("object of type '" + Py.typeName(o) + "' has no len()");
    }

    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
