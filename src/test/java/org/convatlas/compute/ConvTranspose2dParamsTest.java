package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvTranspose2dParamsTest {

    @Test
    void theUsualUpsamplerCutsOneCellOffEverySideAndTheOutputPaddingWinsItBackBelowAndRight() {
        ConvTranspose2dParams upsampler = ConvTranspose2dParams.DEFAULT.withWindow(Window2d.of(2, 1, 1));
        assertEquals(Pads2d.uniform(1), upsampler.cutAway());
        assertEquals(new Pads2d(1, 1, 0, 0), upsampler.withOutputPadding(1, 1).cutAway());
        assertEquals(Pads2d.NONE, ConvTranspose2dParams.DEFAULT.withOutputPadding(0, 1).cutAway(),
                "an output padding past the full output cuts nothing");
    }

    @Test
    void theCutAwayRingReachesTheFirstAndLastWriteOfTheFullOutput() {
        Random r = new Random(41);
        int configs = 1000;
        int cut = 0;
        for (int n = 0; n < configs; n++) {
            RandomConvTranspose2d c = RandomConvTranspose2d.draw(r);
            ConvTranspose2dParams p = c.params();
            Window2d window = p.window();
            int[] y = ConvTranspose2d.outputShape(c.x().shape(), c.w().shape(), p);
            int[] rows = writtenSpan(c.x().dim(1), c.w().dim(2), window.strideH(), window.pads().top(),
                    window.dilationH());
            int[] columns = writtenSpan(c.x().dim(2), c.w().dim(3), window.strideW(), window.pads().left(),
                    window.dilationW());
            Pads2d expected = new Pads2d(Math.max(0, -rows[0]), Math.max(0, -columns[0]),
                    Math.max(0, rows[1] - (y[1] - 1)), Math.max(0, columns[1] - (y[2] - 1)));
            assertEquals(expected, p.cutAway(), "configuration " + c);
            cut += expected.isNone() ? 0 : 1;
        }
        assertTrue(4 * cut >= configs, "many configurations cut something: " + cut);
    }

    /**
     * The first and last output cell along one axis that some input cell {@code q} and tap {@code i} write, at
     * {@code q*stride - padBefore + i*dilation}, found by trying every pair.
     */
    private static int[] writtenSpan(int n, int kernel, int stride, int padBefore, int dilation) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int q = 0; q < n; q++) {
            for (int i = 0; i < kernel; i++) {
                int o = q * stride - padBefore + i * dilation;
                first = Math.min(first, o);
                last = Math.max(last, o);
            }
        }
        return new int[] {first, last};
    }
}
