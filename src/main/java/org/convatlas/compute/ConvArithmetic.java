package org.convatlas.compute;

import java.util.Arrays;

/**
 * Output-size arithmetic along one axis, shared by every sliding-window operation.
 *
 * <p>With input size {@code n}, padding {@code p0} before and {@code p1} after, kernel size {@code k},
 * stride {@code s} and dilation {@code d}, the kernel's <em>reach</em> (effective size) is
 * {@code d*(k-1) + 1} and a window fits {@code floor((n + p0 + p1 - reach) / s) + 1} times.
 * A transposed convolution inverts that: {@code (n-1)*s - p0 - p1 + d*(k-1) + outputPadding + 1}.
 */
public final class ConvArithmetic {

    private ConvArithmetic() {
    }

    /** The effective size of a dilated kernel, {@code k + (k-1)(d-1) = d*(k-1) + 1}. */
    public static int reach(int kernel, int dilation) {
        return dilation * (kernel - 1) + 1;
    }

    /**
     * The cell that kernel tap {@code tap} of window position {@code position} lands on along one axis:
     * {@code position*stride - padBefore + tap*dilation}. It lies in the padding when outside {@code [0, n)}.
     * Read the other way, it is also where a transposed convolution writes: input cell {@code position} times
     * tap {@code tap} goes to that cell of the output (before its padding is cut away).
     */
    public static int tapPosition(int position, int stride, int padBefore, int tap, int dilation) {
        return position * stride - padBefore + tap * dilation;
    }

    /**
     * The (input cell {@code q}, tap {@code i}) pairs along one axis of a transposed convolution whose write,
     * {@link #tapPosition tapPosition(q, stride, padBefore, i, dilation)}, lands inside an output of {@code size}
     * cells. For tap {@code i} the write is inside when {@code padBefore − i·d <= q·s <= padBefore − i·d + size − 1},
     * so the cells {@code q} that land run from {@code max(0, ceil((padBefore − i·d)/s))} to
     * {@code min(n − 1, floor((padBefore − i·d + size − 1)/s))}: one sum over the taps.
     */
    static long transposedWritesInside(int n, int padBefore, int size, int kernel, int stride, int dilation) {
        long pairs = 0;
        for (int i = 0; i < kernel; i++) {
            int from = padBefore - i * dilation; // q*s must lie in [from, from + size - 1]
            int low = Math.max(0, -Math.floorDiv(-from, stride)); // ceil(from / s)
            int high = Math.min(n - 1, Math.floorDiv(from + size - 1, stride));
            pairs += Math.max(0, high - low + 1);
        }
        return pairs;
    }

    /**
     * The output positions whose window has a tap on input position {@code input}: every {@code o} in
     * {@code [0, outputs)} with {@code o·stride − padBefore + tap·dilation = input} for a tap in {@code [0, kernel)},
     * in increasing order (the inverse of {@link #tapPosition}).
     */
    public static int[] positionsReading(int input, int outputs, int stride, int padBefore, int kernel, int dilation) {
        int[] found = new int[kernel];
        int count = 0;
        for (int tap = kernel - 1; tap >= 0; tap--) {
            int offset = input + padBefore - tap * dilation;
            if (offset >= 0 && offset % stride == 0 && offset / stride < outputs) {
                found[count++] = offset / stride;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /**
     * Number of window positions along one axis.
     *
     * @param axis the axis' name for messages ("height", "width", "depth")
     * @throws InvalidArgumentException if the kernel reach exceeds the padded input
     */
    public static int outputSize(String axis, int n, int padBefore, int padAfter, int kernel, int stride, int dilation) {
        Checks.atLeast("input " + axis, n, 1);
        Checks.atLeast("kernel " + axis, kernel, 1);
        Checks.atLeast("stride", stride, 1);
        Checks.atLeast("dilation", dilation, 1);
        int padded = n + padBefore + padAfter;
        int reach = reach(kernel, dilation);
        if (reach > padded) {
            throw new InvalidArgumentException("kernel reach " + reach + " exceeds padded input " + padded
                    + " (" + axis + "); add padding or enlarge the input");
        }
        return (padded - reach) / stride + 1;
    }

    /**
     * Output size of a transposed convolution along one axis:
     * {@code (n-1)*s - p0 - p1 + d*(k-1) + outputPadding + 1}.
     *
     * @throws InvalidArgumentException if the padding removes the whole output, or the output padding is not
     *                                  smaller than the stride or the dilation (PyTorch's rule)
     */
    public static int transposedOutputSize(String axis, int n, int padBefore, int padAfter, int kernel, int stride,
                                           int dilation, int outputPadding) {
        Checks.atLeast("input " + axis, n, 1);
        Checks.atLeast("kernel " + axis, kernel, 1);
        Checks.atLeast("stride", stride, 1);
        Checks.atLeast("dilation", dilation, 1);
        Checks.atLeast("output padding", outputPadding, 0);
        if (outputPadding >= stride && outputPadding >= dilation) {
            throw new InvalidArgumentException("output padding " + outputPadding + " (" + axis
                    + ") must be smaller than the stride " + stride + " or the dilation " + dilation);
        }
        int full = (n - 1) * stride + reach(kernel, dilation);
        int size = full - padBefore - padAfter + outputPadding;
        if (size < 1) {
            throw new InvalidArgumentException("padding " + (padBefore + padAfter) + " (" + axis
                    + ") removes the whole transposed output of size " + (full + outputPadding) + "; reduce the padding");
        }
        return size;
    }
}
