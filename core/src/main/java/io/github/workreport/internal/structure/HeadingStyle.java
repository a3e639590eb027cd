package io.github.workreport.internal.structure;

/** Numbering styles of headings, from the highest (outermost) to the lowest. */
enum HeadingStyle {
    PART("第一部分"),
    CN_COMMA("一、"),
    CN_PAREN("(一)"),
    AR_DOT("1."),
    AR_PAREN("(1)"),
    CIRCLED("①");

    final String example;

    HeadingStyle(String example) {
        this.example = example;
    }
}
