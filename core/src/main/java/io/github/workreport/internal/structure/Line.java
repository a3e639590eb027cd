package io.github.workreport.internal.structure;

/**
 * One line of normalized text: {@code [start, end)} without its line break, and the trimmed
 * content range {@code [contentStart, contentEnd)} without surrounding white space.
 */
record Line(int index, int start, int end, int contentStart, int contentEnd) {

    boolean isBlank() {
        return contentStart >= contentEnd;
    }

    int contentLength() {
        return contentEnd - contentStart;
    }

    String content(String text) {
        return text.substring(contentStart, contentEnd);
    }

    /** The content with all inner white space removed (for letter-spaced titles), copied once. */
    String compact(String text) {
        StringBuilder b = null;
        for (int i = contentStart; i < contentEnd; i++) {
            if (Lines.isSpace(text.charAt(i))) {
                if (b == null) {
                    b = new StringBuilder(contentEnd - contentStart).append(text, contentStart, i);
                }
            } else if (b != null) {
                b.append(text.charAt(i));
            }
        }
        return b == null ? content(text) : b.toString();
    }

    /** The first character of the content; the line must not be blank. */
    char first(String text) {
        return text.charAt(contentStart);
    }

    /** The last character of the content; the line must not be blank. */
    char last(String text) {
        return text.charAt(contentEnd - 1);
    }
}
