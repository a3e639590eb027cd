package io.github.workreport.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One parser shared by 8 threads gives, for every input, exactly what a single thread gives
 * (compared through {@link Invariants#render}), over several rounds in shuffled orders. Inputs:
 * the corpus when present, plus generated reports and compilations.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 2;

    private static List<byte[]> inputs() throws Exception {
        List<byte[]> in = new ArrayList<>();
        for (Path f : Corpus.files()) {
            in.add(Files.readAllBytes(f));
        }
        Random rnd = new Random(11);
        for (int i = 0; i < 24; i++) {
            String t = i % 3 == 0 ? Reports.compilation(rnd, 3, 3) : Reports.report(rnd, 5);
            in.add((i % 4 == 0 ? new Mutator(i).mutate(t, 5) : t).getBytes(StandardCharsets.UTF_8));
        }
        return in;
    }

    @Test
    void parseAll_sharedParserEightThreads_sameAsSingleThread() throws Exception {
        ReportParser parser = ReportParser.builder().discoverExtractors().build(); // fresh: no warm state
        List<byte[]> in = inputs();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            ReportFile f = parser.parseAll(in.get(i), "input-" + i);
            expected.add(Invariants.render(f));
        }
        assertFalse(expected.isEmpty());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Integer> order = new ArrayList<>();
                for (int k = 0; k < THREADS; k++) {
                    for (int i = 0; i < in.size(); i++) {
                        if ((i + k + round) % THREADS == 0 || i % THREADS == k) {
                            order.add(i);
                        }
                    }
                }
                Collections.shuffle(order, new Random(round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String[]>> futures = new ArrayList<>();
                for (int idx : order) {
                    Callable<String[]> c = () -> {
                        start.await();
                        ReportFile f = parser.parseAll(in.get(idx), "input-" + idx);
                        return new String[] {String.valueOf(idx), Invariants.render(f)};
                    };
                    futures.add(pool.submit(c));
                }
                start.countDown();
                int checked = 0;
                for (Future<String[]> fu : futures) {
                    String[] r = fu.get(5, TimeUnit.MINUTES);
                    int idx = Integer.parseInt(r[0]);
                    assertEquals(expected.get(idx), r[1], "round " + round + ", input " + idx + " differs under concurrency");
                    checked++;
                }
                assertTrue(checked >= in.size(), "every input parsed at least once per round");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void defaults_firstCallFromManyThreads_oneInstance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<ReportParser>> fs = new ArrayList<>();
            for (int i = 0; i < THREADS * 4; i++) {
                fs.add(pool.submit(ReportParser::defaults));
            }
            ReportParser first = fs.get(0).get();
            for (Future<ReportParser> f : fs) {
                assertTrue(first == f.get(), "defaults() is one shared instance");
            }
            assertFalse(first.extractors().isEmpty(), "extractors discovered");
        } finally {
            pool.shutdownNow();
        }
    }
}
