/**
 * workreport core: the {@link io.github.workreport.ReportParser} facade, the immutable value
 * types, the offset-preserving normalizer, structure detection, the quantity parser and the
 * extractor SPI.
 */
module io.github.workreport.core {
    requires com.ibm.icu;
    requires hanlp.portable;

    exports io.github.workreport;
    exports io.github.workreport.text;
    exports io.github.workreport.quantity;
    exports io.github.workreport.spi;

    uses io.github.workreport.spi.Extractor;
    uses io.github.workreport.spi.FormatReader;
}
