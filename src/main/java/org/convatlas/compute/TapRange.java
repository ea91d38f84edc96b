package org.convatlas.compute;

/**
 * Along one axis, the output positions at which a fixed kernel tap reads a cell inside the input rather
 * than padding. Output position {@code o} puts the tap on input cell {@code o*stride + offset}, where
 * {@code offset = tap*dilation - padBefore}; the positions with {@code 0 <= o*stride + offset < n} form the
 * range {@code [first, end)}. Computing it once per tap lets the inner loops run without bounds tests.
 */
final class TapRange {

    private TapRange() {
    }

    /** The smallest {@code o >= 0} with {@code o*stride + offset >= 0}: {@code ceil(-offset / stride)} or 0. */
    static int first(int offset, int stride) {
        return offset >= 0 ? 0 : (-offset + stride - 1) / stride;
    }

    /**
     * One past the largest {@code o < outputs} with {@code o*stride + offset < n}:
     * {@code min(outputs, floor((n - 1 - offset) / stride) + 1)}; at most {@link #first} when no position reads inside.
     */
    static int end(int offset, int stride, int n, int outputs) {
        return Math.min(outputs, Math.floorDiv(n - 1 - offset, stride) + 1);
    }
}
