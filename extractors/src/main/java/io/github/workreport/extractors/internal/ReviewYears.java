package io.github.workreport.extractors.internal;

import io.github.workreport.Section;
import io.github.workreport.spi.ReportContext;
import io.github.workreport.spi.TextRange;
import java.util.List;

/**
 * Stage {@code period.review}: the years a review figure is over when its sentence names none. The
 * last review opener of its paragraph decides (这五年 → the five years, 过去一年 or 2025年 → one year);
 * in a paragraph without one, the last opener at the head of a paragraph of its section before it
 * (一、“十四五”时期工作回顾 and its list of results; 刚刚过去的2025年 after them). Read lazily, once per line.
 */
final class ReviewYears {

    /** How far before a figure the openers of its own paragraph are read. */
    private static final int PARAGRAPH = 2000;
    /** How far into a paragraph a review opener stands (一、“十四五”时期工作回顾, 刚刚过去的2025年). */
    private static final int OPENER_WITHIN = 12;

    private final ReportContext ctx;
    private final String text;
    private final SectionState sections;
    private final Integer planYear;
    /** The review openers of the current line ({@link Periods#reviewMarks}), read at its first use. */
    private List<int[]> lineMarks;
    /** The years the paragraphs before the line review (their last opener), read at its first use. */
    private int[] sectionReview;
    private boolean sectionReviewRead;
    /** Where the section read so far starts, how far it is read, and the last paragraph opener read in it. */
    private int sectionFrom = -1;
    private int scannedTo;
    private int[] lastOpener;

    ReviewYears(ReportContext ctx, SectionState sections, Integer planYear) {
        this.ctx = ctx;
        this.text = ctx.text();
        this.sections = sections;
        this.planYear = planYear;
    }

    void startLine() {
        lineMarks = null;
        sectionReviewRead = false;
    }

    /** The years reviewed at {@code at} in {@code line}, when the opener that governs it names several; else null. */
    int[] at(int at, TextRange line) {
        if (planYear == null) {
            return null;
        }
        if (lineMarks == null) {
            lineMarks = Periods.reviewMarks(text, line.start(), line.end(), planYear - 1);
        }
        int[] said = Periods.lastReview(lineMarks, at, at - PARAGRAPH);
        if (said != null || Periods.anyReviewBefore(lineMarks, at, at - PARAGRAPH)) {
            return said;
        }
        if (!sectionReviewRead) {
            sectionReviewRead = true;
            sectionReview = ofSectionBefore(at, line);
        }
        return sectionReview;
    }

    /**
     * The years the last paragraph opener of the section before {@code line} names, when several; else
     * null. The section is read once, as far as the lines asked about: the openers read so far are kept
     * (the lines come in text order), so a long section costs one pass, not one per line.
     */
    private int[] ofSectionBefore(int at, TextRange line) {
        List<Section> path = sections.at(at).path();
        if (path.isEmpty()) {
            return null;
        }
        int from = ctx.rangeOf(path.get(path.size() - 1)).start();
        if (from != sectionFrom || line.start() < scannedTo) {
            sectionFrom = from;
            scannedTo = from;
            lastOpener = null;
        }
        for (int[] m : Periods.reviewMarks(text, scannedTo, line.start(), planYear - 1)) {
            if (m[0] - (text.lastIndexOf('\n', m[0]) + 1) <= OPENER_WITHIN) {
                lastOpener = m; // (2025年的7.4万元 in the middle of a sentence opens nothing)
            }
        }
        scannedTo = Math.max(scannedTo, line.start());
        return lastOpener == null || lastOpener[1] < 0 ? null : new int[] {lastOpener[1], lastOpener[2]};
    }
}
