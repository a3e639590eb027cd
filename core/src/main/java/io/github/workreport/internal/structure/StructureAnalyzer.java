package io.github.workreport.internal.structure;

import io.github.workreport.Noise;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.Warning;
import io.github.workreport.spi.TextRange;
import io.github.workreport.text.NormalizedText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Finds the reports in a normalized file and, for each, its metadata, section tree and
 * enumerations. Stateless and thread-safe.
 */
public final class StructureAnalyzer {

    private StructureAnalyzer() {
    }

    /** The reports found and the stretches set aside. */
    public record Result(List<AnalyzedReport> reports, List<Noise> noise) {
    }

    public static Result analyze(NormalizedText nt) {
        String text = nt.text();
        List<Line> lines = Lines.of(text, 0, text.length());
        ReportSplitter split = ReportSplitter.split(text, lines);
        List<Noise> noise = new ArrayList<>();
        for (SetAside s : split.setAside) {
            if (s.end() > s.start()) {
                noise.add(new Noise(s.kind(), nt.toOriginal(s.start(), s.end()), s.detail()));
            }
        }
        List<AnalyzedReport> out = new ArrayList<>();
        int[] shi = Enumerations.shiOffsets(text);
        for (ReportBlock b : split.reports) {
            out.add(analyzeOne(nt, lines, b, split.setAside, shi));
        }
        return new Result(out, noise);
    }

    private static AnalyzedReport analyzeOne(NormalizedText nt, List<Line> all, ReportBlock b, List<SetAside> setAside,
            int[] shi) {
        // the report's end excludes set-aside stretches at its tail (a TOC of the next part)
        int end = b.end();
        int endLine = b.endLine();
        for (SetAside s : setAside) {
            if (s.start() >= b.start() && s.start() < end && s.end() >= end - 1) {
                end = s.start();
            }
        }
        while (endLine > b.firstLine() && all.get(endLine - 1).start() >= end) {
            endLine--;
        }
        ReportBlock block = new ReportBlock(b.start(), end, b.firstLine(), endLine, b.titleFrom(), b.titleTo());
        List<Line> lines = all.subList(0, endLine);
        MetadataReader mr = MetadataReader.create();
        // the tree starts after the header the metadata reader finds; the reader asks for its top
        // titles only when the header is silent about the year, so the tree is built once, lazily
        SectionTree[] built = new SectionTree[1];
        int reportEnd = end;
        ReportMetadata md = mr.read(nt, lines, block, bodyFrom -> {
            built[0] = SectionTree.build(nt, lines, reportEnd, bodyFrom, setAside);
            List<String> titles = new ArrayList<>();
            for (Outline o : built[0].roots) {
                titles.add(o.heading.title());
            }
            return titles;
        });
        SectionTree tree = built[0] != null ? built[0] : SectionTree.build(nt, lines, end, mr.bodyFromLine, setAside);
        IdentityHashMap<Section, TextRange> ranges = new IdentityHashMap<>();
        IdentityHashMap<Section, TextRange> headingRanges = new IdentityHashMap<>();
        List<Section> sections = new ArrayList<>();
        Enumerations en = Enumerations.find(nt, lines, mr.bodyFromLine, endLine, shi);
        for (Outline o : tree.roots) {
            sections.add(toSection(nt, o, ranges, headingRanges, en.items));
        }
        List<Warning> warnings = new ArrayList<>(mr.warnings);
        warnings.addAll(tree.warnings);
        warnings.addAll(en.warnings);
        List<TextRange> lineRanges = new ArrayList<>();
        for (int i = block.firstLine(); i < endLine; i++) {
            Line l = lines.get(i);
            if (!l.isBlank()) {
                lineRanges.add(new TextRange(l.contentStart(), l.contentEnd()));
            }
        }
        Span span = nt.toOriginal(block.start(), Math.max(block.start(), end));
        return new AnalyzedReport(new TextRange(block.start(), end), span, lineRanges, md, sections, ranges, headingRanges,
                en.items, warnings);
    }

    private static Section toSection(NormalizedText nt, Outline o, IdentityHashMap<Section, TextRange> ranges,
            IdentityHashMap<Section, TextRange> headingRanges, List<io.github.workreport.Enumeration> enumerations) {
        List<Section> children = new ArrayList<>();
        for (Outline c : o.children) {
            children.add(toSection(nt, c, ranges, headingRanges, enumerations));
        }
        Heading h = o.heading;
        int start = h.start();
        int end = Math.max(o.end, h.titleEnd());
        for (Section c : children) {
            end = Math.max(end, ranges.get(c).end()); // a child's title may run past where the parent's text ends
        }
        io.github.workreport.Span span = nt.toOriginal(start, end);
        List<io.github.workreport.Enumeration> own = new ArrayList<>();
        for (io.github.workreport.Enumeration e : enumerations) {
            if (span.contains(e.span()) && children.stream().noneMatch(c -> c.span().contains(e.span()))) {
                own.add(e);
            }
        }
        Section s = new Section(o.level, h.style().example, h.number(), h.title(), nt.toOriginal(start, h.titleEnd()),
                span, children, own);
        ranges.put(s, new TextRange(start, end));
        headingRanges.put(s, new TextRange(start, h.titleEnd()));
        return s;
    }
}
