package io.github.workreport.internal.structure;

import java.util.ArrayList;
import java.util.List;

/** A section while the tree is built, in normalized coordinates. */
final class Outline {
    final Heading heading;
    final int level;
    int end;
    final List<Outline> children = new ArrayList<>();

    Outline(Heading heading, int level) {
        this.heading = heading;
        this.level = level;
    }

    int start() {
        return heading.line().contentStart();
    }
}
