package io.github.workreport;

import java.util.Arrays;

/**
 * Where the pages of a paged input (a PDF) begin in the original text. Immutable and thread-safe.
 * Inputs without pages (plain text, HTML, Word) have {@link #none()}.
 *
 * <pre>{@code
 * Pages p = file.pages();
 * int page = p.pageAt(item.span().start());   // 1-based, 0 when the input has no pages
 * int[] range = p.pagesOf(item.span());        // {first, last}, or null
 * }</pre>
 */
public final class Pages {

    private static final Pages NONE = new Pages(new int[0], 0);

    private final int[] starts;
    private final int length;

    private Pages(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    /** No pages: {@link #pageAt(int)} is 0 everywhere. */
    public static Pages none() {
        return NONE;
    }

    /**
     * Pages starting at the given offsets of an original text of {@code length} characters.
     *
     * @param starts the offset of each page's first character, first page first; the first is 0
     * @param length the original text's length
     * @throws IllegalArgumentException when the starts do not begin at 0, decrease, or pass the length
     */
    public static Pages of(int[] starts, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        if (starts.length == 0) {
            return NONE;
        }
        if (starts[0] != 0) {
            throw new IllegalArgumentException("the first page must start at 0, not " + starts[0]);
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1] || starts[i] > length) {
                throw new IllegalArgumentException("page " + (i + 1) + " starts at " + starts[i]
                        + ", before page " + i + " or past the text's length " + length);
            }
        }
        return new Pages(starts.clone(), length);
    }

    /** The number of pages; 0 for an input without pages. */
    public int count() {
        return starts.length;
    }

    /** Whether the input has pages. */
    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** The offset in the original text where page {@code page} (1-based) begins. */
    public int start(int page) {
        if (page < 1 || page > starts.length) {
            throw new IllegalArgumentException("no page " + page + " in " + starts.length + " pages");
        }
        return starts[page - 1];
    }

    /**
     * The 1-based page holding the character at {@code offset}; an offset at the very end belongs
     * to the last page. 0 when the input has no pages.
     *
     * @throws IllegalArgumentException when {@code offset} is negative or past the text's length
     */
    public int pageAt(int offset) {
        if (offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset " + offset + " outside [0, " + length + "]");
        }
        if (starts.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            while (i + 1 < starts.length && starts[i + 1] == offset) {
                i++; // an empty page before: the character is on the later one
            }
            return i + 1;
        }
        return -i - 1;
    }

    /**
     * The first and last page a span covers, {@code {first, last}}, or null when the input has no
     * pages. An empty span lies on the page of its start.
     */
    public int[] pagesOf(Span span) {
        if (starts.length == 0) {
            return null;
        }
        int first = pageAt(span.start());
        int last = span.isEmpty() ? first : pageAt(span.end() - 1);
        return new int[] {first, Math.max(first, last)};
    }

    @Override
    public String toString() {
        return "Pages[" + starts.length + "]";
    }
}
