package io.github.workreport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the decoder and the default normalizer over the shared sample corpus when it is present
 * (system property {@code workreport.corpus}, or {@code ../../shared/corpus} from the core
 * module); skipped otherwise. No corpus text is copied here.
 */
class CorpusTest {

    private static final Pattern PINYIN = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\\)");

    private static Path corpus() {
        String p = System.getProperty("workreport.corpus");
        Path dir = p != null ? Path.of(p) : Path.of("../../shared/corpus");
        assumeTrue(Files.isDirectory(dir), "no sample corpus at " + dir.toAbsolutePath());
        return dir;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
    }

    private static NormalizedText normalize(Path f) throws IOException {
        return Normalizer.defaults().normalize(Decoder.defaults().decode(Files.readAllBytes(f)).text());
    }

    @Test
    void normalize_everyCorpusFile_idempotentAndMapped() throws IOException {
        for (Path f : files(corpus())) {
            NormalizedText t = normalize(f);
            assertEquals(t.text(), Normalizer.defaults().normalize(t.text()).text(), f.toString());
            assertTrue(t.toOriginalEnd(t.length()) <= t.original().length(), f.toString());
        }
    }

    @Test
    void decode_gbkFiles_decodeCleanly() throws IOException {
        for (Path f : files(corpus())) {
            if (f.getFileName().toString().contains("gbk")) {
                DecodedText d = Decoder.defaults().decode(Files.readAllBytes(f));
                assertEquals("GB18030", d.charset(), f.toString());
                assertFalse(d.text().contains("\uFFFD"), f.toString());
                if (f.getFileName().toString().startsWith("national-2003")) {
                    assertTrue(d.text().contains("朱镕基"));
                }
            }
        }
    }

    @Test
    void normalize_seedsWithPinyin_noPinyinLeft() throws IOException {
        for (Path f : files(corpus())) {
            String name = f.getFileName().toString();
            if (name.startsWith("002_") || name.startsWith("004_")) {
                String text = normalize(f).text();
                assertFalse(PINYIN.matcher(text).find(), name);
                assertFalse(text.contains("經濟") || text.contains("發展"), name);
            }
        }
    }
}
