/**
 * workreport panel: targets beside results, one row per region, indicator, year and period, with a
 * met/missed status and the source of every figure; written as CSV, JSON or an HTML page.
 */
module io.github.workreport.panel {
    requires transitive io.github.workreport.core;
    requires transitive io.github.workreport.extractors;
    requires com.fasterxml.jackson.core;
    requires com.google.common;
    requires com.fasterxml.jackson.dataformat.csv;

    exports io.github.workreport.panel;
}
