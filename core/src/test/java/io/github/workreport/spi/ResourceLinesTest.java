package io.github.workreport.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {

    @Test
    void read_tableOfCore_givesItsLines() {
        List<String> lines = ResourceLines.read(io.github.workreport.ReportParser.class,
                "/io/github/workreport/internal/quantity/units.tsv", "units.tsv", "workreport-core");
        assertTrue(lines.size() > 10, "units.tsv has its rows: " + lines.size());
        assertTrue(lines.stream().anyMatch(l -> !l.startsWith("#") && l.contains("\t")), "tab-separated rows");
    }

    @Test
    void read_missingResource_namesItAndTheJar() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceLines.read(ResourceLinesTest.class, "no-such-table.tsv", "no-such-table.tsv", "workreport-core"));
        assertEquals("no-such-table.tsv missing from the workreport-core jar", e.getMessage());
    }
}
