package org.convatlas.compute;

/**
 * Parameters of {@link ConvTranspose2d}. The window's stride, dilation and pads are those of the
 * convolution being transposed: pads are removed from the full output. {@code outputPaddingH/W} add
 * rows/columns at the bottom/right; each must be smaller than the stride or the dilation of its axis.
 */
public record ConvTranspose2dParams(Window2d window, int outputPaddingH, int outputPaddingW, int groups) {

    /** Stride 1, no padding, no output padding, no dilation, one group. */
    public static final ConvTranspose2dParams DEFAULT = new ConvTranspose2dParams(Window2d.DEFAULT, 0, 0, 1);

    public ConvTranspose2dParams {
        if (window == null) {
            throw new InvalidArgumentException("window is missing");
        }
        Checks.atLeast("output padding", Math.min(outputPaddingH, outputPaddingW), 0);
        Checks.atLeast("groups", groups, 1);
    }

    public ConvTranspose2dParams withWindow(Window2d newWindow) {
        return new ConvTranspose2dParams(newWindow, outputPaddingH, outputPaddingW, groups);
    }

    public ConvTranspose2dParams withOutputPadding(int h, int w) {
        return new ConvTranspose2dParams(window, h, w, groups);
    }

    public ConvTranspose2dParams withGroups(int newGroups) {
        return new ConvTranspose2dParams(window, outputPaddingH, outputPaddingW, newGroups);
    }
}
