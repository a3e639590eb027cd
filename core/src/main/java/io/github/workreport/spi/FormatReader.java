package io.github.workreport.spi;

/**
 * Reads one input format (HTML, PDF, Word, OFD, ...) into text for the parser. Plain text needs
 * no reader: the parser decodes it itself.
 *
 * <p>Register readers explicitly with {@code ReportParser.builder().addReader(..)}, or opt in to
 * discovery through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.github.workreport.spi.FormatReader}) with
 * {@code discoverReaders()}; {@code ReportParser.defaults()} discovers them. The first reader,
 * in ascending {@link #order()} (explicit ones first), that {@link #accepts(byte[])} the bytes
 * reads them. The {@code workreport-formats} module provides HTML, PDF, DOCX and DOC readers.
 *
 * <p>Implementations must be immutable and thread-safe, and lenient: odd input gives text with
 * warnings or a {@linkplain ExtractedText#refused refusal}, never an exception.
 */
public interface FormatReader {

    /** The format's short name, as JSON's {@code format} shows it ({@code "pdf"}). */
    String format();

    /** Position among discovered readers: lower is asked first. */
    default int order() {
        return 1000;
    }

    /**
     * Whether the bytes are in this reader's format, judged by their content (magic bytes,
     * markup), never by a file name. Must be cheap: it looks at the first bytes only, or scans
     * once.
     */
    boolean accepts(byte[] bytes);

    /**
     * Reads the bytes.
     *
     * @param bytes    the whole input
     * @param maxChars the parser's limit on text length; a reader stops extracting past it (the
     *                 parser sets the rest aside)
     * @return the text, or a refusal; never null
     */
    ExtractedText read(byte[] bytes, int maxChars);
}
