package io.github.workreport.examples;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.output.ItemsCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses every {@code .txt} file of a folder with one shared {@link ReportParser} and writes the tidy
 * CSV of {@code workreport parse --format csv} through the library's {@link ItemsCsv}: one row per target
 * or achievement, with the report's metadata repeated on each row, columns {@link ItemsCsv#COLUMNS}.
 *
 * <pre>
 * java -cp ... io.github.workreport.examples.ParseFolderToCsv FOLDER [OUT.csv]
 * </pre>
 *
 * <p>The CSV is RFC 4180: comma-separated, fields holding a comma, a quote or a line break are
 * quoted, quotes doubled, lines ending in CRLF. Numbers are written in plain notation in the base
 * unit ({@code 650亿元} is {@code 65000000000} with unit {@code 元}); absent values are empty.
 */
public final class ParseFolderToCsv {

    private ParseFolderToCsv() {
    }

    /**
     * Runs the example.
     *
     * @param args the folder, then optionally the CSV file to write (default: standard output)
     * @throws IOException when the folder cannot be listed or the CSV cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ParseFolderToCsv FOLDER [OUT.csv]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        if (args.length == 2) {
            try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
                write(folder, ReportParser.defaults(), w);
            }
        } else {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            write(folder, ReportParser.defaults(), w);
            w.flush();
        }
    }

    /**
     * Parses the {@code .txt} files of {@code folder} (not its sub-folders), in file-name order, and
     * writes the CSV to {@code out}, header first. A file that cannot be read is reported on standard
     * error and has an error row.
     *
     * @return the number of item rows written
     * @throws IOException when the folder cannot be listed or {@code out} cannot be written
     */
    public static int write(Path folder, ReportParser parser, Writer out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        int rows = 0;
        try (ItemsCsv csv = ItemsCsv.to(out)) {
            csv.writeHeader();
            for (Path f : files) {
                ReportFile rf;
                try {
                    rf = parser.parseAll(f);
                } catch (IOException e) {
                    System.err.println("skipped " + f + ": " + e.getMessage());
                    csv.writeFailure(f.toString(), String.valueOf(e.getMessage()));
                    continue;
                }
                rows += csv.writeRows(rf);
            }
        }
        return rows;
    }
}
