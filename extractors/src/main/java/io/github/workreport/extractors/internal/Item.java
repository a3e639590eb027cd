package io.github.workreport.extractors.internal;

import io.github.workreport.Measure;
import io.github.workreport.Quantity;

/**
 * A figure found, in normalized coordinates: its clause {@code [start, end)}, the stretch it was
 * read from {@code [from, to)} (the quantity, or the clause of a qualitative item) and the rule
 * that read it.
 */
final class Item {
    final int start;
    final int end;
    final String indicator;
    final Measure measure;
    final Quantity quantity;
    final String rule;
    final int from;
    final int to;

    Item(int start, int end, String indicator, Measure measure, Quantity quantity, String rule, int from, int to) {
        this.start = start;
        this.end = end;
        this.indicator = indicator;
        this.measure = measure;
        this.quantity = quantity;
        this.rule = rule;
        this.from = from;
        this.to = to;
    }

    /** A qualitative item of the clause {@code [cs, ce)}. */
    static Item qualitative(int cs, int ce, String indicator, String rule) {
        return new Item(cs, ce, indicator, Measure.QUALITATIVE, null, rule, cs, ce);
    }

    Item with(String newIndicator, Quantity newQuantity, String newRule) {
        return new Item(start, end, newIndicator, measure, newQuantity, newRule, from, to);
    }
}
