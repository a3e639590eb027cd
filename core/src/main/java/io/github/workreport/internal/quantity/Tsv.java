package io.github.workreport.internal.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the word tables of the quantity scanner, resource files next to this class: strict UTF-8,
 * one row per line, fields separated by tabs, blank lines and lines starting with {@code #}
 * skipped. Every error is an {@link IllegalStateException} naming the file and the line.
 */
final class Tsv {

    /** A row: its fields and its line number (1-based). */
    record Row(String file, int line, String[] fields) {

        String get(int k) {
            return k < fields.length ? fields[k] : "";
        }

        IllegalStateException error(String what) {
            return Tsv.error(file, line, what);
        }
    }

    private Tsv() {
    }

    /**
     * The rows of {@code lines} (named {@code file} in errors), each with {@code min} to
     * {@code max} fields, whose first field is unique and has no surrounding space.
     */
    static List<Row> rows(String file, List<String> lines, int min, int max) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < min || f.length > max || f[0].isEmpty() || !f[0].equals(f[0].strip())) {
                throw error(file, i + 1, "expected " + (min == max ? min : min + " to " + max)
                        + " tab-separated fields, got '" + line + "'");
            }
            Integer first = seen.putIfAbsent(f[0], i + 1);
            if (first != null) {
                throw error(file, i + 1, "duplicate '" + f[0] + "' (first on line " + first + ")");
            }
            rows.add(new Row(file, i + 1, f));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(file + ": no rows");
        }
        return rows;
    }

    /** The rows of the resource {@code file} next to this class: see {@link #rows(String, List, int, int)}. */
    static List<Row> resource(String file, int min, int max) {
        return rows(file, read(file), min, max);
    }

    static IllegalStateException error(String file, int line, String what) {
        return new IllegalStateException(file + " line " + line + ": " + what);
    }

    /** The lines of the resource {@code file} next to this class. */
    static List<String> read(String file) {
        return io.github.workreport.spi.ResourceLines.read(Tsv.class, file, file, "workreport-core");
    }

    /** A comma list, or none for an empty field or {@code -}. */
    static String[] list(String field) {
        String f = field.strip();
        if (f.isEmpty() || f.equals("-")) {
            return new String[0];
        }
        String[] parts = f.split(",", -1);
        for (int k = 0; k < parts.length; k++) {
            parts[k] = parts[k].strip();
        }
        return parts;
    }

    /**
     * The outcome of loading a table once: its value or the error, kept so that every use after a
     * failed load throws again (a class initializer that threw would give NoClassDefFoundError).
     */
    static final class Loaded<T> {
        private final T value;
        private final IllegalStateException failure;

        private Loaded(T value, IllegalStateException failure) {
            this.value = value;
            this.failure = failure;
        }

        static <T> Loaded<T> of(java.util.function.Supplier<T> load) {
            try {
                return new Loaded<>(load.get(), null);
            } catch (IllegalStateException e) {
                return new Loaded<>(null, e);
            } catch (RuntimeException e) {
                return new Loaded<>(null, new IllegalStateException("cannot load a quantity table: " + e, e));
            }
        }

        T get() {
            if (value == null) {
                throw failure();
            }
            return value;
        }

        /** The value, or null when the load failed. */
        T orNull() {
            return value;
        }

        /** A new exception for a use after a failed load, with the load's message and the load's as cause. */
        IllegalStateException failure() {
            return new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
