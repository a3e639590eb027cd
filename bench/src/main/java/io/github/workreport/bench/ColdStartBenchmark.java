package io.github.workreport.bench;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: the first parse of a 50 KB report in a fresh JVM, including building
 * {@link ReportParser#defaults()} (extractor discovery, lazily loaded dictionaries and tables) and
 * the class loading and interpretation a one-file command-line run pays. One shot per fork, ten
 * forks. Run on its own (command-line {@code -wi}/{@code -i} would override the single shot):
 * {@code java -jar bench/target/benchmarks.jar ColdStartBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(10)
public class ColdStartBenchmark {

    byte[] input;

    @Setup
    public void compose() {
        // composed without touching the parser's classes
        input = Corpus.report(3, 50_000, Corpus.TYPICAL_NARRATIVE_SHARE).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ReportFile firstParse() {
        return ReportParser.defaults().parseAll(input, "cold");
    }
}
