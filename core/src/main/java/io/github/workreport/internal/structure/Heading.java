package io.github.workreport.internal.structure;

/**
 * A numbered heading found at the start of a line, in normalized coordinates.
 *
 * @param style      numbering style
 * @param number     the numeral as written, without brackets or trailing 、/.
 * @param value      the numeral's value, or −1
 * @param title      the title (first sentence when it runs on)
 * @param line       the line it starts
 * @param start      start of the number
 * @param titleEnd   end of the title (and of the heading span)
 */
record Heading(HeadingStyle style, String number, int value, String title, Line line, int start, int titleEnd) {
}
