package io.github.workreport.extractors.internal;

/** Whether a stretch of a report reviews the past period or plans the coming one. */
public enum Mode {
    REVIEW,
    PLAN,
    NEUTRAL
}
