package io.github.workreport.spi;

import java.util.Set;

/**
 * A pluggable step that reads one report and returns its findings (targets, achievements,
 * glossary entries, warnings, or types of its own). It never mutates shared state.
 *
 * <p>Register extractors explicitly, in call order, with
 * {@code ReportParser.builder().addExtractor(..)}, or opt in to discovery through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.github.workreport.spi.Extractor},
 * {@code provides} in {@code module-info}); discovered extractors run in ascending
 * {@link #order()}, ties broken by {@link #name()}.
 *
 * <p>Requirements are declared as types: an extractor that {@link #requires()} {@code Target}
 * can only be registered after one that {@link #provides()} it; {@code ReportParser.Builder.build()}
 * checks this and says what is missing. The parser itself provides {@code ReportMetadata},
 * {@code Section} and {@code Enumeration}.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves all threads.
 */
public interface Extractor {

    /** A stable, unique, short name ({@code "targets"}). */
    String name();

    /** Types of findings this extractor returns. */
    Set<Class<?>> provides();

    /** Types of findings it reads from earlier steps through {@link ReportContext#findings(Class)}. */
    default Set<Class<?>> requires() {
        return Set.of();
    }

    /** Position when discovered through ServiceLoader: lower runs first. Ignored for explicit registration. */
    default int order() {
        return 1000;
    }

    /**
     * Reads one report.
     *
     * @param context the report's text, structure, metadata and earlier findings
     * @return what was found; never null
     */
    Findings extract(ReportContext context);
}
