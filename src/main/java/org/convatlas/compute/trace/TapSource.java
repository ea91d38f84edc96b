package org.convatlas.compute.trace;

import org.convatlas.compute.BilinearSample;

/**
 * Where the input factor of a {@link Tap} comes from. Coordinates are in the frame of the grid the window slides
 * over: the input itself for a direct operation, the zero-inserted input for the gather form of a transposed
 * convolution (see {@link Traces#convTranspose2dGather}).
 */
public sealed interface TapSource {

    /** The kind of source, for a {@code switch}. */
    enum Kind { INPUT, PADDING, INSERTED_ZERO, DILATION_HOLE, BILINEAR }

    Kind kind();

    /** An element of the input, read as it is. */
    record Input(Coordinates at) implements TapSource {
        @Override
        public Kind kind() {
            return Kind.INPUT;
        }
    }

    /** A cell of the zero padding around the input (outside it, hence coordinates below 0 or past its size); reads 0. */
    record Padding(Coordinates at) implements TapSource {
        @Override
        public Kind kind() {
            return Kind.PADDING;
        }
    }

    /**
     * One of the {@code stride - 1} zeros a transposed convolution's gather form inserts between neighbouring input
     * cells; reads 0. Its coordinates are in the zero-inserted grid, where input cell {@code (c, iy, ix)} sits at
     * {@code (c, iy*strideH, ix*strideW)}.
     */
    record InsertedZero(Coordinates at) implements TapSource {
        @Override
        public Kind kind() {
            return Kind.INSERTED_ZERO;
        }
    }

    /**
     * A cell inside a dilated window that lies between two kernel taps: the dilated kernel skips it, so it is not
     * read and nothing is multiplied (its tap has both factors and the product 0).
     */
    record DilationHole(Coordinates at) implements TapSource {
        @Override
        public Kind kind() {
            return Kind.DILATION_HOLE;
        }
    }

    /**
     * A bilinear sample of input channel {@code channel} at a real position (deformable convolution), taken instead of
     * the regular cell {@code regular} = {@code (channel, row, column)} the plain convolution would read; the
     * displacement is {@code (sample.y - row, sample.x - column)}. The tap's input factor is {@code value * mask}.
     *
     * @param sample the position with its four corners and their weights
     * @param value  the sample, {@code sum of weight * input} over the corners inside the input
     * @param mask   the modulation the sample is multiplied by; 1 when the operation has no mask
     */
    record Bilinear(Coordinates regular, BilinearSample sample, float value, float mask) implements TapSource {
        @Override
        public Kind kind() {
            return Kind.BILINEAR;
        }
    }
}
