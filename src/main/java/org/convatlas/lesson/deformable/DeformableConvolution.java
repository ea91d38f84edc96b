package org.convatlas.lesson.deformable;

import org.convatlas.compute.DeformConv2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.lesson.OffsetEdits;

/**
 * One deformable convolution of one channel as the lesson sets it up: the input {@code [1, H, W]}, the weights
 * {@code [1, 1, kH, kW]}, the regular window (stride 1, padded to keep the size), the offsets
 * {@code [2*kH*kW, H, W]} of the field with the edits in place, and the mask {@code [kH*kW, H, W]} (null unless
 * modulated).
 *
 * @param picture whether the input is a shrunk picture rather than a pattern of numbers
 */
public record DeformableConvolution(Tensor input, Tensor weights, Window2d window, Tensor offsets, Tensor mask,
                                    OffsetEdits edits, boolean picture) {

    /** The engine's parameters: the window, one group, one offset group. */
    public DeformConv2dParams params() {
        return new DeformConv2dParams(window, 1, 1);
    }

    public int kernelRows() {
        return weights.dim(2);
    }

    public int kernelColumns() {
        return weights.dim(3);
    }

    /**
     * The offsets and mask with every edit of a position and tap the convolution has put in place of the field's
     * (the mask's only when there is one).
     */
    static void applyEdits(OffsetEdits edits, Tensor offsets, Tensor mask, int kh, int kw) {
        int ho = offsets.dim(1);
        int wo = offsets.dim(2);
        for (OffsetEdits.Edit e : edits.edits()) {
            if (e.row() < ho && e.column() < wo && e.tapRow() < kh && e.tapColumn() < kw) {
                int t = e.tapRow() * kw + e.tapColumn();
                offsets.set(e.dy(), 2 * t, e.row(), e.column());
                offsets.set(e.dx(), 2 * t + 1, e.row(), e.column());
                if (mask != null) {
                    mask.set(e.mask(), t, e.row(), e.column());
                }
            }
        }
    }
}
