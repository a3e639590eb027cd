package io.github.workreport;

/**
 * A half-open range {@code [start, end)} of UTF-16 code-unit offsets into the ORIGINAL decoded
 * input text, before any normalization. It works with {@link String#substring(int, int)}.
 *
 * @param start first offset, inclusive, {@code >= 0}
 * @param end   last offset, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    /**
     * @throws IllegalArgumentException when {@code start < 0} or {@code end < start}
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Creates a span; same as the canonical constructor. */
    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** Number of UTF-16 code units covered. */
    public int length() {
        return end - start;
    }

    /** Whether the span covers no character. */
    public boolean isEmpty() {
        return start == end;
    }

    /** Whether {@code other} lies entirely within this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether {@code offset} lies in {@code [start, end)}. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    /**
     * The text this span covers.
     *
     * @throws IllegalArgumentException when the span reaches past the end of {@code original}
     */
    public String of(CharSequence original) {
        if (end > original.length()) {
            throw new IllegalArgumentException("span " + this + " ends past text of length " + original.length());
        }
        return original.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
