package io.github.workreport.extractors.internal;

import io.github.workreport.Measure;
import io.github.workreport.Quantity;

/**
 * Stage {@code measure}: what a figure measures (a level, a growth rate, a change) from its unit and
 * the verb before it.
 */
final class Measures {

    private Measures() {
    }

    static Measure measureOf(Quantity q, Verb verb) {
        String unit = q.unit();
        if (unit.equals("pp")) {
            return Measure.CHANGE;
        }
        if (unit.equals("%") || unit.equals("‰")) {
            return verb.growth ? Measure.GROWTH : Measure.LEVEL;
        }
        if (verb.change || verb.absoluteChange && !unit.equals("倍")) {
            return Measure.CHANGE;
        }
        return Measure.LEVEL;
    }
}
