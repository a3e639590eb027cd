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
        List<TextRange> sentences = new ArrayList<>();
        for (TextRange line : lines) {
            int s = line.start();
            for (int i = line.start(); i < line.end(); i++) {
                char c = text.charAt(i);
                if (c > '?' && c != '。') {
                    continue; // the common char: no punctuation of Punctuation's sets is above '?' but 。
                }
                if (Punctuation.isSentenceEnd(c)) {
                    sentences.add(new TextRange(s, i + 1));
                    s = i + 1;
                }
            }
            if (s < line.end()) {
                sentences.add(new TextRange(s, line.end()));
            }
        }
        return new Segments(text, Collections.unmodifiableList(sentences));
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
        List<TextRange> out = new ArrayList<>();
        for (int k = lo; k < ranges.size() && ranges.get(k).start() < within.end(); k++) {
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
