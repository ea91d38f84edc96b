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

    /**
     * A copy of the {@code rows x columns} window of the last two axes whose first cell is {@code (top, left)}, every
     * leading index kept: {@code [..., H, W]} gives {@code [..., rows, columns]} with, {@code p} running over the
     * leading indices flattened row-major,
     * {@code out.data[(p*rows + r)*columns + c] = data[(p*H + top + r)*W + left + c]}.
     *
     * @throws InvalidArgumentException if the tensor has fewer than two dimensions, or the window is empty or not
     *                                  inside the last two axes
     */
    public Tensor crop(int top, int left, int rows, int columns) {
        requireRowsAndColumns();
        int h = dim(-2);
        int w = dim(-1);
        if (rows < 1 || columns < 1 || top < 0 || left < 0 || top + rows > h || left + columns > w) {
            throw new InvalidArgumentException("crop of " + rows + "x" + columns + " at (" + top + ", " + left
                    + ") is not inside the " + h + "x" + w + " of shape " + Arrays.toString(shape));
        }
        int[] cropped = shape.clone();
        cropped[shape.length - 2] = rows;
        cropped[shape.length - 1] = columns;
        Tensor out = zeros(cropped);
        int leading = data.length / (h * w);
        for (int p = 0; p < leading; p++) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(data, (p * h + top + r) * w + left, out.data, (p * rows + r) * columns, columns);
            }
        }
        return out;
    }

    /**
     * The middle of the last two axes: the {@link #crop} of {@code min(rows, H) x min(columns, W)} cells starting at
     * row {@code (H - min(rows, H)) / 2} and column {@code (W - min(columns, W)) / 2} (rounded down, so an odd margin
     * leaves its extra cell below and right).
     *
     * @throws InvalidArgumentException as {@link #crop}, which includes {@code rows} or {@code columns} below 1
     */
    public Tensor centreCrop(int rows, int columns) {
        requireRowsAndColumns();
        int keptRows = Math.min(rows, dim(-2));
        int keptColumns = Math.min(columns, dim(-1));
        return crop((dim(-2) - keptRows) / 2, (dim(-1) - keptColumns) / 2, keptRows, keptColumns);
    }

    private void requireRowsAndColumns() {
        if (shape.length < 2) {
            throw new InvalidArgumentException("a crop needs at least two dimensions, rows and columns (got shape "
                    + Arrays.toString(shape) + ")");
        }
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
