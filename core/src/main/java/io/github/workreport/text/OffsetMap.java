package io.github.workreport.text;

import java.util.Arrays;

/**
 * Maps offsets in the output of one normalization step back to offsets in its input, in the
 * manner of Lucene's {@code CharFilter.correctOffset}. Immutable and thread-safe.
 *
 * <p>A step describes its output as a sequence of segments, each either copied one-to-one from
 * the input or replacing {@code inLen} input characters with {@code outLen} output characters
 * (either may be zero). Only segments whose lengths differ are stored, so a step that changes
 * characters one for one (width folding, most traditional-to-simplified conversion) keeps an
 * empty map. Lookups are a binary search.
 *
 * <p>Two mappings are offered because a deleted stretch of input sits between two output
 * offsets: {@link #toInputStart(int)} maps an offset used as a span start past the deleted
 * input, {@link #toInputEnd(int)} maps one used as a span end before it. For any non-empty output
 * range {@code [s, e)}, {@code toInputStart(s) < toInputEnd(e)} unless the characters were
 * produced from nothing.
 */
public final class OffsetMap {

    // For each stored segment k with outLen != inLen:
    // outStart[k], inStart[k], outLen[k], inLen[k]. Between stored segments, text is copied 1:1.
    private final int[] outStart;
    private final int[] inStart;
    private final int[] outLen;
    private final int[] inLen;
    private final int outputLength;
    private final int inputLength;

    private OffsetMap(int[] outStart, int[] inStart, int[] outLen, int[] inLen, int outputLength, int inputLength) {
        this.outStart = outStart;
        this.inStart = inStart;
        this.outLen = outLen;
        this.inLen = inLen;
        this.outputLength = outputLength;
        this.inputLength = inputLength;
    }

    /** The map of a step that changed no length: every offset maps to itself. */
    public static OffsetMap identity(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        return new OffsetMap(new int[0], new int[0], new int[0], new int[0], length, length);
    }

    /** Starts describing a step's output, segment by segment, from offset 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** Length of the step's output. */
    public int outputLength() {
        return outputLength;
    }

    /** Length of the step's input. */
    public int inputLength() {
        return inputLength;
    }

    /** Whether every offset maps to itself. */
    public boolean isIdentity() {
        return outStart.length == 0;
    }

    /**
     * Maps an output offset used as the START of a range to its input offset; offsets at a
     * deletion skip past the deleted input.
     *
     * @throws IllegalArgumentException when {@code offset} is outside {@code [0, outputLength]}
     */
    public int toInputStart(int offset) {
        check(offset);
        // last stored segment with outStart <= offset
        int k = lastAtOrBefore(offset);
        if (k < 0) {
            return offset;
        }
        // there may be several segments starting at the same output offset (a deletion followed by
        // a replacement): the last one is the relevant one for a start.
        int segEndOut = outStart[k] + outLen[k];
        if (offset < segEndOut) {
            return inStart[k] + Math.min(offset - outStart[k], Math.max(0, inLen[k] - 1));
        }
        return inStart[k] + inLen[k] + (offset - segEndOut);
    }

    /**
     * Maps an output offset used as the END of a range to its input offset; offsets at a deletion
     * stay before the deleted input.
     *
     * @throws IllegalArgumentException when {@code offset} is outside {@code [0, outputLength]}
     */
    public int toInputEnd(int offset) {
        check(offset);
        // last stored segment with outStart < offset (a segment starting at offset does not concern an end)
        int k = lastAtOrBefore(offset - 1);
        if (k < 0) {
            return offset;
        }
        int segEndOut = outStart[k] + outLen[k];
        if (offset <= segEndOut) {
            if (offset == segEndOut) {
                return inStart[k] + inLen[k];
            }
            return inStart[k] + Math.min(offset - outStart[k], inLen[k]);
        }
        return inStart[k] + inLen[k] + (offset - segEndOut);
    }

    private int lastAtOrBefore(int offset) {
        int i = Arrays.binarySearch(outStart, offset);
        if (i >= 0) {
            while (i + 1 < outStart.length && outStart[i + 1] == offset) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    private void check(int offset) {
        if (offset < 0 || offset > outputLength) {
            throw new IllegalArgumentException("offset " + offset + " outside [0, " + outputLength + "]");
        }
    }

    @Override
    public String toString() {
        return "OffsetMap[" + inputLength + " -> " + outputLength + ", " + outStart.length + " changed segments]";
    }

    /**
     * Describes a step's output from left to right. Not thread-safe; {@link #build(int)} may be
     * called once.
     */
    public static final class Builder {
        private int[] outStart = new int[16];
        private int[] inStart = new int[16];
        private int[] outLen = new int[16];
        private int[] inLen = new int[16];
        private int n;
        private int out;
        private int in;
        private boolean built;

        private Builder() {
        }

        /** {@code n} characters copied (or changed one for one) from input to output. */
        public Builder copy(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("negative copy length " + n);
            }
            out += n;
            in += n;
            return this;
        }

        /**
         * {@code inLength} input characters replaced by {@code outLength} output characters; either
         * may be zero (a deletion or an insertion).
         */
        public Builder replace(int inLength, int outLength) {
            if (inLength < 0 || outLength < 0) {
                throw new IllegalArgumentException("negative lengths " + inLength + ", " + outLength);
            }
            if (inLength == outLength) {
                return copy(inLength);
            }
            if (n > 0 && outStart[n - 1] + outLen[n - 1] == out && inStart[n - 1] + inLen[n - 1] == in
                    && (outLength == 0 || outLen[n - 1] == 0)) {
                // merge with the previous changed segment when it ends exactly here and one is a deletion
                outLen[n - 1] += outLength;
                inLen[n - 1] += inLength;
            } else {
                if (n == outStart.length) {
                    int cap = n * 2;
                    outStart = Arrays.copyOf(outStart, cap);
                    inStart = Arrays.copyOf(inStart, cap);
                    outLen = Arrays.copyOf(outLen, cap);
                    inLen = Arrays.copyOf(inLen, cap);
                }
                outStart[n] = out;
                inStart[n] = in;
                outLen[n] = outLength;
                inLen[n] = inLength;
                n++;
            }
            out += outLength;
            in += inLength;
            return this;
        }

        /** Offset reached so far in the output. */
        public int outputOffset() {
            return out;
        }

        /** Offset reached so far in the input. */
        public int inputOffset() {
            return in;
        }

        /**
         * Finishes the map.
         *
         * @param inputLength the whole input's length; the rest of the input after the last
         *                    segment is taken as copied
         * @throws IllegalStateException when called twice or when the segments overrun the input
         */
        public OffsetMap build(int inputLength) {
            if (built) {
                throw new IllegalStateException("build() already called");
            }
            if (in > inputLength) {
                throw new IllegalStateException("segments cover " + in + " input chars, more than " + inputLength);
            }
            built = true;
            int rest = inputLength - in;
            return new OffsetMap(Arrays.copyOf(outStart, n), Arrays.copyOf(inStart, n), Arrays.copyOf(outLen, n),
                    Arrays.copyOf(inLen, n), out + rest, inputLength);
        }
    }
}
