package io.github.workreport.internal.text;

import io.github.workreport.Span;
import io.github.workreport.Warning;
import io.github.workreport.text.Filtered;
import io.github.workreport.text.OffsetMap;
import io.github.workreport.text.TextFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Step {@code redaction}: masked political words of reposted reports restored
 * ({@code X的二十大 → 党的二十大}, {@code 全面从严治X → 全面从严治党}, {@code 中央XXXX精神 →
 * 中央八项规定精神}), each with a {@value #CODE} warning whose span is the masked stretch.
 *
 * <p>The knowledge is the table {@code redactions.tsv} ({@link RedactionTable}): only a whole
 * masked form with its unmasked context is restored, never a bare mask. Matching is literal, longest
 * match left to right, in one pass; a form may span a hard line wrap or letter spacing. Only the
 * masked characters of a match are replaced; when a row keeps its length (all rows of the default
 * table do) the offset map stays the identity, otherwise the stretch is one {@code replace}. The
 * table is read on the first {@link #apply(String)} of a text holding a mask character or a Latin
 * letter, not when the filter is made. Immutable and thread-safe; idempotent, since a restored form
 * holds no mask and a match never extends a run of masks.
 */
public final class RedactionFilter implements TextFilter {

    /** The code of the warning for each restoration. */
    public static final String CODE = "redaction-restored";

    private final RedactionTable table; // null: the default table, read on first use

    /** A filter over the default table. */
    public RedactionFilter() {
        this.table = null;
    }

    /** A filter over {@code table}. */
    RedactionFilter(RedactionTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public String name() {
        return "redaction";
    }

    @Override
    public Filtered apply(String input) {
        RedactionTable t = table == null ? RedactionTable.defaults() : table;
        List<RedactionTable.Match> matches = t.find(input);
        if (matches.isEmpty()) {
            return Filtered.unchanged(input);
        }
        // equal-length stretches are written into a copy character by character (a form may span a
        // line break); a stretch of another length is one replace, only where it is contiguous
        char[] cs = input.toCharArray();
        List<int[]> resized = new ArrayList<>(); // {from, to, match index}
        List<Warning> warnings = new ArrayList<>(matches.size());
        for (int mi = 0; mi < matches.size(); mi++) {
            RedactionTable.Match m = matches.get(mi);
            String masked = m.row().masked();
            String restored = m.row().restored();
            int[] pos = m.positions();
            int[] d = RedactionTable.changed(masked, restored);
            int first;
            int last;
            if (masked.length() == restored.length()) {
                first = -1;
                last = -1;
                for (int p = d[0]; p < d[1]; p++) {
                    if (input.charAt(pos[p]) != restored.charAt(p)) {
                        cs[pos[p]] = restored.charAt(p);
                        first = first < 0 ? pos[p] : first;
                        last = pos[p] + 1;
                    }
                }
                if (first < 0) {
                    continue; // cannot happen: a masked stretch always holds a mask
                }
            } else {
                first = pos[d[0]];
                last = pos[d[1] - 1] + 1;
                if (last - first != d[1] - d[0]) {
                    continue; // a gap inside a stretch that changes length: left alone
                }
                resized.add(new int[] {first, last, mi});
            }
            warnings.add(new Warning(CODE, "masked '" + input.substring(first, last) + "' restored: '"
                    + input.substring(m.start(), m.end()) + "' read as '" + restored + "' (" + t.source() + ":"
                    + m.row().line() + ")", new Span(first, last)));
        }
        if (warnings.isEmpty()) {
            return Filtered.unchanged(input);
        }
        if (resized.isEmpty()) {
            return new Filtered(new String(cs), OffsetMap.identity(input.length()), List.of(), warnings);
        }
        StringBuilder out = new StringBuilder(input.length() + 8);
        OffsetMap.Builder map = OffsetMap.builder();
        int copied = 0;
        for (int[] r : resized) {
            RedactionTable.Match m = matches.get(r[2]);
            String masked = m.row().masked();
            String restored = m.row().restored();
            int[] d = RedactionTable.changed(masked, restored);
            int outLen = d[1] - d[0] + restored.length() - masked.length();
            out.append(cs, copied, r[0] - copied);
            map.copy(r[0] - copied);
            out.append(restored, d[0], d[0] + outLen);
            map.replace(r[1] - r[0], outLen);
            copied = r[1];
        }
        out.append(cs, copied, cs.length - copied);
        map.copy(cs.length - copied);
        return new Filtered(out.toString(), map.build(input.length()), List.of(), warnings);
    }
}
