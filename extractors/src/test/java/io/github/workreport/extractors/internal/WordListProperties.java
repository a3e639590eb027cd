package io.github.workreport.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link WordList}'s indexed look-ups answer exactly what a pass over every word would. */
class WordListProperties {

    private static final List<String> WORDS = List.of("增长", "同比增长", "比上年增长", "下降", "达", "达到", "到", "至", "增至",
            "预期目标", "目标", "平稳增长", "长");

    private final WordList list = new WordList(WORDS);

    @Provide
    Arbitrary<String> texts() {
        // short strings over the words' characters and a few others, so that matches are common
        return Arbitraries.strings().withChars("增长同比上年下降达到至预期目标平稳的,").ofMaxLength(14);
    }

    @Property
    void prefixOf_equalsLongestWordTheTextStartsWith(@ForAll("texts") String s) {
        String expected = WORDS.stream().filter(s::startsWith).max((a, b) -> a.length() - b.length()).orElse(null);
        assertEquals(expected == null ? null : expected.length(), lengthOf(list.prefixOf(s)), s);
    }

    @Property
    void suffixOf_equalsLongestWordTheTextEndsWith(@ForAll("texts") String s) {
        String expected = WORDS.stream().filter(s::endsWith).max((a, b) -> a.length() - b.length()).orElse(null);
        assertEquals(expected == null ? null : expected.length(), lengthOf(list.suffixOf(s)), s);
    }

    @Property
    void find_equalsEarliestLongestOccurrence(@ForAll("texts") String s) {
        WordList.Match m = list.find(s);
        for (int i = 0; i < s.length(); i++) {
            int at = i;
            String longest = WORDS.stream().filter(w -> s.startsWith(w, at)).max((a, b) -> a.length() - b.length()).orElse(null);
            if (longest != null) {
                assertEquals(i, m.index(), s);
                assertEquals(longest.length(), m.word().length(), s);
                assertEquals(m.word(), list.wordAt(s, i), s);
                return;
            }
            assertNull(list.wordAt(s, i), s);
        }
        assertNull(m, s);
        assertEquals(false, list.occursIn(s), s);
    }

    @Property
    void findInRange_ignoresWordsCrossingTheEnd(@ForAll("texts") String s) {
        int to = s.length() / 2;
        WordList.Match m = list.find(s, 0, to);
        WordList.Match onPrefix = list.find(s.substring(0, to));
        assertEquals(onPrefix, m, s);
    }

    @Property
    void countDistinctIn_equalsWordsContained(@ForAll("texts") String s) {
        Set<String> in = new HashSet<>();
        for (String w : WORDS) {
            if (s.contains(w)) {
                in.add(w);
            }
        }
        assertEquals(in.size(), list.countDistinctIn(s), s);
        assertEquals(!in.isEmpty(), list.occursIn(s), s);
    }

    @Property
    void forEachIn_givesEveryOccurrenceOfEveryWord(@ForAll("texts") String s) {
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            for (String w : WORDS) {
                if (s.startsWith(w, i)) {
                    expected.add(i + w);
                }
            }
        }
        List<String> seen = new java.util.ArrayList<>();
        list.forEachIn(s, w -> seen.add(w));
        assertEquals(expected.stream().map(x -> x.replaceAll("^[0-9]+", "")).sorted().toList(), seen.stream().sorted().toList(), s);
    }

    private static final List<String> CUES = List.of("预期目标是", "主要指标为", "目标任务是", "指标");

    @Property
    void occursIn_wordsSharingACharacter_equalsAnyContained(@ForAll("cueTexts") String s) {
        boolean expected = CUES.stream().anyMatch(s::contains);
        assertEquals(expected, new WordList(CUES).occursIn(s), s);
    }

    @Provide
    Arbitrary<String> cueTexts() {
        return Arbitraries.strings().withChars("预期目标是主要指为任务,").ofMaxLength(14);
    }

    @Test
    void wordAt_outsideTheText_null() {
        assertNull(list.wordAt("增长", -1));
        assertNull(list.wordAt("增长", 2));
    }

    private static Integer lengthOf(String w) {
        return w == null ? null : w.length();
    }
}
