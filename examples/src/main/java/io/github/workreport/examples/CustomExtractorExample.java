package io.github.workreport.examples;

import io.github.workreport.Figure;
import io.github.workreport.Report;
import io.github.workreport.ReportParser;
import io.github.workreport.extractors.FigureExtractor;
import io.github.workreport.spi.Extractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Registers a custom extractor, {@link LivelihoodProjectsExtractor}, two ways:
 *
 * <ol>
 *   <li>explicitly, in call order, next to the discovered defaults:
 *   {@code ReportParser.builder().discoverExtractors().removeExtractor(..).addExtractor(..)};</li>
 *   <li>through {@link java.util.ServiceLoader}: this module's
 *   {@code META-INF/services/io.github.workreport.spi.Extractor} names it, so with the examples jar
 *   on the class path {@link ReportParser#defaults()} runs it after the figure extractor.</li>
 * </ol>
 *
 * <p>Extractor names are unique in a parser: since the examples jar registers the extractor for
 * discovery, the explicit instance gets a name of its own, and the discovered one is removed by name.
 * It also shows the requirement check: the extractor {@code requires()} {@code Target}, so a parser
 * without the figure extractor cannot be built.
 *
 * <pre>
 * java -cp ... io.github.workreport.examples.CustomExtractorExample examples/sample-report.txt
 * </pre>
 */
public final class CustomExtractorExample {

    private CustomExtractorExample() {
    }

    /** A parser with the discovered extractors plus an explicitly added 民生实事/惠民实事 extractor. */
    public static ReportParser explicitParser() {
        return ReportParser.builder()
                .discoverExtractors()                        // figures (order 100), livelihood-projects (200)
                .removeExtractor(LivelihoodProjectsExtractor.NAME) // drop the discovered instance ...
                .addExtractor(new LivelihoodProjectsExtractor("projects", List.of("民生实事", "惠民实事"))) // ... add ours
                .build();
    }

    /** The default parser; with the examples jar on the class path it discovers the extractor itself. */
    public static ReportParser discoveredParser() {
        return ReportParser.defaults();
    }

    /**
     * Tries to build a parser with the custom extractor but without the figure extractor it requires.
     *
     * @return the message of the {@link IllegalStateException} that {@code build()} throws
     */
    public static String missingRequirement() {
        try {
            ReportParser.builder().addExtractor(new LivelihoodProjectsExtractor()).build();
            return "built (unexpected)";
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    /** The figures of a report that the custom extractor added. */
    public static List<Figure> livelihoodFigures(Report r) {
        return r.figures().stream().filter(f -> f.indicator().equals(LivelihoodProjectsExtractor.INDICATOR)).toList();
    }

    /**
     * Runs the example.
     *
     * @param args the report file to parse
     * @throws IOException when it cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/sample-report.txt");

        ReportParser explicit = explicitParser();
        System.out.println("explicit:   " + explicit.extractors().stream().map(Extractor::name).toList());
        print(explicit.parse(file));

        ReportParser discovered = discoveredParser();
        System.out.println("discovered: " + discovered.extractors().stream().map(Extractor::name).toList());
        print(discovered.parse(file));

        System.out.println("without " + FigureExtractor.NAME + ": " + missingRequirement());
    }

    private static void print(Report r) {
        for (Figure f : livelihoodFigures(r)) {
            System.out.println("  " + (f instanceof io.github.workreport.Target ? "target " : "achievement ")
                    + f.year() + " " + f.quantity().value() + f.quantity().unit() + "  " + f.text() + "  " + f.span());
        }
    }
}
