package io.github.workreport.formats;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the PDF and Office libraries' own log lines off standard error: what matters becomes a warning. */
final class Logs {

    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");
    private static volatile boolean done;

    private Logs() {
    }

    /** Raises the PDFBox loggers (commons-logging over java.util.logging) to SEVERE, unless configured. */
    static void quiet() {
        if (done) {
            return;
        }
        done = true;
        if (PDFBOX.getLevel() == null) {
            PDFBOX.setLevel(Level.SEVERE);
        }
        if (FONTBOX.getLevel() == null) {
            FONTBOX.setLevel(Level.SEVERE);
        }
    }

    /** An exception in words: its message, or its class name when it has none. */
    static String why(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
