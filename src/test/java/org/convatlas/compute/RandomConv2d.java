package org.convatlas.compute;

import java.util.Random;

/**
 * One seeded random {@link Conv2d} problem: odd, even and non-square kernels up to 5x5, strides up to 4 (often
 * above the kernel size), dilation up to 3, asymmetric pads up to 3 per side, 1 to 3 groups of 1 to 3 channels,
 * bias on or off, flip on or off, and an input just large enough for the kernel's reach or larger.
 */
record RandomConv2d(Tensor x, Tensor w, Tensor b, Conv2dParams params) {

    static RandomConv2d draw(Random r) {
        int groups = 1 + r.nextInt(3);
        int cin = groups * (1 + r.nextInt(3));
        int cout = groups * (1 + r.nextInt(3));
        int kh = 1 + r.nextInt(5);
        int kw = 1 + r.nextInt(5);
        Window2d window = new Window2d(1 + r.nextInt(4), 1 + r.nextInt(4),
                new Pads2d(r.nextInt(4), r.nextInt(4), r.nextInt(4), r.nextInt(4)), 1 + r.nextInt(3), 1 + r.nextInt(3));
        Pads2d pads = window.pads();
        int h = smallestInput(kh, window.dilationH(), pads.top() + pads.bottom()) + r.nextInt(7);
        int w = smallestInput(kw, window.dilationW(), pads.left() + pads.right()) + r.nextInt(7);
        Tensor bias = r.nextBoolean() ? TestTensors.uniform(r, cout) : null;
        return new RandomConv2d(TestTensors.uniform(r, cin, h, w), TestTensors.uniform(r, cout, cin / groups, kh, kw),
                bias, new Conv2dParams(window, groups, r.nextBoolean()));
    }

    /** The smallest input that the kernel's reach fits once padded. */
    private static int smallestInput(int kernel, int dilation, int padding) {
        return Math.max(1, ConvArithmetic.reach(kernel, dilation) - padding);
    }

    int groups() {
        return params.groups();
    }

    Window2d window() {
        return params.window();
    }
}
