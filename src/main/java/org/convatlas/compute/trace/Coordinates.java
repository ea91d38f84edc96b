package org.convatlas.compute.trace;

import java.util.Arrays;
import org.convatlas.compute.InvalidArgumentException;

/**
 * An immutable index into a tensor, one coordinate per dimension, e.g. {@code (c, y, x)} into {@code [C, H, W]}.
 * Coordinates in the padding around a tensor may be negative or reach past its size.
 */
public final class Coordinates {

    private final int[] values;

    private Coordinates(int[] values) {
        this.values = values;
    }

    /** The coordinates {@code (values[0], values[1], ...)}. */
    public static Coordinates of(int... values) {
        return new Coordinates(values.clone());
    }

    /**
     * The coordinates of element {@code flatIndex} of a row-major tensor of the given shape: the inverse of
     * {@link #flatIndexIn}. For {@code [C, H, W]}: {@code c = i / (H*W)}, {@code y = (i / W) mod H}, {@code x = i mod W}.
     *
     * @throws InvalidArgumentException if the index is outside {@code [0, product of the shape)}
     */
    public static Coordinates ofFlatIndex(long flatIndex, int... shape) {
        long count = elementCount(shape);
        if (flatIndex < 0 || flatIndex >= count) {
            throw new InvalidArgumentException("flat index must be between 0 and " + (count - 1) + " for shape "
                    + Arrays.toString(shape) + " (got " + flatIndex + ")");
        }
        int[] values = new int[shape.length];
        long rest = flatIndex;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            values[axis] = (int) (rest % shape[axis]);
            rest /= shape[axis];
        }
        return new Coordinates(values);
    }

    /** The number of elements of a tensor of the given shape. */
    static long elementCount(int... shape) {
        long count = 1;
        for (int d : shape) {
            count *= d;
        }
        return count;
    }

    /**
     * The row-major flat index of these coordinates in a tensor of the given shape,
     * {@code ((v0*d1 + v1)*d2 + v2)*...}.
     *
     * @throws InvalidArgumentException if the ranks differ or a coordinate is outside its dimension
     */
    public long flatIndexIn(int... shape) {
        if (shape.length != values.length) {
            throw new InvalidArgumentException("coordinates " + this + " have " + values.length
                    + " values; shape " + Arrays.toString(shape) + " has " + shape.length + " dimensions");
        }
        long index = 0;
        for (int axis = 0; axis < values.length; axis++) {
            if (values[axis] < 0 || values[axis] >= shape[axis]) {
                throw new InvalidArgumentException("coordinates " + this + " are outside shape " + Arrays.toString(shape));
            }
            index = index * shape[axis] + values[axis];
        }
        return index;
    }

    /** The number of coordinates. */
    public int rank() {
        return values.length;
    }

    /** The coordinate along {@code axis}. */
    public int get(int axis) {
        return values[axis];
    }

    /** A copy of the coordinates. */
    public int[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Coordinates c && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** {@code (c, y, x)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("(");
        for (int axis = 0; axis < values.length; axis++) {
            s.append(axis == 0 ? "" : ", ").append(values[axis]);
        }
        return s.append(')').toString();
    }
}
