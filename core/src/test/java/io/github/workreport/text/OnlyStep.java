package io.github.workreport.text;

/** Normalizers with a single built-in step on, for step-by-step offset tests. */
public final class OnlyStep {

    private OnlyStep() {
    }

    /** A normalizer running only {@code step}. */
    public static Normalizer of(String step) {
        Normalizer.Builder b = Normalizer.builder();
        for (String s : Normalizer.STEPS) {
            b.set(s, s.equals(step));
        }
        return b.build();
    }
}
