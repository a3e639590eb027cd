package io.github.workreport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.workreport.Decision;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.output.ReportJson;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code workreport explain}: every quantity of every report with what became of it (target,
 * achievement or set aside) and the rule that decided, in text order.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Lists every quantity found in each report of each file, in text order, with its decision "
                + "(target, achievement or set-aside), the rule that decided and why. The targets and achievements "
                + "listed are exactly those `parse` gives.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an input could not be read", "2:bad usage",
            "3:the output could not be written"})
final class ExplainCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, jsonl }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (one line per decision, then counts by rule) or jsonl (one JSON object per decision). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--only", split = ",", paramLabel = "DECISION",
            description = "Only these decisions: target, achievement, set-aside (comma-separated).")
    List<String> only;

    @Option(names = "--rule", paramLabel = "PREFIX", description = "Only decisions whose rule starts with PREFIX "
            + "(candidate., mode.targets-cue …).")
    String rulePrefix;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files.")
    List<Path> files;

    /** Built on first use, not with the command: --help, --version and the other commands never load databind. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Decision.Verdict> verdicts = verdicts();
        ReportParser parser = WorkReportCommand.parserBuilder().explain(true).build();
        Map<String, int[]> byRule = new TreeMap<>();
        int exit = 0;
        for (Path file : files) {
            Optional<ReportFile> parsed = debug.parseOne(parser, file, err);
            if (parsed.isEmpty()) {
                exit = WorkReportCommand.EXIT_INPUT;
                continue;
            }
            ReportFile rf = parsed.get();
            for (int i = 0; i < rf.reports().size(); i++) {
                Report r = rf.reports().get(i);
                for (Decision d : r.decisions()) {
                    if (!verdicts.contains(d.verdict()) || rulePrefix != null && !d.rule().startsWith(rulePrefix)) {
                        continue;
                    }
                    byRule.computeIfAbsent(d.rule(), k -> new int[Decision.Verdict.values().length])[d.verdict().ordinal()]++;
                    out.println(format == Format.jsonl ? json(rf.source(), i, d) : line(files.size() > 1 ? rf.source() : null, i, d));
                }
            }
        }
        if (format == Format.text) {
            out.println(summary(byRule));
        }
        out.flush();
        return out.checkError() ? WorkReportCommand.EXIT_OUTPUT : exit;
    }

    private Set<Decision.Verdict> verdicts() {
        if (only == null || only.isEmpty()) {
            return EnumSet.allOf(Decision.Verdict.class);
        }
        Set<Decision.Verdict> out = EnumSet.noneOf(Decision.Verdict.class);
        for (String o : only) {
            Decision.Verdict v = null;
            for (Decision.Verdict x : Decision.Verdict.values()) {
                if (x.code().equals(o.strip().toLowerCase(Locale.ROOT))) {
                    v = x;
                }
            }
            if (v == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--only takes target, achievement or set-aside, not '" + o + "'");
            }
            out.add(v);
        }
        return out;
    }

    /** One decision as a line: report, decision, rule, span, the stretch, indicator and value, reason. */
    static String line(String source, int report, Decision d) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source).append(' ');
        }
        sb.append('#').append(report).append(' ').append(String.format(Locale.ROOT, "%-11s", d.verdict().code()))
                .append(' ').append(d.rule()).append(' ').append(d.span()).append(" «")
                .append(NormalizeCommand.visible(d.text())).append('»');
        if (d.indicator() != null) {
            sb.append(" ").append(d.indicator());
        }
        if (d.quantity() != null) {
            sb.append(" = ").append(HtmlRenderer.quantity(d.quantity()));
        }
        sb.append(" — ").append(d.reason());
        return sb.toString();
    }

    /** One decision as a JSON object on one line. */
    String json(String source, int report, Decision d) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("source", source);
        o.put("report", report);
        o.put("text", d.text());
        ObjectNode span = o.putObject("span");
        span.put("start", d.span().start());
        span.put("end", d.span().end());
        o.put("decision", d.verdict().code());
        o.put("rule", d.rule());
        o.put("reason", d.reason());
        o.put("indicator", d.figure() != null ? d.figure().indicator() : d.indicator());
        o.put("indicatorId", d.figure() != null ? d.figure().indicatorId() : null);
        Quantity q = d.quantity();
        putNumber(o, "value", q == null ? null : q.value());
        putNumber(o, "low", q == null ? null : q.low());
        putNumber(o, "high", q == null ? null : q.high());
        o.put("unit", q == null || q.unit().isEmpty() ? null : q.unit());
        o.put("comparator", q == null ? null : q.comparison().code());
        o.put("measure", d.figure() == null ? null : d.figure().measure().code());
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void putNumber(ObjectNode o, String k, BigDecimal v) {
        if (v == null) {
            o.putNull(k);
        } else if (ReportJson.jsonNumber(v) instanceof Long l) {
            o.put(k, l); // written as parse writes it: 15490000000, not 1.549E+10
        } else {
            o.put(k, (BigDecimal) ReportJson.jsonNumber(v));
        }
    }

    /** Counts by rule and decision. */
    static String summary(Map<String, int[]> byRule) {
        StringBuilder sb = new StringBuilder("---- decisions by rule: target achievement set-aside ----");
        int[] total = new int[Decision.Verdict.values().length];
        for (Map.Entry<String, int[]> e : byRule.entrySet()) {
            int[] c = e.getValue();
            sb.append('\n').append(String.format(Locale.ROOT, "%-28s %6d %6d %6d", e.getKey(), c[0], c[1], c[2]));
            for (int k = 0; k < c.length; k++) {
                total[k] += c[k];
            }
        }
        sb.append('\n').append(String.format(Locale.ROOT, "%-28s %6d %6d %6d", "total", total[0], total[1], total[2]));
        return sb.toString();
    }
}
