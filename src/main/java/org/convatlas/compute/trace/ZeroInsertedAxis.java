package org.convatlas.compute.trace;

/**
 * One axis of an input of {@code size} cells with {@code stride - 1} zeros inserted between neighbours, as the
 * gather form of a transposed convolution sees it: input cell {@code k} sits at {@code u = k*stride}, the grid
 * spans {@code u = 0 ... (size-1)*stride}, and every other position inside it is an inserted zero.
 *
 * <p>Position {@code u} is also where the scatter form meets it: input cell {@code k} times kernel tap {@code a}
 * writes full-output cell {@code f = k*stride + a*dilation}, so the input cell behind {@code f} and {@code a} is the
 * one at {@code u = f - a*dilation}, if there is one there.
 */
record ZeroInsertedAxis(int size, int stride) {

    /** The cells of the zero-inserted axis, {@code (size - 1)*stride + 1}. */
    int length() {
        return (size - 1) * stride + 1;
    }

    /** Whether {@code u} lies inside the zero-inserted grid (else it is padding). */
    boolean inside(int u) {
        return u >= 0 && u < length();
    }

    /** Whether {@code u} is an input cell (inside the grid, on a multiple of the stride). */
    boolean isInput(int u) {
        return inside(u) && u % stride == 0;
    }

    /** The input cell at {@code u}, which {@link #isInput} must accept. */
    int inputAt(int u) {
        return u / stride;
    }
}
