package io.github.workreport.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands command-line arguments into the list of input files, in a deterministic order: the
 * arguments in the order given; a directory's files (recursive, filtered by a glob on the file
 * name) and a glob pattern's matches sorted by path.
 */
final class Inputs {

    /**
     * One input, or a problem found while looking for inputs.
     *
     * @param path     the file to parse
     * @param relative a path relative to the argument it was found under (the file name for a file
     *                 argument), used to name per-file outputs
     * @param problem  null, or why the path cannot be used (then it is reported, not parsed)
     */
    record Input(Path path, Path relative, String problem) {
        boolean ok() {
            return problem == null;
        }

        /** Whether this input is standard input (the argument {@code -}). */
        boolean stdin() {
            return path != null && path.equals(STDIN);
        }
    }

    /** The path of standard input, the argument {@code -}; its output is named {@code stdin}. */
    static final Path STDIN = Path.of("-");

    /**
     * The default file-name pattern for directories: every format a reader is shipped for (the
     * format itself is told by the content, not by the name).
     */
    static final String SUPPORTED = "*.{txt,TXT,text,htm,html,HTM,HTML,shtml,xhtml,pdf,PDF,docx,DOCX,doc,DOC}";

    private Inputs() {
    }

    /** Whether an argument is a glob pattern rather than a plain path. */
    static boolean isPattern(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }

    /**
     * Expands the arguments.
     *
     * @param args  files, directories and glob patterns ({@code reports/**}{@code /*.txt})
     * @param glob  the file-name pattern for files found in directories ({@code *.txt})
     * @throws IllegalArgumentException when {@code glob} is not a valid pattern
     */
    static List<Input> expand(List<String> args, String glob) {
        return expand(args, glob, note -> { });
    }

    /**
     * Expands the arguments, telling {@code notes} about a directory that holds no matching file
     * (not an error: nothing to parse there).
     */
    static List<Input> expand(List<String> args, String glob, java.util.function.Consumer<String> notes) {
        PathMatcher dirMatcher = matcher(glob);
        boolean onName = !glob.contains("/");
        List<Input> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(new Input(STDIN, Path.of("stdin"), null));
                continue;
            }
            Path p;
            try {
                p = Path.of(arg);
            } catch (InvalidPathException e) {
                out.add(new Input(null, null, "invalid path " + arg + ": " + e.getReason()));
                continue;
            }
            if (Files.isDirectory(p)) {
                int before = out.size();
                walk(p, p, dirMatcher, onName, out, seen, notes);
                if (out.size() == before) {
                    notes.accept("no file matching " + glob + " in " + p);
                }
            } else if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) || !isPattern(arg)) {
                // a plain file, or a missing one: parsing reports why it cannot be read; a pipe or a device would
                // block or never end: not read (standard input is -)
                if (seen.add(p.toAbsolutePath().normalize())) {
                    String problem = Files.exists(p) && !Files.isRegularFile(p)
                            ? "cannot read " + p + ": not a regular file (a pipe or a device; for standard input give -)"
                            : null;
                    out.add(new Input(p, p.getFileName() == null ? p : p.getFileName(), problem));
                }
            } else {
                int before = out.size();
                pattern(arg, out, seen, notes);
                if (out.size() == before) {
                    out.add(new Input(null, null, "no file matches " + arg));
                }
            }
        }
        return out;
    }

    private static PathMatcher matcher(String glob) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid --glob pattern '" + glob + "': " + e.getMessage(), e);
        }
    }

    /** A glob pattern: walk from its longest directory prefix without glob characters. */
    private static void pattern(String arg, List<Input> out, Set<Path> seen, java.util.function.Consumer<String> notes) {
        String norm = arg.replace('\\', '/');
        String[] parts = norm.split("/", -1);
        StringBuilder base = new StringBuilder();
        int i = 0;
        for (; i < parts.length - 1 && !isPattern(parts[i]); i++) {
            base.append(parts[i]).append('/');
        }
        String rest = String.join("/", java.util.Arrays.asList(parts).subList(i, parts.length));
        Path root = base.length() == 0 ? Path.of(".") : Path.of(base.toString());
        if (!Files.isDirectory(root)) {
            return;
        }
        PathMatcher m = matcher(rest);
        List<Input> found = new ArrayList<>();
        walk(root, root, m, false, found, seen, notes);
        for (Input in : found) {
            if (!in.ok() || m.matches(in.relative())) {
                out.add(base.length() == 0 && in.ok()
                        ? new Input(in.relative(), in.relative(), null) : in);
            }
        }
    }

    /**
     * Walks a directory, following symbolic links. A symbolic link that leads nowhere (dangling) or
     * round in a loop, to a file or to a directory alike, is skipped with a note ({@code skipped
     * PATH: dangling symbolic link}, {@code skipped PATH: symbolic link loop}): not an input, not a
     * failure. A file or directory that cannot be read is a failed input.
     */
    private static void walk(Path root, Path start, PathMatcher m, boolean onName, List<Input> out, Set<Path> seen,
            java.util.function.Consumer<String> notes) {
        List<Input> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            Path rel = root.relativize(file);
                            if (attrs.isSymbolicLink()) {
                                // following it failed: it leads nowhere, or round to itself
                                skipped.add("skipped " + file + ": " + (isLoop(file) ? "symbolic link loop"
                                        : "dangling symbolic link"));
                            } else if (attrs.isRegularFile() && m.matches(onName ? file.getFileName() : rel)) {
                                found.add(new Input(file, rel, null));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                skipped.add("skipped " + file + ": symbolic link loop");
                            } else {
                                found.add(new Input(file, root.relativize(file), reason(file, e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(new Input(start, start, reason(start, e)));
        }
        skipped.stream().sorted().forEach(notes);
        found.sort((a, b) -> a.relative().toString().compareTo(b.relative().toString()));
        for (Input in : found) {
            if (!in.ok() || seen.add(in.path().toAbsolutePath().normalize())) {
                out.add(in);
            }
        }
    }

    /** Whether following a symbolic link fails because it loops (rather than leading nowhere). */
    private static boolean isLoop(Path link) {
        try {
            link.toRealPath();
            return false;
        } catch (FileSystemLoopException e) {
            return true;
        } catch (IOException e) {
            return e.getMessage() != null && e.getMessage().contains("Too many levels of symbolic links")
                    || e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                    && f.getReason().contains("Too many levels");
        }
    }

    /** "cannot read PATH: reason", in words rather than an exception class name. */
    static String reason(Path file, Throwable e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof FileSystemLoopException) {
            why = "symbolic link loop";
        } else if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            why = fse.getReason();
        } else if (e.getMessage() != null && !e.getMessage().isBlank()) {
            // the parser's messages start with the path already
            why = e.getMessage().startsWith(file + ": ") ? e.getMessage().substring(file.toString().length() + 2)
                    : e.getMessage();
        } else {
            why = e.getClass().getSimpleName();
        }
        return "cannot read " + file + ": " + why;
    }
}
