package io.github.workreport.evaluation;

/**
 * A gold file that does not fit its document or the format: a scope that is not a substring of the document, a
 * document whose bytes are not valid in the gold's encoding, a file that is not a gold object. {@code evaluate.py}
 * stops with exit status 2 on these; so does {@code workreport evaluate}.
 */
public final class GoldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A gold problem with its message. */
    public GoldException(String message) {
        super(message);
    }
}
