package org.convatlas.compute;

import java.util.Arrays;

/**
 * A dense tensor of {@code float}s: a flat array in row-major (C) order plus a shape.
 *
 * <p>For shape {@code [d0, d1, ..., dn-1]} the element at index {@code (i0, ..., in-1)} lives at
 * {@code data[((i0*d1 + i1)*d2 + i2)*... + in-1]}. The layouts used in ConvAtlas are
 * <ul>
 *   <li>an image or feature map {@code [C, H, W]}: {@code data[(c*H + y)*W + x]};</li>
 *   <li>a volume {@code [C, D, H, W]}: {@code data[((c*D + z)*H + y)*W + x]};</li>
 *   <li>2-D convolution weights {@code [Cout, Cin/groups, kH, kW]}.</li>
 * </ul>
 * There is no batch dimension anywhere.
 *
 * <p>The data array is shared, not copied, by {@link #data()} so that hot loops can walk it
 * directly; callers that keep a tensor must not modify it behind another owner's back.
 */
public final class Tensor {

    private final int[] shape;
    private final float[] data;

    private Tensor(float[] data, int[] shape) {
        this.shape = shape;
        this.data = data;
    }

    /** A tensor of the given shape filled with zeros. */
    public static Tensor zeros(int... shape) {
        int[] copy = checkedShape(shape);
        return new Tensor(new float[Math.toIntExact(elementCount(copy))], copy);
    }

    /**
     * A tensor over {@code data} (not copied) with the given shape.
     *
     * @throws InvalidArgumentException if the data length does not match the shape
     */
    public static Tensor of(float[] data, int... shape) {
        int[] copy = checkedShape(shape);
        long expected = elementCount(copy);
        if (data.length != expected) {
            throw new InvalidArgumentException("tensor of shape " + Arrays.toString(copy) + " needs "
                    + expected + " values (got " + data.length + ")");
        }
        return new Tensor(data, copy);
    }

    /** A tensor of the given shape whose every element is {@code value}. */
    public static Tensor filled(float value, int... shape) {
        Tensor t = zeros(shape);
        Arrays.fill(t.data, value);
        return t;
    }

    private static int[] checkedShape(int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                throw new InvalidArgumentException("tensor dimensions must be at least 0 (got "
                        + Arrays.toString(shape) + ")");
            }
        }
        if (elementCount(shape) > Integer.MAX_VALUE - 8) {
            throw new InvalidArgumentException("tensor of shape " + Arrays.toString(shape)
                    + " has more than " + (Integer.MAX_VALUE - 8) + " elements");
        }
        return shape.clone();
    }

    private static long elementCount(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
            if (n > Integer.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }

    /** The number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Dimension {@code axis}; negative axes count from the end. */
    public int dim(int axis) {
        return shape[axis < 0 ? shape.length + axis : axis];
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** The number of elements. */
    public int size() {
        return data.length;
    }

    /** The backing array, row-major (see the class comment). Not a copy. */
    public float[] data() {
        return data;
    }

    /** Whether this tensor has exactly the given shape. */
    public boolean hasShape(int... expected) {
        return Arrays.equals(shape, expected);
    }

    /** Flat offset of a full index; checks every coordinate against its dimension. */
    public int offset(int... index) {
        if (index.length != shape.length) {
            throw new InvalidArgumentException("index " + Arrays.toString(index) + " has "
                    + index.length + " coordinates; the tensor has " + shape.length + " dimensions");
        }
        int off = 0;
        for (int a = 0; a < shape.length; a++) {
            if (index[a] < 0 || index[a] >= shape[a]) {
                throw new InvalidArgumentException("index " + Arrays.toString(index)
                        + " is outside shape " + Arrays.toString(shape));
            }
            off = off * shape[a] + index[a];
        }
        return off;
    }

    /** The element at a full index. */
    public float get(int... index) {
        return data[offset(index)];
    }

    /** Sets the element at a full index. */
    public void set(float value, int... index) {
        data[offset(index)] = value;
    }

    /** A deep copy. */
    public Tensor copy() {
        return new Tensor(data.clone(), shape);
    }

    /** The same data viewed under another shape with the same number of elements. */
    public Tensor reshape(int... newShape) {
        return of(data, newShape);
    }

    /** Largest absolute element-wise difference to another tensor of the same shape. */
    public double maxAbsDifference(Tensor other) {
        if (!Arrays.equals(shape, other.shape)) {
            throw new InvalidArgumentException("shapes differ: " + Arrays.toString(shape) + " vs "
                    + Arrays.toString(other.shape));
        }
        double max = 0;
        for (int i = 0; i < data.length; i++) {
            max = Math.max(max, Math.abs((double) data[i] - other.data[i]));
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape) + (data.length <= 16 ? Arrays.toString(data) : "");
    }
}
