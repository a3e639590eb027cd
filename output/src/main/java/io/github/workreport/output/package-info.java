/**
 * The documented output formats of workreport as a library, byte for byte what the {@code workreport}
 * command writes: {@link io.github.workreport.output.ReportJson} writes a parsed file as the JSON of the
 * extraction spec (docs/json-format.md), {@link io.github.workreport.output.ItemsCsv} writes its targets and
 * achievements as the tidy CSV table (docs/cli.md, one row per item).
 *
 * <pre>{@code
 * ReportFile f = ReportParser.defaults().parseAll(Path.of("report.txt"));
 * ReportJson.pretty().write(f, System.out);                 // the JSON document
 * try (ItemsCsv csv = ItemsCsv.to(writer)) {                // the CSV table
 *     csv.writeHeader();
 *     csv.writeRows(f);
 * }
 * }</pre>
 */
package io.github.workreport.output;
