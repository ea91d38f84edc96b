package org.convatlas.compute;

import java.util.Random;

/**
 * One seeded random {@link ConvTranspose2d} problem: inputs up to 6x6, kernels up to 5x5 (odd, even, non-square),
 * strides up to 4, dilation up to 3, pads up to 3 per side (as long as some output is left), output padding below the
 * stride or the dilation, 1 to 3 groups of 1 to 3 channels, bias on or off.
 */
record RandomConvTranspose2d(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams params) {

    static RandomConvTranspose2d draw(Random r) {
        int groups = 1 + r.nextInt(3);
        int cin = groups * (1 + r.nextInt(3));
        int coutPerGroup = 1 + r.nextInt(3);
        int h = 1 + r.nextInt(6), w = 1 + r.nextInt(6), kh = 1 + r.nextInt(5), kw = 1 + r.nextInt(5);
        int sh = 1 + r.nextInt(4), sw = 1 + r.nextInt(4), dh = 1 + r.nextInt(3), dw = 1 + r.nextInt(3);
        int oph = r.nextInt(Math.max(sh, dh)), opw = r.nextInt(Math.max(sw, dw));
        Pads2d pads;
        do {
            pads = new Pads2d(r.nextInt(4), r.nextInt(4), r.nextInt(4), r.nextInt(4));
        } while (fullSize(h, sh, kh, dh) + oph <= pads.top() + pads.bottom()
                || fullSize(w, sw, kw, dw) + opw <= pads.left() + pads.right());
        Window2d window = new Window2d(sh, sw, pads, dh, dw);
        Tensor bias = r.nextBoolean() ? TestTensors.uniform(r, coutPerGroup * groups) : null;
        return new RandomConvTranspose2d(TestTensors.uniform(r, cin, h, w),
                TestTensors.uniform(r, cin, coutPerGroup, kh, kw), bias,
                new ConvTranspose2dParams(window, oph, opw, groups));
    }

    /** The size of the full (uncut) output along one axis, {@code (n-1)*s + d*(k-1) + 1}. */
    private static int fullSize(int n, int stride, int kernel, int dilation) {
        return (n - 1) * stride + ConvArithmetic.reach(kernel, dilation);
    }
}
