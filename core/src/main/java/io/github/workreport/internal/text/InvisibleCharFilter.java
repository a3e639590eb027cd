package io.github.workreport.internal.text;

import io.github.workreport.text.Filtered;
import io.github.workreport.text.TextFilter;

/** PLACEHOLDER: to be implemented. */
public final class InvisibleCharFilter implements TextFilter {
    @Override
    public String name() {
        return "invisiblechar";
    }

    @Override
    public Filtered apply(String input) {
        return Filtered.unchanged(input);
    }
}
