package io.github.workreport.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Figure;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.text.Utf16;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ItemsCsvProperties {

    /** Text full of what CSV must quote (commas, quotes, CR, LF), of spaces and Chinese punctuation. */
    @Provide
    Arbitrary<String> awkward() {
        return Arbitraries.strings()
                .withChars(',', '"', '\r', '\n', ' ', '\t', '#', '%', '，', '“', '”', '地', '区', 'a', '5')
                .withCharRange('\u0000', '\u00ff')
                .ofMaxLength(40);
    }

    @Property
    void writeFailure_anyText_roundTripsThroughJacksonReader(@ForAll("awkward") String source,
            @ForAll("awkward") String error) throws IOException {
        StringWriter w = new StringWriter();
        try (ItemsCsv csv = ItemsCsv.to(w)) {
            csv.writeHeader();
            csv.writeFailure(source, error);
        }
        List<List<String>> rows = ItemsCsvTest.read(w.toString());
        assertEquals(2, rows.size(), w.toString());
        List<String> row = rows.get(1);
        assertEquals(ItemsCsv.COLUMNS.size(), row.size());
        assertEquals(source, row.get(ItemsCsv.COLUMNS.indexOf("file")));
        assertEquals(error, row.get(ItemsCsv.COLUMNS.indexOf("text")));
        assertEquals("error", row.get(ItemsCsv.COLUMNS.indexOf("item")));
    }

    @Property(tries = 50)
    void writeRows_itemTextWithAwkwardCharacters_roundTrips(@ForAll("awkward") String middle) throws IOException {
        // an item sentence carrying the awkward text, parsed for real: what the CSV holds is what the item holds
        String report = String.join("\n", "2025年青川市政府工作报告", "各位代表：", "二、2025年工作安排",
                "今年主要预期目标是：地区生产总值增长5.5%左右，" + middle.replace('\r', ' ').replace('\n', ' ')
                        + "，规模以上工业增加值增长6%以上。");
        ReportFile f = ReportParser.defaults().parseAll(report);
        StringWriter w = new StringWriter();
        int n;
        try (ItemsCsv csv = ItemsCsv.to(w)) {
            n = csv.writeRows(f);
        }
        List<List<String>> rows = w.toString().isEmpty() ? List.of() : ItemsCsvTest.read(w.toString());
        assertEquals(n, rows.size());
        assertTrue(n > 0, "the growth target is found");
        int i = 0;
        for (Report r : f.reports()) {
            List<Figure> items = new ArrayList<>(r.targets());
            items.addAll(r.achievements());
            for (Figure x : items) {
                assertEquals(Utf16.wellFormed(x.text()), rows.get(i++).get(ItemsCsv.COLUMNS.indexOf("text")));
            }
        }
    }
}
