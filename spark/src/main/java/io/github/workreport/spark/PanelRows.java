package io.github.workreport.spark;

import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.panel.Cell;
import io.github.workreport.panel.Panel;
import io.github.workreport.panel.PanelRow;
import io.github.workreport.panel.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The panel, region by region: a file goes to the group of every region its reports name, and each group
 * builds the {@link Panel} of its files and keeps the rows of its region. A panel row links reports of one
 * region only, so the union of the groups' rows is the panel of all files.
 */
final class PanelRows {

    private PanelRows() {
    }

    /** (region, path, content) for each region a file's reports name; nothing for a file that fails. */
    static final class RegionsOfFile implements FlatMapFunction<Row, Tuple3<String, String, byte[]>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Tuple3<String, String, byte[]>> call(Row file) {
            String source = file.getString(0);
            byte[] content = (byte[]) file.get(1);
            Rows.Parsed p = Rows.parse(source, content);
            Set<String> regions = new LinkedHashSet<>();
            if (p.file() != null) {
                for (Report r : p.file().reports()) {
                    if (r.metadata().region() != null) {
                        regions.add(r.metadata().region());
                    }
                }
            }
            List<Tuple3<String, String, byte[]>> out = new ArrayList<>();
            for (String region : regions) {
                out.add(new Tuple3<>(region, source, content));
            }
            return out.iterator();
        }
    }

    /**
     * The rows of one region: its files parsed again, in path order (the order that breaks ties between
     * reports of one year and kind), their panel, the rows of the region.
     */
    static final class RowsOfRegion implements FlatMapGroupsFunction<String, Tuple3<String, String, byte[]>, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(String region, Iterator<Tuple3<String, String, byte[]>> group) {
            List<Tuple2<String, byte[]>> files = new ArrayList<>();
            group.forEachRemaining(t -> files.add(new Tuple2<>(t._2(), t._3())));
            files.sort(Comparator.comparing(Tuple2::_1));
            List<ReportFile> parsed = new ArrayList<>();
            for (Tuple2<String, byte[]> f : files) {
                Rows.Parsed p = Rows.parse(f._1(), f._2());
                if (p.file() != null) {
                    parsed.add(p.file());
                }
            }
            List<Row> out = new ArrayList<>();
            for (PanelRow r : Panel.of(parsed).rows()) {
                if (r.region().equals(region)) {
                    out.add(row(r));
                }
            }
            return out.iterator();
        }
    }

    /** A panel row as a row of {@link WorkReportSpark#PANEL}. */
    static Row row(PanelRow r) {
        return RowFactory.create(r.region(), r.regionCode(), r.level() == null ? null : r.level().code(),
                r.indicatorId(), r.indicator(), r.unit().isEmpty() ? null : r.unit(), r.measure().code(),
                r.direction().code(), r.year(),
                r.period() == null ? null
                        : RowFactory.create(r.period().start(), r.period().end(), r.period().basis().code()),
                cell(r.target()), Rows.number(r.targetStretch()),
                r.targetStretchSource() == null ? null : r.targetStretchSource().toString(), cell(r.targetRevised()),
                cell(r.result()), cell(r.resultRevised()), r.status().code(), Rows.number(r.gap()), r.notes());
    }

    private static Row cell(Cell c) {
        if (c == null) {
            return null;
        }
        String[] sources = c.sources().stream().map(Source::toString).toArray(String[]::new);
        return RowFactory.create(Rows.number(c.value()), Rows.number(c.low()), Rows.number(c.high()),
                c.comparator(), c.estimated(), c.text(), sources);
    }
}
