package io.github.workreport.internal.structure;

import io.github.workreport.Noise;

/** A stretch of normalized text set aside by the splitter. */
record SetAside(Noise.Kind kind, int start, int end, String detail) {
}
