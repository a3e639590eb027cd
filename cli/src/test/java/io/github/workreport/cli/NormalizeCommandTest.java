package io.github.workreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizeCommandTest {

    @TempDir
    Path dir;

    @Test
    void normalize_showNoise_listsInvisibleAndPinyinWithSpans() throws IOException {
        String text = "经(jīng)济增长\u200B5%。\n" + Fixtures.report("青川市", 2025);
        Path f = dir.resolve("n.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Fixtures.Run r = Fixtures.run("normalize", "--show-noise", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("经济增长5%。"), r.out());
        assertTrue(r.out().contains("---- set aside: "), r.out());
        assertTrue(r.out().contains("pinyin_annotation [1, 7)"), r.out());
        assertTrue(r.out().contains("invisible [10, 11)"), r.out());
        assertTrue(r.out().contains("<U+200B>"), r.out());
    }

    @Test
    void normalize_markNoise_originalWithMarkedStretches() throws IOException {
        Path f = dir.resolve("n.txt");
        Files.writeString(f, "经(jīng)济增长5%。", StandardCharsets.UTF_8);
        Fixtures.Run r = Fixtures.run("normalize", "--mark-noise", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("经⟦pinyin_annotation: (jīng)⟧济增长5%。", r.out().strip());
    }

    @Test
    void visible_controlCharacters_named() {
        assertEquals("a⏎b⇥<U+200B><U+3000>", NormalizeCommand.visible("a\nb\t\u200B\u3000"));
    }
}
