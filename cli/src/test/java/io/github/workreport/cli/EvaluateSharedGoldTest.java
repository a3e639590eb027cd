package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.evaluation.Evaluator;
import io.github.workreport.evaluation.GoldFile;
import io.github.workreport.output.ReportJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workreport evaluate} gives the same figures as the shared {@code evaluate.py}, on the shared dev gold and on
 * our own {@code eval/gold-dev}: every line of the summary (counts, percentages, every miss) and every number of
 * {@code --summary-json}. evaluate.py reads what {@code parse --format json} writes for each document
 * ({@code --json-dir}); the Java evaluator parses the documents itself and scores the {@code ReportFile}s, so the
 * test also checks that the library's view of a parsed file is the JSON's.
 *
 * <p>Runs only where the shared folder is: {@code -Dworkreport.shared=DIR}, else {@code ../shared} beside the
 * repository; and where {@code python3} runs. Skipped otherwise.
 */
class EvaluateSharedGoldTest {

    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    static Path shared() {
        String p = System.getProperty("workreport.shared");
        return (p != null ? Path.of(p) : Path.of("..", "..", "shared")).toAbsolutePath().normalize();
    }

    @Test
    void evaluate_sharedDevGold_sameFiguresAsEvaluatePy() throws Exception {
        Path shared = shared();
        assumeTrue(Files.isDirectory(shared.resolve("gold/dev")), "no shared dev gold at " + shared);
        compare(shared.resolve("gold/dev"), shared);
    }

    @Test
    void evaluate_ownDevGold_sameFiguresAsEvaluatePy() throws Exception {
        Path shared = shared();
        Path gold = Path.of("..", "eval", "gold-dev").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(shared.resolve("corpus-wide")), "no shared corpus at " + shared);
        assumeTrue(Files.isDirectory(gold), "no eval/gold-dev");
        compare(gold, shared);
    }

    private void compare(Path gold, Path root) throws Exception {
        Path script = root.resolve("tools/evaluate.py");
        assumeTrue(Files.isRegularFile(script), "no " + script);
        assumeTrue(python("--version").exit == 0, "python3 does not run");
        // what `parse --format json` writes for each document, under the name evaluate.py --json-dir looks for
        Path json = Files.createDirectory(tmp.resolve("json"));
        ReportParser parser = ReportParser.defaults();
        ReportJson writer = ReportJson.compact();
        for (Path g : Evaluator.goldFiles(gold)) {
            Path doc = GoldFile.read(g).source(root);
            ReportFile f = parser.parseAll(doc);
            try (OutputStream out = Files.newOutputStream(json.resolve(doc.getFileName() + ".json"))) {
                writer.write(f, out);
            }
        }
        Path summary = tmp.resolve("summary.json");
        Result py = python(script.toString(), "--gold", gold.toString(), "--root", root.toString(), "--json-dir",
                json.toString(), "--show", "1000000", "--summary-json", summary.toString());
        assertEquals(0, py.exit, py.out);

        Fixtures.Run java = Fixtures.run("evaluate", "--gold", gold.toString(), "--root", root.toString(), "--show",
                "1000000");
        assertEquals(0, java.exit(), java.err());
        List<String> want = py.out.lines().toList();
        List<String> got = java.out().lines().toList();
        assertEquals(want.size(), got.size(), "lines:\n" + py.out + "\n---- java:\n" + java.out());
        // the first line ends with the parse seconds: 0.0 for evaluate.py reading outputs, the time taken here
        assertEquals(want.get(0).replaceAll("parse seconds .*", ""), got.get(0).replaceAll("parse seconds .*", ""));
        assertEquals(want.subList(1, want.size()), got.subList(1, got.size()));

        Fixtures.Run figures = Fixtures.run("evaluate", "--gold", gold.toString(), "--root", root.toString(),
                "--format", "json");
        assertEquals(0, figures.exit(), figures.err());
        JsonNode p = M.readTree(summary.toFile());
        JsonNode j = M.readTree(figures.out());
        for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            assertTrue(j.has(k), k);
            assertEquals(p.get(k).asDouble(), j.get(k).asDouble(), 0.0, k); // exactly equal
        }
    }

    private record Result(int exit, String out) {
    }

    private static Result python(String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "python3";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, e.toString());
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out: " + out);
        }
        return new Result(p.exitValue(), out);
    }
}
