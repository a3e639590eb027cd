package consumer;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.output.ItemsCsv;
import io.github.workreport.output.ReportJson;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parses one report and writes the documented JSON and CSV through the library: Consumer REPORT OUT.json OUT.csv */
public final class Consumer {

    private Consumer() {
    }

    public static void main(String[] args) throws Exception {
        ReportFile f = ReportParser.defaults().parseAll(Path.of(args[0]));
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            ReportJson.compact().write(f, out);
            out.write('\n'); // as workreport parse ends each document
        }
        try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8);
             ItemsCsv csv = ItemsCsv.to(w)) {
            csv.writeHeader();
            csv.writeRows(f);
        }
        System.out.println(f.reports().get(0).metadata().region() + ": " + f.reports().get(0).targets().size() + " targets");
    }
}
