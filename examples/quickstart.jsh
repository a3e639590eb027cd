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
/exit
