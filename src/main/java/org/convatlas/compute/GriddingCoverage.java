package org.convatlas.compute;

import java.util.List;

/**
 * Which input cells one unit of a stack of dilated square convolutions (stride 1) actually sees, and through
 * how many paths: the picture behind the "gridding" of stacked dilations.
 *
 * <p>The unit's receptive field is {@code R x R} cells, {@code R = 1 + sum over layers of (k_l - 1) * d_l}.
 * A path is one tap per layer; the coverage of an input cell is the number of distinct paths that reach it.
 * It equals the full 2-D convolution of the layers' dilated all-ones kernels, and since an all-ones square
 * kernel is a column of ones times a row of ones, {@code coverage[y][x] = a[y] * a[x]}, where {@code a} is the
 * full 1-D convolution of the dilated all-ones kernels of length {@code k_l}. Cells with coverage 0 are the
 * holes; with a common factor {@code f > 1} of all dilations, only every {@code f}-th row and column is touched.
 */
public final class GriddingCoverage {

    /** Largest {@code R} whose {@code R x R} map fits a {@link Tensor}. */
    public static final int MAX_SIZE = 46_340;

    /** One layer: a square {@code kernel x kernel} kernel with the given dilation, stride 1. */
    public record Layer(int kernel, int dilation) {

        public Layer {
            Checks.atLeast("kernel", kernel, 1);
            Checks.atLeast("dilation", dilation, 1);
        }
    }

    /** {@code a}: the number of paths to each cell along one axis, {@code R} values. */
    private final double[] paths;

    private GriddingCoverage(double[] paths) {
        this.paths = paths;
    }

    /**
     * The coverage of one unit of the last layer of {@code layers} (layer 1 reads the input).
     *
     * @throws InvalidArgumentException if the list is empty or has a missing layer, or {@code R} exceeds
     *                                  {@link #MAX_SIZE}
     */
    public static GriddingCoverage of(List<Layer> layers) {
        Checks.items("layers", layers);
        long size = 1;
        for (Layer layer : layers) {
            size += (long) (layer.kernel() - 1) * layer.dilation();
            if (size > MAX_SIZE) {
                throw new InvalidArgumentException("the receptive field of the stack exceeds " + MAX_SIZE
                        + " cells per side; use fewer or smaller layers");
            }
        }
        double[] paths = {1};
        for (Layer layer : layers) {
            paths = OnesLayer1d.full("side", layer.kernel(), layer.dilation()).carry(paths);
        }
        return new GriddingCoverage(paths);
    }

    /** {@code R}, the side of the receptive field in input cells. */
    public int size() {
        return paths.length;
    }

    /** The number of paths that reach input cell {@code (y, x)} of the receptive field, {@code a[y] * a[x]}. */
    public double paths(int y, int x) {
        return paths[y] * paths[x];
    }

    /** {@code coverage [R, R]}: {@code coverage[y*R + x] = a[y] * a[x]}, exact up to 2^24 paths per cell. */
    public Tensor coverage() {
        return Vectors.outer(paths, paths);
    }

    /** The share of the {@code R*R} cells reached by at least one path: {@code (touched a) / R}, squared. */
    public double touchedFraction() {
        int touched = 0;
        for (double p : paths) {
            if (p > 0) {
                touched++;
            }
        }
        double alongAxis = (double) touched / paths.length;
        return alongAxis * alongAxis;
    }
}
