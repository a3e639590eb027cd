package io.github.workreport.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Figure;
import io.github.workreport.Noise;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.Span;
import io.github.workreport.spi.ExtractedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.parser.Parser;

/** Spans of HTML input lead back into the page source, in order, for any mix of markup. */
class HtmlSpanProperties {

    private static final String[] OPEN = {"<p>", "<div>", "<span>", "<b>", "<li>", "<td>", "<h2>", "<center>"};
    private static final String[] CLOSE = {"</p>", "</div>", "</span>", "</b>", "</li>", "</td>", "</h2>", "</center>"};
    private static final String[] BITS = {"<br>", "<br/>", "&amp;", "&nbsp;", "&#20013;", "&lt;", "&emsp;",
        "<!-- 注释 -->", "<script>var x = '增长9%';</script>", "\n  ", "\r\n", "&unknown;", "&amp", "<img src=x>"};

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> text = Arbitraries.of(Docs.BODY.toArray(new String[0]));
        Arbitrary<String> bit = Arbitraries.of(BITS);
        Arbitrary<String> piece = Arbitraries.oneOf(text, bit, Arbitraries.integers().between(0, OPEN.length - 1)
                .map(i -> OPEN[i]), Arbitraries.integers().between(0, CLOSE.length - 1).map(i -> CLOSE[i]));
        return piece.list().ofMinSize(1).ofMaxSize(40).map(l -> "<html><body><h1>" + Docs.TITLE + "</h1>"
                + String.join("", l) + "</body></html>");
    }

    @Property(tries = 150)
    void read_mapLeadsBackIntoTheSourceInOrder(@ForAll("pages") String html) {
        ExtractedText x = new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertEquals(html, x.original());
        int last = 0;
        for (int i = 0; i < x.text().length(); i++) {
            int s = x.map().toInputStart(i);
            int e = x.map().toInputEnd(i + 1);
            assertTrue(0 <= s && s <= e && e <= html.length(), i + ": [" + s + ", " + e + ")");
            assertTrue(s >= last, "offsets go back at " + i);
            last = s;
            char c = x.text().charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                // the start is exact; the end of an entity may reach into the markup after it
                String src = html.substring(s, e);
                String shown = Parser.unescapeEntities(src.replaceAll("<[^<>]*>", ""), false);
                assertTrue(src.equals(String.valueOf(c)) || src.startsWith("&")
                        && (src.equals("&") || shown.startsWith(String.valueOf(c))), "'" + c + "' maps to '" + src + "'");
            }
        }
    }

    @Property(tries = 60)
    void parse_everySpanLiesInTheSourceAndNoiseIsDisjoint(@ForAll("pages") String html) {
        ReportFile f = ReportParser.defaults().parseAll(html.getBytes(StandardCharsets.UTF_8), "p.html");
        int len = html.length();
        int reach = 0;
        for (Noise n : f.noise()) {
            assertTrue(n.span().start() >= reach && n.span().end() <= len, n.toString());
            reach = n.span().end();
        }
        for (Report r : f.reports()) {
            assertTrue(r.span().end() <= len);
            List<Figure> all = new ArrayList<>(r.targets());
            all.addAll(r.achievements());
            for (Figure x : all) {
                Span s = x.span();
                assertTrue(r.span().contains(s) || s.end() <= len, s + " outside " + r.span());
            }
        }
    }
}
