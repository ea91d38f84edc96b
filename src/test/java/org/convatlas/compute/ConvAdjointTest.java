package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The transposed convolution is the adjoint of the convolution with the same weights, window and groups:
 * {@code <conv2d(x), y> = <x, convTranspose2d(y)>} for every {@code x} and {@code y} (no bias, no flip), once
 * the output padding {@code (H + top + bottom - reach) mod stride} gives back the input's size.
 */
class ConvAdjointTest {

    @Test
    void transposedConvolutionIsTheAdjointOfConvolution() {
        Random r = new Random(20240613L);
        int nonTrivial = 0;
        for (int n = 0; n < 500; n++) {
            RandomConv2d c = RandomConv2d.draw(r);
            Conv2dParams conv = c.params().withFlip(false);
            Tensor x = c.x();
            Tensor w = c.w();
            Tensor y = TestTensors.random(r, Conv2d.outputShape(x, w, null, conv));
            Window2d win = conv.window();
            ConvTranspose2dParams transposed = new ConvTranspose2dParams(win,
                    sizeLost(x.dim(1), win.pads().top() + win.pads().bottom(), w.dim(2), win.strideH(), win.dilationH()),
                    sizeLost(x.dim(2), win.pads().left() + win.pads().right(), w.dim(3), win.strideW(), win.dilationW()),
                    conv.groups());

            Tensor convX = Conv2d.apply(x, w, null, conv);
            Tensor transposedY = ConvTranspose2d.apply(y, w, null, transposed);

            assertArrayEquals(x.shape(), transposedY.shape());
            double lhs = TestTensors.dot(convX, y);
            double rhs = TestTensors.dot(x, transposedY);
            assertEquals(lhs, rhs, 1e-5 * (1 + TestTensors.sumAbs(convX)), "configuration " + c);
            nonTrivial += Math.abs(lhs) > 1e-3 ? 1 : 0;
        }
        assertTrue(nonTrivial > 400, "too many vanishing inner products: only " + nonTrivial + " were not");
    }

    /** The cells a convolution leaves unread at the end of an axis, {@code (n + padding - reach) mod stride}. */
    private static int sizeLost(int n, int padding, int kernel, int stride, int dilation) {
        return (n + padding - ConvArithmetic.reach(kernel, dilation)) % stride;
    }
}
