package io.github.workreport.internal.structure;

import io.github.workreport.Enumeration;
import io.github.workreport.Warning;
import io.github.workreport.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/** Finds 一是/二是 enumerations inside paragraphs. Linear in the text. */
final class Enumerations {

    final List<Enumeration> items = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();

    private Enumerations() {
    }

    static Enumerations find(NormalizedText nt, List<Line> lines, int fromLine, int toLine) {
        Enumerations e = new Enumerations();
        String text = nt.text();
        for (int li = fromLine; li < toLine; li++) {
            Line l = lines.get(li);
            if (l.isBlank()) {
                continue;
            }
            List<int[]> starts = new ArrayList<>(); // {start, value, ordinalEnd}
            int expected = 1;
            for (int i = l.contentStart(); i + 1 < l.contentEnd(); i++) {
                char c = text.charAt(i);
                boolean boundary = i == l.contentStart() || "。;；:：,，!！".indexOf(text.charAt(i - 1)) >= 0;
                if (!boundary) {
                    continue;
                }
                int v = Numerals.digit(c);
                int q = i + 1;
                if (c == '十') {
                    v = 10;
                } else if (v < 1) {
                    if (c == '是' && expected > 1 && !starts.isEmpty() && text.charAt(i - 1) == '。') {
                        e.warnings.add(new Warning("enumeration-ordinal-missing", "a sentence starts with 是 where "
                                + expected + "是 was expected", nt.toOriginal(i, Math.min(i + 10, l.contentEnd()))));
                        starts.add(new int[] {i, expected, i + 1});
                        expected++;
                    }
                    continue;
                }
                if (q < l.contentEnd() && text.charAt(q) == '是' && v == expected) {
                    starts.add(new int[] {i, v, q + 1});
                    expected++;
                }
            }
            if (starts.size() < 2) {
                continue;
            }
            for (int k = 0; k < starts.size(); k++) {
                int s = starts.get(k)[0];
                int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : l.contentEnd();
                String ord = text.substring(s, starts.get(k)[2]);
                e.items.add(new Enumeration(ord, text.substring(s, end), nt.toOriginal(s, end)));
            }
        }
        return e;
    }
}
