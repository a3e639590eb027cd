/**
 * workreport extractors: targets, achievements and glossary entries, with the indicator
 * taxonomy. Built on core's public API only.
 */
module io.github.workreport.extractors {
    requires transitive io.github.workreport.core;

    exports io.github.workreport.extractors;

    provides io.github.workreport.spi.Extractor with
            io.github.workreport.extractors.FigureExtractor,
            io.github.workreport.extractors.GlossaryExtractor;
}
