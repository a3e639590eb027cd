/**
 * workreport output: the documented JSON and CSV formats as a library. See
 * {@link io.github.workreport.output.ReportJson} and {@link io.github.workreport.output.ItemsCsv}.
 */
module io.github.workreport.output {
    requires transitive io.github.workreport.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.csv;

    exports io.github.workreport.output;
}
