package io.github.workreport.bench;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.text.DecodedText;
import io.github.workreport.text.Decoder;
import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the parser, stage by stage, over about 1 MB of UTF-8 composed by {@link Corpus}
 * (about forty invented reports of 25 KB), in simplified and in traditional characters:
 *
 * <ul>
 *   <li>{@code decode}: bytes to text ({@link Decoder});</li>
 *   <li>{@code normalize}: decoded text to normalized text ({@link Normalizer#defaults()});</li>
 *   <li>{@code structure}: {@code parseAll} of a parser without extractors
 *       ({@code ReportParser.builder().build()}): decode, normalize, report boundaries, metadata,
 *       sections;</li>
 *   <li>{@code parse}: the whole default parse ({@link ReportParser#defaults()}), and
 *       {@code parseTwoThreads}, the same with two threads sharing the parser;</li>
 *   <li>{@code hanlpSegment}: HanLP's standard segmenter over the same text, a stable reference
 *       for comparing machines.</li>
 * </ul>
 *
 * <p>The composed corpus comes in two densities ({@code -p density=typical,dense}): {@code typical}
 * has about as many figures per megabyte as real reports, {@code dense} seven times as many.
 * {@code -p dir=FOLDER -p script=simplified} measures a folder of your own reports instead.
 *
 * <p>Each operation handles the whole corpus. Read the {@code ·bytes} secondary result: input
 * bytes per second (UTF-8 for the composed corpus; divide by 10^6 for MB/s); with {@code -prof gc}, divide
 * {@code ·gc.alloc.rate.norm} (bytes allocated per operation) by the corpus size printed at
 * setup for the allocation per input byte. Run:
 * {@code java -jar bench/target/benchmarks.jar ParseBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {

    static final int CORPUS_BYTES = 1_000_000;

    @Param({"simplified", "traditional"})
    String script;

    /**
     * {@code typical}: about as many figures per megabyte as real reports (2,500); {@code dense}:
     * nearly every sentence full of figures (17,700 per megabyte), a stress case for extraction.
     */
    @Param({"typical"})
    String density;

    /**
     * A folder of your own reports to measure instead of the composed corpus (every regular file in
     * it, decoded as the parser would; {@code script} and {@code density} then do not apply).
     */
    @Param({""})
    String dir;

    List<String> texts;
    byte[][] bytes;
    long corpusBytes;

    private final ReportParser structureOnly = ReportParser.builder().build();
    private final ReportParser full = ReportParser.defaults();

    @Setup
    public void compose() throws IOException {
        if (!dir.isEmpty()) {
            load(Path.of(dir));
        } else {
            List<String> simplified = switch (density) {
                case "typical" -> Corpus.simplified(CORPUS_BYTES);
                case "dense" -> Corpus.dense(CORPUS_BYTES);
                default -> throw new IllegalArgumentException("density is typical or dense, not " + density);
            };
            texts = script.equals("traditional") ? Corpus.traditional(simplified) : simplified;
            bytes = new byte[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
                bytes[i] = texts.get(i).getBytes(StandardCharsets.UTF_8);
            }
        }
        corpusBytes = 0;
        for (byte[] b : bytes) {
            corpusBytes += b.length;
        }
        // warm HanLP's dictionaries outside the measurement
        com.hankcs.hanlp.HanLP.segment(texts.get(0));
        System.out.println("corpus: " + (dir.isEmpty() ? script + ", " + density : dir) + ", " + texts.size() + " files, "
                + corpusBytes + " input bytes");
    }

    private void load(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files in " + folder);
        }
        bytes = new byte[files.size()][];
        texts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            bytes[i] = Files.readAllBytes(files.get(i));
            texts.add(Decoder.defaults().decode(bytes[i]).text());
        }
    }

    @Benchmark
    public void decode(Bytes b, Blackhole bh) {
        for (byte[] x : bytes) {
            DecodedText d = Decoder.defaults().decode(x);
            bh.consume(d);
        }
        b.bytes += corpusBytes;
    }

    @Benchmark
    public void normalize(Bytes b, Blackhole bh) {
        Normalizer n = Normalizer.defaults();
        for (String t : texts) {
            NormalizedText x = n.normalize(t);
            bh.consume(x);
        }
        b.bytes += corpusBytes;
    }

    @Benchmark
    public void structure(Bytes b, Blackhole bh) {
        for (byte[] x : bytes) {
            ReportFile f = structureOnly.parseAll(x, "bench");
            bh.consume(f);
        }
        b.bytes += corpusBytes;
    }

    @Benchmark
    public void parse(Bytes b, Blackhole bh) {
        for (byte[] x : bytes) {
            bh.consume(full.parseAll(x, "bench"));
        }
        b.bytes += corpusBytes;
    }

    @Benchmark
    @Threads(2)
    public void parseTwoThreads(Bytes b, Blackhole bh) {
        for (byte[] x : bytes) {
            bh.consume(full.parseAll(x, "bench"));
        }
        b.bytes += corpusBytes;
    }

    @Benchmark
    public void hanlpSegment(Bytes b, Blackhole bh) {
        for (String t : texts) {
            bh.consume(com.hankcs.hanlp.HanLP.segment(t));
        }
        b.bytes += corpusBytes;
    }
}
