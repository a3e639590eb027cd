package io.github.workreport.panel;

import io.github.workreport.ReportKind;
import java.util.Objects;

/**
 * Where a panel cell was read: the file, the index of the report in it (a gazette holds several),
 * the span of the clause in the file's original text, and the report's kind and plan year.
 * {@code toString()} is the CSV spelling {@code file#report@start-end}.
 *
 * @param file       the input as given ({@link io.github.workreport.ReportFile#source()})
 * @param report     the 0-based index of the report in the file
 * @param start      where the clause starts in the original text
 * @param end        where it ends (exclusive)
 * @param kind       the kind of the report
 * @param reportYear the plan year of the report, or null
 */
public record Source(String file, int report, int start, int end, ReportKind kind, Integer reportYear) {

    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return file + "#" + report + "@" + start + "-" + end;
    }
}
