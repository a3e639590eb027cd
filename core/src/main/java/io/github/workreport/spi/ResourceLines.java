package io.github.workreport.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines of a table shipped in a jar (a lexicon, a unit table), strictly as UTF-8, for
 * the lazily loaded tables of core and of extractors: a missing resource, bytes that are not
 * UTF-8 or a failed read are an {@link IllegalStateException} naming the resource and the line.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    /**
     * The lines of the resource {@code name}, looked up as {@code anchor.getResourceAsStream(name)}
     * (relative to the anchor's package, or absolute with a leading {@code /}).
     *
     * @param shownAs what messages call the resource ({@code words.tsv})
     * @param jar     the artifact that should hold it, for the message when it is missing
     * @throws IllegalStateException when it is missing or cannot be read as UTF-8
     */
    public static List<String> read(Class<?> anchor, String name, String shownAs, String jar) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(shownAs + " missing from the " + jar + " jar");
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, utf8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(shownAs + " line " + (lines.size() + 1) + ": cannot read (" + e + ")", e);
        }
    }
}
