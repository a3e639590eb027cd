package io.github.workreport.internal.structure;

import io.github.workreport.AdminLevel;
import io.github.workreport.ReportKind;
import io.github.workreport.ReportMetadata;
import io.github.workreport.Warning;
import io.github.workreport.text.NormalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report's metadata from its title lines, the header lines after them (date, meeting,
 * speaker, office) and, where those are silent, the opening and the section titles.
 */
final class MetadataReader {

    private static final int HEADER_LINES = 15;
    private static final int OPENING_CHARS = 1500;

    final List<Warning> warnings = new ArrayList<>();
    /** Index of the first line after the header zone. */
    int bodyFromLine;

    private MetadataReader() {
    }

    static MetadataReader create() {
        return new MetadataReader();
    }

    /** How far before a title a web page may put the report's own date and meeting line. */
    private static final int PREFACE_LINES = 16;

    /**
     * When no header line after the title gives a date and a meeting, the nearest line before the title
     * that does (a page whose news headline 省长…作政府工作报告 follows the report's title and its
     * 2026年1月27日在…会议上 line) is read as the first header line.
     */
    private static void prefaceMeetingLine(NormalizedText nt, List<Line> lines, ReportBlock block, List<String> header) {
        if (block.titleFrom() <= 0 || header.stream().anyMatch(MetadataReader::isMeetingLine)) {
            return;
        }
        for (int k = block.titleFrom() - 1; k >= Math.max(0, block.titleFrom() - PREFACE_LINES); k--) {
            String c = lines.get(k).compact(nt.text());
            if (isMeetingLine(c)) {
                header.add(c); // last: a date of the header itself comes first
                return;
            }
        }
    }

    private static boolean isMeetingLine(String c) {
        return c.length() <= 80 && c.contains("会议") && Dates.find(c) != null;
    }

    /**
     * Reads the metadata of one report.
     *
     * @param topTitles the titles of the top-level sections of the body starting at a given line,
     *                  asked for only when the title and date are silent about the year
     */
    ReportMetadata read(NormalizedText nt, List<Line> lines, ReportBlock block,
            java.util.function.IntFunction<List<String>> topTitles) {
        String text = nt.text();
        // title
        String title = null;
        if (block.titleFrom() >= 0) {
            StringBuilder b = new StringBuilder();
            for (int i = block.titleFrom(); i < block.titleTo(); i++) {
                b.append(lines.get(i).compact(text));
            }
            title = b.toString();
        }
        // header zone
        int from = block.titleTo() >= 0 ? block.titleTo() : block.firstLine();
        List<String> header = new ArrayList<>();
        if (block.titleFrom() >= 0) {
            String t = title;
            int dash = t.indexOf("——");
            if (dash > 0) {
                header.add(t.substring(dash));
                title = t.substring(0, dash);
            }
        }
        int i = from;
        for (; i < block.endLine() && header.size() < HEADER_LINES; i++) {
            Line l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            String c = l.compact(text);
            if (c.startsWith("各位代表") || HeadingParser.parse(text, l, List.of()) != null || c.length() > 80) {
                break;
            }
            header.add(c);
        }
        bodyFromLine = i;
        prefaceMeetingLine(nt, lines, block, header);
        LocalDate date = null;
        String meeting = null;
        String speaker = null;
        String office = null;
        String meetingRegion = null;
        for (int hi = 0; hi < header.size(); hi++) {
            String c = header.get(hi);
            if (c.contains("发布") || c.contains("来源") || c.contains("浏览") || c.contains("日期:")) {
                continue;
            }
            if (speaker == null && Speakers.find(c) == null && hi + 1 < header.size() && Speakers.endsWithOffice(c)
                    && Speakers.isName(header.get(hi + 1))) {
                // 国务院总理 / 李强: the office on one line, the name on the next
                c = c + header.get(hi + 1);
                hi++;
            }
            if (date == null) {
                Dates.Found d = Dates.find(c);
                if (d != null) {
                    date = d.date();
                }
            }
            if (meeting == null) {
                int at = c.indexOf("会议");
                int zai = c.indexOf('在');
                if (at > 0 && zai >= 0 && zai < at) {
                    meeting = c.substring(zai + 1, at + 2);
                    meetingRegion = Regions.lastUnit(meeting.substring(0, Math.min(meeting.length(), meeting.indexOf("人民代表大会") > 0 ? meeting.indexOf("人民代表大会") : meeting.length())));
                }
            }
            if (speaker == null) {
                String[] sp = Speakers.find(c);
                if (sp != null) {
                    office = sp[0];
                    speaker = sp[1];
                    continue;
                }
            }
            if (office == null && c.length() <= 30 && Dates.find(c) == null && !c.contains("会议")
                    && (c.endsWith("委员会") || c.endsWith("局") || c.endsWith("厅") || c.endsWith("人民政府") || c.endsWith("局局长")
                    || c.endsWith("主任"))) {
                office = c;
            }
        }
        int openingEnd = Math.min(block.end(), lines.get(Math.min(bodyFromLine, block.endLine() - 1)).start() + OPENING_CHARS);
        String opening = text.substring(lines.get(block.firstLine()).start(), Math.max(openingEnd, lines.get(block.firstLine()).start()));
        String body = text.substring(block.start(), block.end());

        // kind
        ReportKind kind = kindOf(title, opening);
        // region
        String region = null;
        AdminLevel level = null;
        if (title != null && meetingRegion == null) {
            String t = Regions.lastUnit(stripTitle(title));
            if (t != null) {
                region = t;
            }
        }
        boolean national = (title != null && (title.contains("国务院") || title.startsWith("政府工作报告")) && meetingRegion == null
                && meeting != null && meeting.contains("全国人民代表大会"))
                || (meeting != null && meeting.contains("全国人民代表大会"))
                || (office != null && office.contains("国务院"))
                || (region == null && meetingRegion == null && (opening.contains("代表国务院") || opening.contains("代表中央人民政府")));
        if (national && (region == null || region.equals("全国"))) {
            region = "全国";
        } else {
            if (title != null) {
                region = Regions.lastUnit(stripTitle(title));
            }
            if (region == null) {
                region = meetingRegion;
            }
            if (region == null && office != null) {
                region = Regions.lastUnit(office);
            }
            if (region == null) {
                region = fromOpening(opening);
            }
            if (region == null) {
                region = Regions.mostMentioned(body);
                if (region != null) {
                    warnings.add(Warning.of("region-inferred", "no header names the region; " + region
                            + " is the unit the text names most often"));
                }
            }
        }
        if (region != null) {
            level = Regions.levelOf(region);
        } else {
            warnings.add(Warning.of("missing-region", "no region found in the title, meeting or office lines"));
        }
        // year
        Integer year = null;
        if (title != null) {
            year = maxYear(title);
        }
        if (date != null) {
            // delivered in autumn or winter: about the next year's plan
            int y = date.getMonthValue() >= 9 ? date.getYear() + 1 : date.getYear();
            if (year == null || (title != null && title.contains(String.valueOf(y))) || year > y + 1) {
                // a title naming two years (关于1980、1981年…): the one the date points at; a title naming a
                // far year (“九五”计划和2010年远景目标, delivered in 1996): the year of the report is the date's
                year = y;
            }
        }
        if (year == null) {
            // 第十四届全国人民代表大会第三次会议 in the opening words of a report without a header
            Integer y = Congresses.yearIn(opening);
            if (y != null) {
                year = y;
                warnings.add(Warning.of("year-inferred", "the plan year " + y + " is that of the congress session the text names"));
            }
        }
        if (year == null) {
            for (String t : topTitles.apply(bodyFromLine)) {
                Integer y = maxYear(t);
                if (y != null && !t.contains((y - 1) + "年") && (t.contains("回顾") || t.contains("执行情况") || t.contains("过去"))) {
                    y = y + 1; // a review of 2024 belongs to the report on the 2025 plan
                }
                if (y != null && (year == null || y > year)) {
                    year = y;
                }
            }
        }
        if (year == null) {
            warnings.add(Warning.of("missing-year", "no plan year found in the title, date or section titles"));
        }
        if (date == null) {
            warnings.add(Warning.of("missing-date", "no delivery date found in the header lines"));
        }
        if (title == null) {
            warnings.add(Warning.of("missing-title", "no title line found"));
        }
        return new ReportMetadata(title, region, level, year, kind, date, meeting, speaker, office);
    }

    private static String stripTitle(String title) {
        String t = title;
        int k = t.indexOf("政府工作报告");
        if (k >= 0) {
            t = t.substring(0, k);
        }
        k = t.indexOf("国民经济");
        if (k >= 0) {
            t = t.substring(0, k);
        }
        return t;
    }

    private static ReportKind kindOf(String title, String opening) {
        if (title != null) {
            if (title.contains("政府工作报告")) {
                return ReportKind.GOVERNMENT_WORK_REPORT;
            }
            if (title.contains("预算")) {
                return ReportKind.BUDGET_REPORT;
            }
            if (title.contains("计划")) {
                return ReportKind.PLAN_REPORT;
            }
        }
        if (opening.contains("计划执行情况") && (opening.contains("计划草案") || opening.contains("计划(草案)"))) {
            return ReportKind.PLAN_REPORT;
        }
        if (opening.contains("预算执行情况") && opening.contains("预算草案")) {
            return ReportKind.BUDGET_REPORT;
        }
        if (opening.contains("政府工作") || opening.contains("报告工作") || opening.contains("各位代表")) {
            return ReportKind.GOVERNMENT_WORK_REPORT;
        }
        return title != null ? ReportKind.OTHER : ReportKind.OTHER;
    }

    /** 我代表句容市人民政府 → 句容市. */
    private static String fromOpening(String opening) {
        int k = opening.indexOf("人民政府");
        while (k > 0) {
            int s = Math.max(0, k - 12);
            String before = opening.substring(s, k);
            int d = before.lastIndexOf("代表");
            if (d >= 0) {
                String u = Regions.lastUnit(before.substring(d + 2));
                if (u != null && u.length() >= 3) {
                    return u;
                }
            }
            k = opening.indexOf("人民政府", k + 4);
        }
        return null;
    }

    /** The largest year in a title or heading: 4 digits before 年, or 4 bare digits 19xx/20xx. */
    static Integer maxYear(String s) {
        Integer best = null;
        for (int i = 0; i < s.length(); i++) {
            int y = -1;
            if (s.charAt(i) == '年') {
                y = Dates.year(s, i);
            } else if (i + 4 <= s.length() && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
                    && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))
                    && (s.startsWith("19", i) || s.startsWith("20", i))
                    && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))) {
                y = Integer.parseInt(s.substring(i, i + 4));
            }
            if (y >= 1949 && y <= 2100 && (best == null || y > best)) {
                best = y;
            }
        }
        return best;
    }
}
