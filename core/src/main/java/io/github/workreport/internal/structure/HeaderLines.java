package io.github.workreport.internal.structure;

/** Recognises the lines that open a report after its title: date, meeting, speaker, salutation. */
final class HeaderLines {

    private HeaderLines() {
    }

    /** Whether a compacted line is a date, meeting, speaker or salutation line. */
    static boolean isHeaderLine(String c) {
        if (c.startsWith("各位代表")) {
            return true;
        }
        if (c.length() > 80) {
            return false;
        }
        if (c.startsWith("——") || c.startsWith("--") || c.startsWith("―")) {
            return Dates.find(c) != null || c.contains("会议");
        }
        if (c.contains("会议上") || (c.contains("人民代表大会") && c.contains("会议"))) {
            return true;
        }
        if (Dates.find(c) != null && c.length() <= 40) {
            return true;
        }
        return Speakers.find(c) != null;
    }
}
