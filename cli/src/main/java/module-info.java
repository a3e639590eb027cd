/** The workreport command line. */
module io.github.workreport.cli {
    requires io.github.workreport.core;
    requires io.github.workreport.extractors;
    requires io.github.workreport.output;
    requires io.github.workreport.panel;
    requires io.github.workreport.evaluation;
    requires com.fasterxml.jackson.databind;
    requires com.google.common;
    requires com.fasterxml.jackson.dataformat.csv;
    requires info.picocli;
    requires me.tongfei.progressbar;

    opens io.github.workreport.cli to info.picocli;
}
