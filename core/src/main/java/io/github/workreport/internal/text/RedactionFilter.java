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
 * match left to right, in one pass. Only the masked stretch of a match is replaced; when it keeps
 * its length (all rows of the default table do) the offset map stays the identity, otherwise the
 * stretch is one {@code replace}. The table is read on the first {@link #apply(String)}, not when
 * the filter is made. Immutable and thread-safe; idempotent, since a restored form holds no mask.
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
        if (!mayHoldMask(input)) {
            return Filtered.unchanged(input);
        }
        RedactionTable t = table == null ? RedactionTable.defaults() : table;
        List<RedactionTable.Match> matches = t.find(input);
        if (matches.isEmpty()) {
            return Filtered.unchanged(input);
        }
        StringBuilder out = new StringBuilder(input.length() + 8);
        OffsetMap.Builder map = OffsetMap.builder();
        boolean lengthChanged = false;
        List<Warning> warnings = new ArrayList<>(matches.size());
        int copied = 0;
        for (RedactionTable.Match m : matches) {
            String masked = m.row().masked();
            String restored = m.row().restored();
            int[] d = RedactionTable.changed(masked, restored);
            int from = m.start() + d[0];
            int to = m.start() + d[1];
            int outLen = d[1] - d[0] + restored.length() - masked.length();
            out.append(input, copied, from);
            map.copy(from - copied);
            out.append(restored, d[0], d[0] + outLen);
            map.replace(to - from, outLen);
            lengthChanged |= outLen != to - from;
            copied = to;
            // the span is the masked stretch: from its first to its last changed character
            int first = from;
            int last = to;
            if (outLen == to - from) {
                while (first < last && input.charAt(first) == restored.charAt(d[0] + first - from)) {
                    first++;
                }
                while (last > first && input.charAt(last - 1) == restored.charAt(d[0] + last - 1 - from)) {
                    last--;
                }
            }
            warnings.add(new Warning(CODE, "masked '" + input.substring(first, last) + "' restored: '"
                    + input.substring(m.start(), m.end()) + "' read as '" + restored + "' (" + t.source() + ":"
                    + m.row().line() + ")", new Span(first, last)));
        }
        out.append(input, copied, input.length());
        map.copy(input.length() - copied);
        OffsetMap built = map.build(input.length());
        return new Filtered(out.toString(), lengthChanged ? built : OffsetMap.identity(input.length()), List.of(),
                warnings);
    }

    /**
     * Whether {@code s} holds a mask character or an ASCII letter (half or full width), which
     * every masked stretch does: text without any is returned without reading the table.
     */
    private static boolean mayHoldMask(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (RedactionTable.isMask(c) || RedactionTable.isAsciiLetter(c)
                    || RedactionTable.isAsciiLetter((char) (c - 0xFEE0))) {
                return true;
            }
        }
        return false;
    }
}
