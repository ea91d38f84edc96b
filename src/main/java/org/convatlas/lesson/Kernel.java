package org.convatlas.lesson;

import java.util.Arrays;
import java.util.Optional;
import org.convatlas.compute.Tensor;

/**
 * An immutable 2-D kernel of weights, {@code rows × columns}, stored row-major: the weight at row {@code r},
 * column {@code c} is {@code weights[r * columns + c]}.
 */
public final class Kernel {

    private final int rows;
    private final int columns;
    private final float[] weights;

    private Kernel(int rows, int columns, float[] weights) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a kernel needs at least one row and one column (got "
                    + rows + "x" + columns + ")");
        }
        if (weights.length != rows * columns) {
            throw new IllegalArgumentException("a " + rows + "x" + columns + " kernel needs " + rows * columns
                    + " weights (got " + weights.length + ")");
        }
        this.rows = rows;
        this.columns = columns;
        this.weights = weights;
    }

    /** The kernel with the given weights, row after row. */
    public static Kernel of(int rows, int columns, float... weights) {
        return new Kernel(rows, columns, weights.clone());
    }

    /** A kernel of zeros. */
    public static Kernel zeros(int rows, int columns) {
        return new Kernel(rows, columns, new float[Math.max(0, rows * columns)]);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** The weight at row {@code row}, column {@code column}, both from 0. */
    public float weight(int row, int column) {
        return weights[index(row, column)];
    }

    /** This kernel with one weight changed. */
    public Kernel withWeight(int row, int column, float value) {
        float[] changed = weights.clone();
        changed[index(row, column)] = value;
        return new Kernel(rows, columns, changed);
    }

    /**
     * This kernel grown or cut to {@code newRows × newColumns}: the weights of the common top-left part are kept and
     * new cells are 0.
     */
    public Kernel resized(int newRows, int newColumns) {
        Kernel resized = zeros(newRows, newColumns);
        for (int r = 0; r < Math.min(rows, newRows); r++) {
            System.arraycopy(weights, r * columns, resized.weights, r * newColumns, Math.min(columns, newColumns));
        }
        return resized;
    }

    /** The weights as a fresh tensor of shape {@code [rows, columns]}. */
    public Tensor toTensor() {
        return Tensor.of(weights.clone(), rows, columns);
    }

    private int index(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("no cell (" + row + ", " + column + ") in a " + rows + "x" + columns
                    + " kernel");
        }
        return row * columns + column;
    }

    /**
     * The kernel as the command line writes it: {@code RxC:w,w,...}, its weights row after row, each as short as reads
     * back to the same {@code float} ({@code 3x3:1,0,-1,2,0,-2,1,0,-1}, {@code 1x2:0.5,0.04}).
     */
    public String text() {
        StringBuilder text = new StringBuilder().append(rows).append('x').append(columns).append(':');
        for (int i = 0; i < weights.length; i++) {
            float w = weights[i];
            text.append(i > 0 ? "," : "").append(w == Math.rint(w) && Math.abs(w) < 1e7f ? String.valueOf((long) w)
                    : String.valueOf(w));
        }
        return text.toString();
    }

    /** The kernel {@link #text()} writes, spaces around the numbers allowed; empty if {@code text} is not one. */
    public static Optional<Kernel> parse(String text) {
        String[] sizeAndWeights = text.split(":", 2);
        String[] sides = sizeAndWeights[0].split("x", -1);
        if (sizeAndWeights.length != 2 || sides.length != 2) {
            return Optional.empty();
        }
        try {
            int rows = Integer.parseInt(sides[0].strip());
            int columns = Integer.parseInt(sides[1].strip());
            String[] items = sizeAndWeights[1].split(",", -1);
            float[] weights = new float[items.length];
            for (int i = 0; i < items.length; i++) {
                weights[i] = Float.parseFloat(items[i].strip());
                if (!Float.isFinite(weights[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Kernel(rows, columns, weights));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kernel k && k.rows == rows && k.columns == columns && Arrays.equals(k.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Kernel" + rows + "x" + columns + Arrays.toString(weights);
    }
}
