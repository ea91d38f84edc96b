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

    /**
     * The ring around the output that holds the rest of the full output (every input cell times every tap, before the
     * padding is cut), per side, in cells: what the padding cuts away. In the output's frame the full output spans rows
     * {@code −pad_top ... Ho − 1 + pad_bottom − output_padding_H} (its first row is input row 0 at tap 0, its last
     * input row {@code H − 1} at tap {@code kH − 1}), so
     * <pre>
     * top  = pad_top     bottom = max(0, pad_bottom − output_padding_H)
     * left = pad_left    right  = max(0, pad_right − output_padding_W)
     * </pre>
     * whatever the sizes: the output padding first wins back rows the padding cut, then adds rows the full output
     * does not reach.
     */
    public Pads2d cutAway() {
        Pads2d pads = window.pads();
        return new Pads2d(pads.top(), pads.left(), Math.max(0, pads.bottom() - outputPaddingH),
                Math.max(0, pads.right() - outputPaddingW));
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
