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

    /**
     * Raises the PDFBox loggers (commons-logging over java.util.logging) to SEVERE, unless
     * configured; and, when no Log4j provider is configured, gives Log4j API (used by POI, and
     * by commons-logging when present) its simple logger, switched off, so that it prints
     * neither a "could not find a logging provider" line on standard output nor the libraries'
     * complaints about damaged files on standard error.
     */
    static void quiet() {
        if (done) {
            return;
        }
        done = true;
        try {
            if (System.getProperty("log4j2.loggerContextFactory") == null
                    && System.getProperty("log4j2.provider") == null
                    && Logs.class.getClassLoader().getResource("META-INF/services/org.apache.logging.log4j.spi.Provider") == null) {
                System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
                if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
                    // what the libraries would log about a damaged file becomes a warning or a refusal
                    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
                }
            }
        } catch (SecurityException e) {
            // left as it is
        }
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
