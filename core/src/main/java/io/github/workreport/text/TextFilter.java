package io.github.workreport.text;

/**
 * One normalization step: takes text and returns the changed text with an {@link OffsetMap}
 * back to its input (Lucene's {@code CharFilter}). Implementations must be immutable and
 * thread-safe, must never throw on any input, and must run in time linear in the input.
 *
 * <p>A filter must be idempotent: applied to its own output it changes nothing. A filter whose
 * decisions depend on their own results (removing a stretch inside a line leaves a line that is
 * itself noise; joining lines changes a document's dominant line width) may instead say so with
 * {@link #repeatUntilStable()}: the {@link Normalizer} then applies it again to its output until
 * it changes nothing.
 */
public interface TextFilter {

    /** A stable, short name, used in the builder and in diagnostics ({@code "width"}, {@code "t2s"}). */
    String name();

    /**
     * Applies the step.
     *
     * @param input the text after the previous steps
     * @return the output text, its offset map into {@code input}, and the input stretches it set
     *         aside as noise (in {@code input} coordinates)
     */
    Filtered apply(String input);

    /**
     * Whether the {@link Normalizer} should apply this filter again to its own output until the
     * output no longer changes (at most {@link Normalizer#MAX_ROUNDS} applications; each is
     * recorded like a step, with its offset map and noise). False by default.
     */
    default boolean repeatUntilStable() {
        return false;
    }
}
