package io.github.workreport.internal.structure;

/**
 * One report's place in the file, in normalized coordinates and line indexes.
 *
 * @param start        first character of the report
 * @param end          end of the report, exclusive
 * @param firstLine    index of its first line
 * @param endLine      index after its last line
 * @param titleFrom    first line of its title, or −1 when it has none
 * @param titleTo      line after its title, or −1
 */
record ReportBlock(int start, int end, int firstLine, int endLine, int titleFrom, int titleTo) {
}
