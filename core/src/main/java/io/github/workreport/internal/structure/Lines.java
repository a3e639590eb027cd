package io.github.workreport.internal.structure;

import java.util.ArrayList;
import java.util.List;

/** Splits normalized text into lines. */
final class Lines {

    private Lines() {
    }

    static List<Line> of(String text, int from, int to) {
        List<Line> out = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 || nl >= to ? to : nl;
            int cs = pos;
            while (cs < end && isSpace(text.charAt(cs))) {
                cs++;
            }
            int ce = end;
            while (ce > cs && isSpace(text.charAt(ce - 1))) {
                ce--;
            }
            out.add(new Line(out.size(), pos, end, cs, ce));
            pos = end + 1;
        }
        return out;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\f' || c == '\r' || c == '\u000B';
    }
}
