package io.github.workreport.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared sample corpus, when present: system property {@code workreport.corpus}, else
 * {@code ../../shared/corpus} from the module directory, else {@code ../shared/corpus} from the
 * repository root. Tests skip with an assumption when it is absent; no corpus text is copied.
 */
final class Corpus {

    private Corpus() {
    }

    static Optional<Path> dir() {
        String p = System.getProperty("workreport.corpus");
        if (p != null) {
            return Optional.of(Path.of(p)).filter(Files::isDirectory);
        }
        for (String c : new String[] {"../../shared/corpus", "../shared/corpus"}) {
            Path d = Path.of(c);
            if (Files.isDirectory(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Every {@code .txt} file of the corpus, sorted; empty when there is no corpus. */
    static List<Path> files() {
        Optional<Path> d = dir();
        if (d.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(d.get())) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
