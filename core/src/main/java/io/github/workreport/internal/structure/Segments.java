package io.github.workreport.internal.structure;

import io.github.workreport.spi.Punctuation;
import io.github.workreport.spi.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sentences and clauses of a report, cut with {@link Punctuation}: a sentence runs to the
 * char after a {@link Punctuation#isSentenceEnd sentence end} or to the end of its line, a clause
 * to the char after a {@link Punctuation#isClauseBreak clause break} or to the end of its sentence.
 * Sentences tile each line and clauses tile each sentence, punctuation included in the range it
 * ends. The sentences are cut at once, the clauses of all sentences on the first call of
 * {@link #clauses()}; {@link #clausesIn} cuts only the sentences of its range. Thread-safe.
 */
public final class Segments {

    private final CharSequence text;
    private final List<TextRange> sentences;
    private volatile List<TextRange> clauses;

    private Segments(CharSequence text, List<TextRange> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    /** The segments of {@code lines} (ranges of {@code text}, in order, not overlapping). */
    public static Segments of(CharSequence text, List<TextRange> lines) {
        int from = lines.isEmpty() ? 0 : lines.get(0).start();
        int to = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).end();
        int[] ends = sentenceEnds(text, from, to); // this report's lines only
        List<TextRange> sentences = new ArrayList<>(ends.length + lines.size()); // at most one per end and one more per line
        int e = 0; // the first sentence end not before the current line
        for (TextRange line : lines) {
            int s = line.start();
            while (e < ends.length && ends[e] < line.start()) {
                e++;
            }
            for (; e < ends.length && ends[e] < line.end(); e++) {
                sentences.add(new TextRange(s, ends[e] + 1));
                s = ends[e] + 1;
            }
            if (s < line.end()) {
                sentences.add(new TextRange(s, line.end()));
            }
        }
        return new Segments(text, Collections.unmodifiableList(sentences));
    }

    /**
     * The offsets of every {@link Punctuation#SENTENCE_ENDS sentence end} of {@code text[from, to)},
     * ascending: one vectorized {@link String#indexOf(int, int)} sweep per mark, then merged (far
     * cheaper than looking at every char). The sweeps read the text itself when what follows
     * {@code to} is no longer than the range (a search may run past {@code to} to the next mark),
     * else a copy of the range, so that many reports of one text cost time linear in it.
     */
    private static int[] sentenceEnds(CharSequence text, int from, int to) {
        boolean direct = text instanceof String && text.length() - to <= to - from;
        String s = direct ? (String) text : text.subSequence(from, to).toString();
        int offset = direct ? 0 : from;
        int start = from - offset;
        int end = to - offset;
        int[] out = new int[16];
        int count = 0;
        String marks = Punctuation.SENTENCE_ENDS;
        for (int m = 0; m < marks.length(); m++) {
            char mark = marks.charAt(m);
            for (int i = s.indexOf(mark, start); i >= 0 && i < end; i = s.indexOf(mark, i + 1)) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                out[count++] = offset + i;
            }
        }
        int[] ends = java.util.Arrays.copyOf(out, count);
        java.util.Arrays.sort(ends);
        return ends;
    }

    /** The sentences, in text order. */
    public List<TextRange> sentences() {
        return sentences;
    }

    /** The clauses, in text order; cut on the first call. */
    public List<TextRange> clauses() {
        List<TextRange> c = clauses;
        if (c == null) {
            c = Collections.unmodifiableList(cut(text, sentences));
            clauses = c; // a race cuts the same clauses twice
        }
        return c;
    }

    /** The clauses that meet {@code range}, cut to it: {@code within(clauses(), range)}, cutting only the sentences there. */
    public List<TextRange> clausesIn(TextRange range) {
        return cut(text, within(sentences, range));
    }

    /** The clauses of {@code sentences} (in order): each cut after every clause break. */
    private static List<TextRange> cut(CharSequence text, List<TextRange> sentences) {
        List<TextRange> out = new ArrayList<>();
        for (TextRange s : sentences) {
            int c = s.start();
            for (int i = s.start(); i < s.end() - 1; i++) {
                char ch = text.charAt(i);
                if (ch <= '?' && Punctuation.isClauseBreak(ch)) {
                    out.add(new TextRange(c, i + 1));
                    c = i + 1;
                }
            }
            out.add(c == s.start() ? s : new TextRange(c, s.end()));
        }
        return out;
    }

    /**
     * The ranges of {@code ranges} (in order, not overlapping) that meet {@code within}, cut to it;
     * found by binary search.
     */
    public static List<TextRange> within(List<TextRange> ranges, TextRange within) {
        if (within.length() == 0) {
            return List.of();
        }
        int lo = 0;
        int hi = ranges.size();
        while (lo < hi) { // the first range ending after within's start
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid).end() <= within.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < ranges.size() && ranges.get(end).start() < within.end()) {
            end++; // (a short walk: the ranges that meet within)
        }
        List<TextRange> out = new ArrayList<>(end - lo);
        for (int k = lo; k < end; k++) {
            TextRange r = ranges.get(k);
            if (r.start() >= within.start() && r.end() <= within.end()) {
                out.add(r);
            } else {
                out.add(new TextRange(Math.max(r.start(), within.start()), Math.min(r.end(), within.end())));
            }
        }
        return out;
    }
}
