package io.github.workreport.spi;

/**
 * A half-open range {@code [start, end)} in the NORMALIZED text of a file. Extractors work in
 * normalized coordinates and turn ranges into original spans with
 * {@link ReportContext#span(int, int)}; they never do offset arithmetic on the original.
 *
 * @param start inclusive
 * @param end   exclusive
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }

    /** Length in UTF-16 code units. */
    public int length() {
        return end - start;
    }

    /** Whether {@code offset} lies in {@code [start, end)}. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
