package org.convatlas.compute.trace;

import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;

/**
 * The grid the gather form of a transposed convolution ({@link Traces#convTranspose2dGather}) slides its flipped
 * kernel over: the input {@code [C, H, W]} with {@code sH − 1} zeros inserted between neighbouring rows and
 * {@code sW − 1} between neighbouring columns, {@code (H − 1)·sH + 1} rows by {@code (W − 1)·sW + 1} columns, input
 * cell {@code (iy, ix)} at {@code (iy·sH, ix·sW)}; and the border of zeros around it, in cells:
 * <pre>
 * top  = dH·(kH − 1) − pad_top      bottom = dH·(kH − 1) − pad_bottom + output_padding_H
 * left = dW·(kW − 1) − pad_left     right  = dW·(kW − 1) − pad_right  + output_padding_W
 * </pre>
 * A negative border crops the grid instead ({@link #border()} refuses it). The window slides at stride 1 with the dilation of the transposed
 * convolution, so the bordered grid is {@code Ho + dH·(kH − 1)} rows tall.
 */
public final class ZeroInsertedGrid {

    private final ZeroInsertedAxis rows;
    private final ZeroInsertedAxis columns;
    private final Pads2d pads;
    private final int top;
    private final int left;
    private final int bottom;
    private final int right;

    private ZeroInsertedGrid(ZeroInsertedAxis rows, ZeroInsertedAxis columns, Pads2d pads, int top, int left,
                             int bottom, int right) {
        this.rows = rows;
        this.columns = columns;
        this.pads = pads;
        this.top = top;
        this.left = left;
        this.bottom = bottom;
        this.right = right;
    }

    /**
     * The grid of the transposed convolution of an input of shape {@code x [C, H, W]} by weights
     * {@code w [Cin, Cout/groups, kH, kW]} under {@code p}.
     *
     * @throws InvalidArgumentException if the operation refuses the arguments
     */
    public static ZeroInsertedGrid of(int[] x, int[] w, ConvTranspose2dParams p) {
        ConvTranspose2d.outputShape(x, w, p);
        Window2d window = p.window();
        int reachH = window.dilationH() * (w[2] - 1);
        int reachW = window.dilationW() * (w[3] - 1);
        return new ZeroInsertedGrid(new ZeroInsertedAxis(x[1], window.strideH()),
                new ZeroInsertedAxis(x[2], window.strideW()), window.pads(), reachH - window.pads().top(),
                reachW - window.pads().left(), reachH - window.pads().bottom() + p.outputPaddingH(),
                reachW - window.pads().right() + p.outputPaddingW());
    }

    /** The rows of the zero-inserted input, {@code (H − 1)·sH + 1}. */
    public int height() {
        return rows.length();
    }

    /** The columns of the zero-inserted input, {@code (W − 1)·sW + 1}. */
    public int width() {
        return columns.length();
    }

    /** Rows of zeros above the zero-inserted input, {@code dH·(kH − 1) − pad_top}; negative when cropped. */
    public int top() {
        return top;
    }

    /** Columns of zeros left of it, {@code dW·(kW − 1) − pad_left}; negative when cropped. */
    public int left() {
        return left;
    }

    /** Rows of zeros below it, {@code dH·(kH − 1) − pad_bottom + output_padding_H}; negative when cropped. */
    public int bottom() {
        return bottom;
    }

    /** Columns of zeros right of it, {@code dW·(kW − 1) − pad_right + output_padding_W}; negative when cropped. */
    public int right() {
        return right;
    }

    /**
     * The border as the pads of the window that slides over the grid, {@code (top, left, bottom, right)}.
     *
     * @throws InvalidArgumentException if a side is negative: the padding on that side is more than
     *                                  {@code d·(k − 1)} (plus the output padding below and right), so that the grid
     *                                  would have to be cropped
     */
    public Pads2d border() {
        String reach = "dilation·(kernel − 1)";
        uncropped(top, pads.top(), reach);
        uncropped(left, pads.left(), reach);
        uncropped(bottom, pads.bottom(), reach + " + output padding");
        uncropped(right, pads.right(), reach + " + output padding");
        return new Pads2d(top, left, bottom, right);
    }

    /** Refuses a negative side {@code side = room − padding}, naming the room the padding exceeds. */
    private static void uncropped(int side, int padding, String room) {
        if (side < 0) {
            throw new InvalidArgumentException("padding " + padding + " is more than " + room + " = " + (padding + side)
                    + ": the zero-insertion picture would crop its input; lower the padding");
        }
    }

    /** Whether {@code (uy, ux)} holds an input cell (else an inserted zero, or the border outside the grid). */
    public boolean isInput(int uy, int ux) {
        return rows.isInput(uy) && columns.isInput(ux);
    }

    /** The input cell {@code (c, iy, ix)} at {@code (c, uy, ux)}, which {@link #isInput} must accept. */
    public Coordinates inputAt(int channel, int uy, int ux) {
        return Coordinates.of(channel, rows.inputAt(uy), columns.inputAt(ux));
    }

    /**
     * The cell of the bordered grid that a tap of the gather trace reads, {@code (c, uy, ux)}: an input element
     * {@code (c, iy, ix)} sits at {@code (c, iy·sH, ix·sW)}; inserted zeros and the border already carry grid
     * coordinates.
     *
     * @throws IllegalArgumentException for a kind of tap the gather trace does not make
     */
    public Coordinates cellOf(TapSource source) {
        if (source instanceof TapSource.Input s) {
            Coordinates at = s.at();
            return Coordinates.of(at.get(0), at.get(1) * rows.stride(), at.get(2) * columns.stride());
        } else if (source instanceof TapSource.InsertedZero s) {
            return s.at();
        } else if (source instanceof TapSource.Padding s) {
            return s.at();
        }
        throw new IllegalArgumentException("a gather trace reads no " + source.kind());
    }

    /**
     * {@code x [C, H, W]} with the zeros inserted, {@code [C, height(), width()]}: {@code out[c, iy·sH, ix·sW] =
     * x[c, iy, ix]}, 0 elsewhere.
     */
    public Tensor insert(Tensor x) {
        int channels = x.dim(0);
        Tensor out = Tensor.zeros(channels, height(), width());
        float[] from = x.data();
        float[] to = out.data();
        int h = rows.size();
        int w = columns.size();
        for (int c = 0; c < channels; c++) {
            for (int iy = 0; iy < h; iy++) {
                for (int ix = 0; ix < w; ix++) {
                    to[(c * height() + iy * rows.stride()) * width() + ix * columns.stride()] = from[(c * h + iy) * w + ix];
                }
            }
        }
        return out;
    }
}
