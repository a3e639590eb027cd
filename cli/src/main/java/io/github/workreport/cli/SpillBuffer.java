package io.github.workreport.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes of one output record held until the record is complete: in memory up to a threshold, in a
 * temporary file beyond it. A record that fails half-way is dropped whole, so that a stream of
 * records (JSON Lines, CSV) never holds half of one, while memory stays bounded however large the
 * record. Not thread-safe; close it to delete the temporary file.
 */
final class SpillBuffer extends OutputStream {

    /** Bytes kept in memory before spilling to a temporary file. */
    static final int DEFAULT_THRESHOLD = 4 * 1024 * 1024;

    private final int threshold;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
    private Path file;
    private OutputStream fileOut;
    private boolean closed;

    SpillBuffer() {
        this(DEFAULT_THRESHOLD);
    }

    SpillBuffer(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        }
        this.threshold = threshold;
    }

    /** Whether the bytes went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IllegalStateException("the buffer is closed");
        }
        if (fileOut == null && memory.size() + (long) len > threshold) {
            file = Files.createTempFile("workreport-", ".part");
            fileOut = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (fileOut != null) {
            fileOut.write(b, off, len);
        } else {
            memory.write(b, off, len);
        }
    }

    private InputStream open() throws IOException {
        if (fileOut != null) {
            fileOut.flush();
            return Files.newInputStream(file);
        }
        return new java.io.ByteArrayInputStream(memory.toByteArray());
    }

    /** Copies the bytes held to {@code out}. */
    void copyTo(OutputStream out) throws IOException {
        if (fileOut == null) {
            memory.writeTo(out);
            return;
        }
        try (InputStream in = open()) {
            in.transferTo(out);
        }
    }

    /** Copies the bytes held, UTF-8, to {@code out} as characters. */
    void copyTo(Writer out) throws IOException {
        try (Reader in = new InputStreamReader(open(), StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    /** Drops the bytes and deletes the temporary file, if any. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        memory = null;
        if (fileOut != null) {
            try {
                fileOut.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
