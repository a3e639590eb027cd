package io.github.workreport;

import io.github.workreport.internal.DefaultReportContext;
import io.github.workreport.internal.structure.AnalyzedReport;
import io.github.workreport.internal.structure.StructureAnalyzer;
import io.github.workreport.spi.Extractor;
import io.github.workreport.internal.BinaryFormats;
import io.github.workreport.spi.ExtractedText;
import io.github.workreport.spi.Findings;
import io.github.workreport.spi.FormatReader;
import io.github.workreport.text.DecodedText;
import io.github.workreport.text.Decoder;
import io.github.workreport.text.NormalizedText;
import io.github.workreport.text.Normalizer;
import io.github.workreport.text.OffsetMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses government work reports, plan reports and budget reports into {@link Report}s.
 * Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * Report r = ReportParser.defaults().parse(Path.of("report.txt"));
 * for (Target t : r.targets()) {
 *     System.out.println(t.indicator() + " " + t.quantity());
 * }
 *
 * ReportParser custom = ReportParser.builder()
 *         .normalizer(Normalizer.builder().traditionalToSimplified(false).build())
 *         .addExtractor(new MyExtractor())
 *         .build();
 * }</pre>
 *
 * <p>Parsing is lenient: odd input gives a report with {@link Report#warnings() warnings}, never
 * an exception; only programmer errors (null arguments, an invalid configuration) and I/O
 * failures throw.
 */
public final class ReportParser {

    /** Types the parser itself provides to extractors. */
    public static final Set<Class<?>> BUILT_IN = Set.of(ReportMetadata.class, Section.class, Enumeration.class);

    /** Default limit on the decoded input length, in UTF-16 code units (64 Mi). */
    public static final int DEFAULT_MAX_CHARS = 64 * 1024 * 1024;

    private static volatile ReportParser defaults;

    private final Decoder decoder;
    private final Normalizer normalizer;
    private final List<Extractor> extractors;
    private final List<FormatReader> readers;
    private final int maxChars;
    private final boolean explain;
    private final Integer hintYear;
    private final String hintRegion;
    private final boolean yearFromName;

    private ReportParser(Builder b) {
        this.decoder = b.decoder == null ? Decoder.defaults() : b.decoder;
        this.normalizer = b.normalizer == null ? Normalizer.defaults() : b.normalizer;
        this.extractors = List.copyOf(b.resolvedExtractors());
        this.readers = List.copyOf(b.resolvedReaders());
        this.maxChars = b.maxChars;
        this.explain = b.explain;
        this.hintYear = b.hintYear;
        this.hintRegion = b.hintRegion;
        this.yearFromName = b.yearFromName;
    }

    /**
     * The default parser: every normalizer step on, and the extractors and format readers
     * discovered through {@link ServiceLoader} (with {@code workreport-extractors} on the class
     * path: targets, achievements, glossary; with {@code workreport-formats}: HTML, PDF, Word).
     * With {@code workreport-core} alone there are no extractors: reports then have metadata and
     * sections but no targets or achievements, and each carries a {@value #NO_EXTRACTORS} warning
     * saying so.
     */
    public static ReportParser defaults() {
        ReportParser p = defaults;
        if (p == null) {
            synchronized (ReportParser.class) {
                p = defaults;
                if (p == null) {
                    p = builder().discoverExtractors().discoverReaders().build();
                    defaults = p;
                }
            }
        }
        return p;
    }

    /** Starts configuring a parser: default decoder and normalizer, no extractors. */
    public static Builder builder() {
        return new Builder();
    }

    /** The extractors, in the order they run. */
    public List<Extractor> extractors() {
        return extractors;
    }

    /** The format readers, in the order they are asked. */
    public List<FormatReader> readers() {
        return readers;
    }

    /** The normalizer. */
    public Normalizer normalizer() {
        return normalizer;
    }

    /** Parses text holding one report; for several, see {@link #parseAll(CharSequence)}. */
    public Report parse(CharSequence text) {
        return first(parseAll(text));
    }

    /** Parses bytes, detecting the charset. */
    public Report parse(byte[] bytes) {
        return first(parseAll(bytes, "<bytes>"));
    }

    /**
     * Parses a stream to its end, detecting the charset.
     *
     * @throws IOException when reading fails
     */
    public Report parse(InputStream in) throws IOException {
        return first(parseAll(in, "<stream>"));
    }

    /**
     * Parses every report of a stream, read to its end, detecting the charset. At most {@link
     * #maxBytes()} bytes are read: an endless or larger stream is an {@code IOException} naming the
     * limit, not an {@code OutOfMemoryError}.
     *
     * @throws IOException when reading fails or the stream is longer than the limit
     */
    public ReportFile parseAll(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        long max = maxBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new IOException(source + ": " + tooLarge("more than " + max + " bytes"));
        }
        return parseAll(bytes, source);
    }

    /**
     * The largest input read, in bytes: 4 × {@code maxChars} (a character takes at most 4 bytes in
     * any supported charset), at most {@code Integer.MAX_VALUE - 8} (a Java array).
     */
    public long maxBytes() {
        return Math.min((long) maxChars * 4, Integer.MAX_VALUE - 8);
    }

    private String tooLarge(String size) {
        return size + " is above the parser's limit of " + maxBytes() + " bytes (4 bytes for each of maxChars = "
                + maxChars + " characters; raise it with ReportParser.builder().maxChars(n), or --max-chars)";
    }

    /**
     * Parses a file, detecting the charset.
     *
     * @throws IOException when the file cannot be read
     */
    public Report parse(Path file) throws IOException {
        return first(parseAll(file));
    }

    /**
     * Parses every report of a file (a compilation holds several).
     *
     * @throws IOException when the file cannot be read
     */
    public ReportFile parseAll(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        long size = Files.size(file);
        if (size > maxBytes()) {
            throw new IOException(file + ": " + tooLarge("a file of " + size + " bytes"));
        }
        if (!Files.isRegularFile(file) && !Files.isDirectory(file) && Files.exists(file)) {
            // a device or a pipe has no size: read as a stream, bounded
            try (InputStream in = Files.newInputStream(file)) {
                return parseAll(in, file.toString());
            }
        }
        return parseAll(Files.readAllBytes(file), file.toString());
    }

    /**
     * Parses every report in bytes. The format is told by the content, never by the name: a
     * {@link FormatReader} that accepts the bytes reads them (HTML, PDF, Word with
     * {@code workreport-formats} on the class path); other binary input (archives, images,
     * executables, a PDF without a reader) is refused: the result has no reports and a
     * {@value ReportFile#REFUSED} warning saying why; anything else is text, its charset detected.
     *
     * @param source a name for the input, for messages and {@link ReportFile#source()}
     */
    public ReportFile parseAll(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        for (FormatReader r : readers) {
            boolean accepted;
            try {
                accepted = r.accepts(bytes);
            } catch (RuntimeException e) {
                accepted = false;
            }
            if (accepted) {
                ExtractedText x;
                try {
                    x = r.read(bytes, maxChars);
                } catch (RuntimeException | StackOverflowError | LinkageError e) {
                    x = ExtractedText.refused(r.format(), "the " + r.format() + " reader failed: " + e);
                }
                if (x == null) {
                    x = ExtractedText.refused(r.format(), "the " + r.format() + " reader returned nothing");
                }
                return run(source, x);
            }
        }
        String kind = BinaryFormats.kind(bytes);
        if (kind != null) {
            return run(source, ExtractedText.refused(kind, "the input is a " + kind + " file, not text"
                    + (kind.equals("pdf") || kind.equals("docx") || kind.equals("ole2")
                            ? "; reading it needs workreport-formats on the class path" : "")
                    + "; nothing was extracted"));
        }
        DecodedText d = decoder.decode(bytes);
        if (d.warnings().stream().anyMatch(w -> w.code().equals(Decoder.BINARY_INPUT))) {
            // an archive, an image, an executable: no text, so no report and no figures read from garbage
            return run(source, new ExtractedText("binary", d.charset(), "", "", OffsetMap.identity(0), List.of(),
                    Pages.none(), d.warnings(), "the input is binary data, not text; nothing was extracted"));
        }
        if (BinaryFormats.looksBinary(d.text())) {
            return run(source, ExtractedText.refused("binary", "the input is binary data, not text (control "
                    + "characters throughout); nothing was extracted"));
        }
        bytes = null; // not needed past decoding: a large input's bytes can go while the text is parsed
        return run(source, ExtractedText.plain("text", d.charset(), d.text(), Pages.none(), d.warnings()));
    }

    /** Parses every report in a text. */
    public ReportFile parseAll(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return run("<text>", ExtractedText.plain("text", null, text.toString(), Pages.none(), List.of()));
    }

    private ReportFile run(String source, ExtractedText x) {
        if (x.isRefused()) {
            List<Warning> w = new ArrayList<>(x.warnings());
            w.add(Warning.of(ReportFile.REFUSED, x.refusal()));
            return new ReportFile(source, x.charset(), NormalizedText.unchanged(x.original()), List.of(), x.noise(), w,
                    x.format(), x.pages());
        }
        List<Warning> fileWarnings = new ArrayList<>(x.warnings());
        String original = x.original();
        String input = x.text();
        OffsetMap readerMap = x.map();
        // the cut never splits a surrogate pair: both sides stay whole characters
        int limit = input.length() > maxChars ? io.github.workreport.text.Utf16.boundaryAtOrBefore(input, maxChars)
                : input.length();
        if (limit < input.length()) {
            int cut = readerMap.toInputStart(limit);
            fileWarnings.add(new Warning("input-truncated", "input of " + input.length()
                    + " characters is above the limit of " + maxChars + "; the rest is set aside",
                    new Span(cut, original.length())));
        }
        NormalizedText nt = normalizer.normalize(limit < input.length() ? input.substring(0, limit) : input);
        if (nt.original().length() != input.length()) {
            // keep spans into the full input: wrap the truncated part as noise
            List<Noise> n = new ArrayList<>(nt.noise());
            n.add(new Noise(Noise.Kind.OTHER, new Span(limit, input.length()), "above the input limit"));
            nt = new NormalizedText(input, nt.text(), extend(nt, input.length()), n, nt.warnings());
        }
        if (original != input || !readerMap.isIdentity()) {
            nt = behind(readerMap, original, x.noise(), nt);
        }
        StructureAnalyzer.Result structure = StructureAnalyzer.analyze(nt);
        List<Report> reports = new ArrayList<>();
        Integer nameYear = yearFromName && hintYear == null ? yearInName(source) : null;
        for (AnalyzedReport ar : structure.reports()) {
            AnalyzedReport hinted = ar.withHints(hintYear != null ? hintYear : nameYear,
                    hintYear != null ? "the caller" : "the file name", hintRegion);
            reports.add(extract(nt, hinted, within(nt.warnings(), ar.span())));
        }
        // a normalizer warning outside every report (text before the first one) concerns the file
        for (Warning w : nt.warnings()) {
            if (w.span() == null || structure.reports().stream().noneMatch(ar -> inside(w.span(), ar.span()))) {
                fileWarnings.add(w);
            }
        }
        if (reports.isEmpty()) {
            fileWarnings.add(Warning.of("no-report", "no report text found"));
        }
        // the normalizer's finer stretches stay; a structural stretch (a table of contents, text before
        // the first report) is cut around them, so that every character is set aside once
        List<Noise> noise = new ArrayList<>(nt.noise());
        for (Noise s : structure.noise()) {
            noise.addAll(Noise.subtract(s, nt.noise()));
        }
        return new ReportFile(source, x.charset(), nt, reports, Noise.disjoint(noise), fileWarnings, x.format(),
                x.pages());
    }

    /** The normalizer's warnings whose span lies inside a report's span. */
    private static List<Warning> within(List<Warning> warnings, Span report) {
        List<Warning> out = new ArrayList<>();
        for (Warning w : warnings) {
            if (w.span() != null && inside(w.span(), report)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean inside(Span s, Span report) {
        return s.start() >= report.start() && s.end() <= report.end();
    }

    /**
     * The year a file name states (national-2013-gwr.txt, 2024年政府工作报告.txt): its only
     * four-digit number from 1949 to 2099 standing apart from other digits, or null.
     */
    static Integer yearInName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        Integer found = null;
        for (int i = 0; i + 4 <= name.length(); i++) {
            boolean apart = (i == 0 || !Character.isDigit(name.charAt(i - 1)))
                    && (i + 4 == name.length() || !Character.isDigit(name.charAt(i + 4)));
            if (!apart) {
                continue;
            }
            int y = 0;
            boolean digits = true;
            for (int k = i; k < i + 4 && digits; k++) {
                char c = name.charAt(k);
                digits = c >= '0' && c <= '9';
                y = y * 10 + (c - '0');
            }
            if (digits && y >= 1949 && y <= 2099) {
                if (found != null && found != y) {
                    return null; // two years: the name does not say which
                }
                found = y;
            }
        }
        return found;
    }

    /**
     * The normalized text of a reader's text, put behind the reader's map: offsets lead back to
     * the reader's original, and the normalizer's noise is moved there beside the reader's own.
     */
    private static NormalizedText behind(OffsetMap readerMap, String original, List<Noise> readerNoise,
            NormalizedText nt) {
        List<OffsetMap> maps = new ArrayList<>(nt.maps().size() + 1);
        maps.add(readerMap);
        maps.addAll(nt.maps());
        List<Noise> noise = new ArrayList<>(readerNoise);
        for (Noise n : nt.noise()) {
            int s = readerMap.toInputStart(n.span().start());
            int e = readerMap.toInputEnd(n.span().end());
            if (e > s) {
                noise.add(new Noise(n.kind(), new Span(s, e), n.detail()));
            }
        }
        List<Warning> warnings = new ArrayList<>(nt.warnings().size());
        for (Warning w : nt.warnings()) {
            Span o = w.span();
            if (o != null) {
                int s = readerMap.toInputStart(o.start());
                int e = readerMap.toInputEnd(o.end());
                o = new Span(s, Math.max(s, e));
            }
            warnings.add(new Warning(w.code(), w.message(), o));
        }
        return new NormalizedText(original, nt.text(), maps, Noise.disjoint(noise), warnings);
    }

    private static List<OffsetMap> extend(NormalizedText nt, int originalLength) {
        // a deletion of the tail [max, originalLength) in front of the normalizer's maps
        int cut = nt.original().length();
        io.github.workreport.text.OffsetMap tail = io.github.workreport.text.OffsetMap.builder().copy(cut)
                .replace(originalLength - cut, 0).build(originalLength);
        List<io.github.workreport.text.OffsetMap> maps = new ArrayList<>();
        maps.add(tail);
        maps.addAll(nt.maps());
        return maps;
    }

    /** The code of the warning on every report of a parser built without extractors. */
    public static final String NO_EXTRACTORS = "no-extractors";

    private Report extract(NormalizedText nt, AnalyzedReport ar, List<Warning> normalizerWarnings) {
        List<Object> found = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>(ar.warnings());
        warnings.addAll(normalizerWarnings);
        if (extractors.isEmpty()) {
            warnings.add(Warning.of(NO_EXTRACTORS, "the parser has no extractors, so no targets or achievements are read: "
                    + "put workreport-extractors on the class path and use ReportParser.defaults() or "
                    + "builder().discoverExtractors()"));
        }
        for (Extractor e : extractors) {
            Findings f;
            try {
                f = e.extract(new DefaultReportContext(nt, ar, found, explain));
            } catch (RuntimeException ex) {
                warnings.add(Warning.of("extractor-failed", "extractor '" + e.name() + "' failed: " + ex));
                continue;
            }
            if (f == null) {
                warnings.add(Warning.of("extractor-failed", "extractor '" + e.name() + "' returned null"));
                continue;
            }
            found.addAll(f.items());
            warnings.addAll(f.warnings());
        }
        List<Target> targets = new ArrayList<>();
        List<Achievement> achievements = new ArrayList<>();
        List<GlossaryEntry> glossary = new ArrayList<>();
        List<Object> extras = new ArrayList<>();
        for (Object o : found) {
            if (o instanceof Target t) {
                targets.add(t);
            } else if (o instanceof Achievement a) {
                achievements.add(a);
            } else if (o instanceof GlossaryEntry g) {
                glossary.add(g);
            } else {
                extras.add(o);
            }
        }
        return new Report(ar.span(), ar.metadata(), ar.sections(), targets, achievements, glossary, warnings, extras);
    }

    private static Report first(ReportFile f) {
        if (!f.reports().isEmpty()) {
            Report r = f.reports().get(0);
            if (f.reports().size() == 1 && f.warnings().isEmpty()) {
                return r;
            }
            List<Warning> w = new ArrayList<>(f.warnings());
            w.addAll(r.warnings());
            if (f.reports().size() > 1) {
                w.add(Warning.of("several-reports", "the input holds " + f.reports().size()
                        + " reports; parse() returns the first, parseAll() returns all"));
            }
            return new Report(r.span(), r.metadata(), r.sections(), r.targets(), r.achievements(), r.glossary(), w,
                    r.extras());
        }
        return new Report(new Span(0, f.original().length()), ReportMetadata.unknown(), List.of(), List.of(), List.of(),
                List.of(), f.warnings());
    }

    /**
     * Configures a {@link ReportParser}. {@link #build()} leaves the builder unchanged; a setting
     * given twice is an {@link IllegalStateException}.
     */
    public static final class Builder {
        private Decoder decoder;
        private Normalizer normalizer;
        private final List<Extractor> explicit = new ArrayList<>();
        private final Set<String> removed = new LinkedHashSet<>();
        private boolean discover;
        private ClassLoader loader;
        private int maxChars = DEFAULT_MAX_CHARS;
        private boolean maxCharsSet;
        private boolean explain;
        private Integer hintYear;
        private String hintRegion;
        private boolean yearFromName = true;
        private final List<FormatReader> explicitReaders = new ArrayList<>();
        private boolean discoverReaders;
        private ClassLoader readerLoader;

        private Builder() {
        }

        /**
         * Sets the decoder for byte input.
         *
         * @throws IllegalStateException when already set
         */
        public Builder decoder(Decoder d) {
            if (decoder != null) {
                throw new IllegalStateException("decoder already set");
            }
            decoder = Objects.requireNonNull(d, "decoder");
            return this;
        }

        /**
         * Sets the normalizer.
         *
         * @throws IllegalStateException when already set
         */
        public Builder normalizer(Normalizer n) {
            if (normalizer != null) {
                throw new IllegalStateException("normalizer already set");
            }
            normalizer = Objects.requireNonNull(n, "normalizer");
            return this;
        }

        /**
         * Adds an extractor; explicit extractors run in the order added, after discovered ones.
         *
         * @throws IllegalArgumentException when an extractor of the same name is already added
         */
        public Builder addExtractor(Extractor e) {
            Objects.requireNonNull(e, "extractor");
            Objects.requireNonNull(e.name(), "extractor name");
            for (Extractor x : explicit) {
                if (x.name().equals(e.name())) {
                    throw new IllegalArgumentException("an extractor named '" + e.name() + "' is already added");
                }
            }
            explicit.add(e);
            return this;
        }

        /** Opts in to extractors found through {@link ServiceLoader}, run in {@link Extractor#order()}. */
        public Builder discoverExtractors() {
            discover = true;
            return this;
        }

        /** Opts in to discovery with a specific class loader. */
        public Builder discoverExtractors(ClassLoader classLoader) {
            discover = true;
            loader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Adds a format reader; explicit readers are asked before discovered ones, in the order added.
         *
         * @throws IllegalArgumentException when a reader of the same format is already added
         */
        public Builder addReader(FormatReader r) {
            Objects.requireNonNull(r, "reader");
            Objects.requireNonNull(r.format(), "reader format");
            for (FormatReader x : explicitReaders) {
                if (x.format().equals(r.format())) {
                    throw new IllegalArgumentException("a reader of format '" + r.format() + "' is already added");
                }
            }
            explicitReaders.add(r);
            return this;
        }

        /**
         * Opts in to format readers found through {@link ServiceLoader}, asked in
         * {@link FormatReader#order()} after explicit ones (with {@code workreport-formats} on the
         * class path: HTML, PDF, DOCX, DOC).
         */
        public Builder discoverReaders() {
            discoverReaders = true;
            return this;
        }

        /** Opts in to reader discovery with a specific class loader. */
        public Builder discoverReaders(ClassLoader classLoader) {
            discoverReaders = true;
            readerLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** Removes an extractor by name (a discovered default, for instance). */
        public Builder removeExtractor(String name) {
            removed.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Limits the decoded input length; text past it is set aside with a warning.
         *
         * @throws IllegalArgumentException when not positive
         * @throws IllegalStateException when already set
         */
        public Builder maxChars(int max) {
            if (max <= 0) {
                throw new IllegalArgumentException("maxChars must be positive: " + max);
            }
            if (maxCharsSet) {
                throw new IllegalStateException("maxChars already set");
            }
            maxCharsSet = true;
            maxChars = max;
            return this;
        }

        /**
         * A plan year and a region for reports whose text names none (a scraped text that starts with
         * 各位代表): used only where the text is silent, each use with a warning. Either may be null.
         *
         * @throws IllegalArgumentException when the year is outside 1949–2099 or the region is blank
         */
        public Builder hint(Integer year, String region) {
            if (year != null && (year < 1949 || year > 2099)) {
                throw new IllegalArgumentException("a plan year hint must be within 1949-2099: " + year);
            }
            if (region != null && region.isBlank()) {
                throw new IllegalArgumentException("a region hint must not be blank");
            }
            hintYear = year;
            hintRegion = region;
            return this;
        }

        /**
         * Whether a year in the file name ({@code national-2013-gwr.txt}, {@code 2024年工作报告.txt}) is
         * the plan year of a report whose text names none (with a {@code year-from-hint} warning). On by
         * default; a {@link #hint(Integer, String) year hint} comes first.
         */
        public Builder yearFromFileName(boolean on) {
            yearFromName = on;
            return this;
        }

        /**
         * Asks the extractors to explain their decisions: every report then carries a
         * {@link Decision} per quantity found (taken or set aside) in {@link Report#decisions()}.
         * Off by default: explaining allocates a record per quantity.
         */
        public Builder explain(boolean on) {
            explain = on;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @throws IllegalStateException when an extractor requires a type no earlier step provides,
         *                               or two extractors share a name
         */
        public ReportParser build() {
            return new ReportParser(this);
        }

        private List<FormatReader> resolvedReaders() {
            List<FormatReader> all = new ArrayList<>(explicitReaders);
            if (discoverReaders) {
                ServiceLoader<FormatReader> sl = readerLoader == null ? ServiceLoader.load(FormatReader.class)
                        : ServiceLoader.load(FormatReader.class, readerLoader);
                List<FormatReader> found = new ArrayList<>();
                Set<String> formats = new HashSet<>();
                explicitReaders.forEach(r -> formats.add(r.format()));
                for (FormatReader r : sl) {
                    if (formats.add(r.format())) {
                        found.add(r); // an explicit reader of the same format wins
                    }
                }
                found.sort(Comparator.comparingInt(FormatReader::order).thenComparing(FormatReader::format));
                all.addAll(found);
            }
            return all;
        }

        private List<Extractor> resolvedExtractors() {
            List<Extractor> all = new ArrayList<>();
            if (discover) {
                ServiceLoader<Extractor> sl = loader == null ? ServiceLoader.load(Extractor.class)
                        : ServiceLoader.load(Extractor.class, loader);
                List<Extractor> found = new ArrayList<>();
                sl.forEach(found::add);
                found.sort(Comparator.comparingInt(Extractor::order).thenComparing(Extractor::name));
                all.addAll(found);
            }
            all.addAll(explicit);
            all.removeIf(e -> removed.contains(e.name()));
            Set<String> names = new HashSet<>();
            Set<Class<?>> provided = new HashSet<>(BUILT_IN);
            for (Extractor e : all) {
                if (!names.add(e.name())) {
                    throw new IllegalStateException("two extractors are named '" + e.name() + "'");
                }
                Set<Class<?>> missing = new LinkedHashSet<>(e.requires());
                missing.removeAll(provided);
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("extractor '" + e.name() + "' requires "
                            + missing.stream().map(Class::getSimpleName).collect(Collectors.joining(", "))
                            + ", which no earlier extractor provides; add one that provides it before '" + e.name() + "'");
                }
                provided.addAll(e.provides());
            }
            return all;
        }
    }
}
