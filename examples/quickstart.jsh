// workreport quick start. From the repository root, after `mvn -B -q -DskipTests package`:
//   jshell --class-path cli/target/workreport.jar examples/quickstart.jsh
// print UTF-8 whatever the locale (the JShell agent would otherwise encode in the platform charset)
System.setOut(new java.io.PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8));
import io.github.workreport.*;
import java.nio.file.Path;

Report report = ReportParser.defaults().parse(Path.of("examples/sample-report.txt"));
ReportMetadata m = report.metadata();
System.out.println("title: " + m.title());
System.out.println("region: " + m.region() + " (" + (m.level() == null ? "?" : m.level().code()) + ")");
System.out.println("kind: " + m.kind().code() + ", year: " + m.year() + ", date: " + m.date());
System.out.println("meeting: " + m.meeting());
System.out.println("speaker: " + m.office() + " " + m.speaker());
System.out.println("sections: " + report.sections().size() + ", targets: " + report.targets().size()
        + ", achievements: " + report.achievements().size());

String show(Quantity q) {
    if (q == null) return "-";
    String v = q.isRange() ? q.low().toPlainString() + "~" + q.high().toPlainString() : q.value().toPlainString();
    return q.comparison().code() + " " + v + (q.unit().isEmpty() ? "" : " " + q.unit());
}

for (Target t : report.targets()) {
    System.out.println("target: " + t.indicator() + " | " + t.measure().code() + " | " + show(t.quantity()));
}

// targets beside results: the 2026 target and the result the (invented) 2027 report gives for it
import io.github.workreport.panel.*;
Panel panel = Panel.of(Path.of("examples/sample-report.txt"), Path.of("examples/sample-report-2027.txt"));
panel.rows().stream().filter(r -> r.year() == 2026 && r.resultValue() != null).forEach(r -> System.out.println("panel: " + r.indicatorId() + " " + r.year() + " target " + r.target().comparator() + " " + r.targetValue() + " result " + r.resultValue() + " " + r.status().code()));
/exit
