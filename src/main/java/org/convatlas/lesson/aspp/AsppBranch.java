package org.convatlas.lesson.aspp;

import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Window2d;

/**
 * One branch of atrous spatial pyramid pooling: a {@code kernel × kernel} convolution with dilation {@code rate},
 * stride 1 and {@code rate·(kernel − 1)/2} zeros of padding on each side, so that its output has the size of the
 * feature map it reads (as DeepLab's branches do). Without bias (a batch norm follows in DeepLab).
 *
 * @param kernel 1 or 3
 * @param rate   the dilation; 1 for the 1 × 1 branch
 */
record AsppBranch(int kernel, int rate) {

    /** The 1 × 1 branch. */
    static final AsppBranch POINTWISE = new AsppBranch(1, 1);

    /** A 3 × 3 branch at {@code rate}. */
    static AsppBranch dilated(int rate) {
        return new AsppBranch(3, rate);
    }

    /** The convolution's window: stride 1, {@code rate·(kernel − 1)/2} pads on every side, dilation {@code rate}. */
    Conv2dParams params() {
        return new Conv2dParams(Window2d.of(1, rate * (kernel - 1) / 2, rate), 1, false);
    }

    /** The weights' shape {@code [outChannels, inChannels, kernel, kernel]}. */
    int[] weightShape(int inChannels, int outChannels) {
        return new int[] {outChannels, inChannels, kernel, kernel};
    }

    /** The output's shape {@code [outChannels, Ho, Wo]}, by the engine. */
    int[] outputShape(int[] x, int outChannels) {
        return Conv2d.outputShape(x, weightShape(x[0], outChannels), params());
    }

    /** The side of the field one output value reads, {@code k + (k − 1)(r − 1)} cells. */
    int reach() {
        return ConvArithmetic.reach(kernel, rate);
    }
}
