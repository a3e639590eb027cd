package io.github.workreport.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.Warning;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The {@code --inputs} table of a batch: one row per input with what became of it, so that the
 * warnings and the files that gave no items are visible in a CSV run. Written with Jackson's CSV.
 */
final class InputRows {

    private InputRows() {
    }

    /** One input: counts are 0 and format, charset empty for an input that failed before parsing. */
    record Row(String file, String format, String charset, int reports, int targets, int achievements, int warnings,
            String warningCodes, String error) {

        Row withError(String e) {
            return new Row(file, format, charset, reports, targets, achievements, warnings, warningCodes, e);
        }
    }

    static final List<String> COLUMNS = List.of("file", "format", "charset", "reports", "targets", "achievements",
            "warnings", "warningCodes", "error");

    static Row of(Inputs.Input in, ReportFile f, String error) {
        String file = in.path() == null ? String.valueOf(in.relative()) : in.path().toString();
        if (f == null) {
            return new Row(file, "", "", 0, 0, 0, 0, "", error == null ? "" : error);
        }
        int targets = 0;
        int achievements = 0;
        int warnings = f.warnings().size();
        TreeSet<String> codes = new TreeSet<>();
        for (Warning w : f.warnings()) {
            codes.add(w.code());
        }
        for (Report r : f.reports()) {
            targets += r.targets().size();
            achievements += r.achievements().size();
            warnings += r.warnings().size();
            for (Warning w : r.warnings()) {
                codes.add(w.code());
            }
        }
        return new Row(file, f.format(), f.charset() == null ? "" : f.charset(), f.reports().size(), targets,
                achievements, warnings, String.join(";", codes), error == null ? "" : error);
    }

    /** Writes the rows as UTF-8 CSV with a header, through a temporary file moved into place. */
    static void write(List<Row> rows, Path target) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        for (String c : COLUMNS) {
            b.addColumn(c);
        }
        CsvSchema schema = b.build();
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".workreport-inputs", ".csv");
        try {
            try (OutputStream os = Files.newOutputStream(tmp);
                    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                    SequenceWriter seq = mapper.writer(schema).writeValues(w)) {
                for (Row r : rows) {
                    seq.write(new Object[] {r.file(), r.format(), r.charset(), r.reports(), r.targets(), r.achievements(),
                        r.warnings(), r.warningCodes(), r.error()});
                }
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
