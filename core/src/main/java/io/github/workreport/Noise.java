package io.github.workreport;

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
