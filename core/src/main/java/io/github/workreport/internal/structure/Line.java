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
}
