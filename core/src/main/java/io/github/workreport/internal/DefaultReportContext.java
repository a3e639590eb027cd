package io.github.workreport.internal;

import io.github.workreport.Enumeration;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Section;
import io.github.workreport.internal.structure.AnalyzedReport;
import io.github.workreport.spi.ReportContext;
import io.github.workreport.spi.TextRange;
import io.github.workreport.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/** The {@link ReportContext} of one report: its structure plus the findings collected so far. */
public final class DefaultReportContext implements ReportContext {

    private final NormalizedText normalized;
    private final AnalyzedReport report;
    private final List<Object> findings;
    private final boolean explaining;

    public DefaultReportContext(NormalizedText normalized, AnalyzedReport report, List<Object> findingsSoFar) {
        this(normalized, report, findingsSoFar, false);
    }

    public DefaultReportContext(NormalizedText normalized, AnalyzedReport report, List<Object> findingsSoFar,
            boolean explaining) {
        this.normalized = normalized;
        this.report = report;
        this.findings = List.copyOf(findingsSoFar);
        this.explaining = explaining;
    }

    @Override
    public boolean explaining() {
        return explaining;
    }

    @Override
    public NormalizedText normalized() {
        return normalized;
    }

    @Override
    public TextRange range() {
        return report.range();
    }

    @Override
    public List<TextRange> lines() {
        return report.lines();
    }

    @Override
    public List<TextRange> sentences() {
        return report.segments(normalized.text()).sentences();
    }

    @Override
    public List<TextRange> clauses() {
        return report.segments(normalized.text()).clauses();
    }

    @Override
    public List<TextRange> clausesIn(TextRange range) {
        return report.segments(normalized.text()).clausesIn(range); // cuts the sentences there only
    }

    @Override
    public ReportMetadata metadata() {
        return report.metadata();
    }

    @Override
    public List<Section> sections() {
        return report.sections();
    }

    @Override
    public TextRange rangeOf(Section section) {
        return report.rangeOf(section);
    }

    @Override
    public TextRange headingRangeOf(Section section) {
        return report.headingRangeOf(section);
    }

    @Override
    public List<Section> sectionsAt(int offset) {
        return report.sectionsAt(offset);
    }

    @Override
    public List<Enumeration> enumerations() {
        return report.enumerations();
    }

    @Override
    public <T> List<T> findings(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : findings) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }
}
