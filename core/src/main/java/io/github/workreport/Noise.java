package io.github.workreport;

import io.github.workreport.text.Utf16;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of the original input set aside as not belonging to any report's text: web-page
 * chrome, page headers, a table of contents, a repeated copy, pinyin annotations, invisible
 * characters. Nothing is dropped silently; every removal is recorded as one of these.
 *
 * @param kind   why it was set aside
 * @param span   where it is in the original input
 * @param detail a short human-readable note (which rule matched), never null
 */
public record Noise(Kind kind, Span span, String detail) {

    public Noise {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(detail, "detail");
        // a name cut at a fixed length may end in half a surrogate pair: no character, not encodable
        detail = Utf16.wellFormed(detail);
    }

    /**
     * The stretches sorted by start and made disjoint: a stretch inside an earlier one is dropped
     * (the earlier, wider one keeps the characters), a partial overlap is clipped.
     */
    public static List<Noise> disjoint(List<Noise> noise) {
        List<Noise> sorted = new ArrayList<>(noise);
        sorted.sort(Comparator.comparing(Noise::span, Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed())));
        List<Noise> out = new ArrayList<>(sorted.size());
        int reach = 0;
        for (Noise n : sorted) {
            Span s = n.span();
            if (s.end() <= reach) {
                continue;
            }
            if (s.start() < reach) {
                n = new Noise(n.kind(), new Span(reach, s.end()), n.detail());
            }
            if (!n.span().isEmpty()) {
                out.add(n);
                reach = n.span().end();
            }
        }
        return out;
    }

    /**
     * The parts of {@code n} not covered by any of {@code finer} (sorted and disjoint), each with
     * {@code n}'s kind and detail.
     */
    public static List<Noise> subtract(Noise n, List<Noise> finer) {
        List<Noise> out = new ArrayList<>();
        int pos = n.span().start();
        int end = n.span().end();
        for (Noise f : finer) {
            Span s = f.span();
            if (s.end() <= pos) {
                continue;
            }
            if (s.start() >= end) {
                break;
            }
            if (s.start() > pos) {
                out.add(new Noise(n.kind(), new Span(pos, s.start()), n.detail()));
            }
            pos = Math.max(pos, s.end());
        }
        if (pos < end) {
            out.add(new Noise(n.kind(), new Span(pos, end), n.detail()));
        }
        return out;
    }

    /** Why a stretch of input was set aside. */
    public enum Kind {
        /** Navigation, font-size switches, share buttons, view counters, breadcrumbs. */
        WEB_CHROME,
        /** Advertising, spam titles and watermarks. */
        ADVERTISING,
        /** Running page headers, page numbers and form feeds of PDF text. */
        PAGE_FURNITURE,
        /** HTML comments, escape artefacts such as a literal {@code <U+00A0>}, script fragments. */
        MARKUP,
        /** Zero-width and other invisible characters, byte-order marks. */
        INVISIBLE,
        /** Pinyin readings inserted after characters, e.g. {@code (jīng)}. */
        PINYIN_ANNOTATION,
        /** A table of contents. */
        TABLE_OF_CONTENTS,
        /** A repeated copy of text that appears earlier in the file. */
        DUPLICATE,
        /** Text outside any report that fits no other kind (gazette matter, trailing related links). */
        OTHER
    }
}
