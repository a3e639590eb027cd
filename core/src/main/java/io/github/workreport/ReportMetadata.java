package io.github.workreport;

import io.github.workreport.text.Utf16;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a report is, for whom and when. Fields that could not be found are null (and the report
 * carries a warning saying so). Only a report whose text names no plan year takes one from a hint:
 * the caller's, or a year in the file name (see {@link ReportParser.Builder#hint}), with a warning.
 *
 * @param title   the report's title, simplified, or null
 * @param region  the administrative unit as the report writes it ({@code 济南市}, {@code 全国}), or null
 * @param level   the region's level, or null
 * @param year    the plan year (the year whose targets the report sets), or null
 * @param kind    the kind of report, never null ({@link ReportKind#OTHER} when unknown)
 * @param date    the delivery date, or null
 * @param meeting the meeting it was delivered at ({@code 济南市第十八届人民代表大会第三次会议}), or null
 * @param speaker the person who delivered it ({@code 束克之}), or null
 * @param office  the speaker's office or the issuing body ({@code 市长}, {@code 市发展和改革委员会}), or null
 */
public record ReportMetadata(String title, String region, AdminLevel level, Integer year, ReportKind kind,
        LocalDate date, String meeting, String speaker, String office) {

    public ReportMetadata {
        Objects.requireNonNull(kind, "kind");
        // a name cut at a fixed length may end in half a surrogate pair: no character, not encodable
        title = Utf16.wellFormed(title);
        region = Utf16.wellFormed(region);
        meeting = Utf16.wellFormed(meeting);
        speaker = Utf16.wellFormed(speaker);
        office = Utf16.wellFormed(office);
    }

    /** Metadata with nothing known. */
    public static ReportMetadata unknown() {
        return new ReportMetadata(null, null, null, null, ReportKind.OTHER, null, null, null, null);
    }
}
