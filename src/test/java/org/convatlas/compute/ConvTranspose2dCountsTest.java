package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvTranspose2dCountsTest {

    @Test
    void theUsualUpsamplerKeeps36Of64ProductsAndTheZeroInsertionPictureWastes220Of256() {
        int[] x = {1, 2, 2};
        int[] w = {1, 1, 4, 4};
        ConvTranspose2dParams p = ConvTranspose2dParams.DEFAULT.withWindow(Window2d.of(2, 1, 1));
        assertEquals(64, Counts.convTranspose2d(x, w, false, p).multiplies(), "every input cell times every tap");
        // along each axis input cell 0 writes -1, 0, 1, 2 and cell 1 writes 1, 2, 3, 4: 6 of 8 land in [0, 4)
        assertEquals(36, Counts.convTranspose2dProductsInOutput(x, w, p));
        assertEquals(256, Counts.convTranspose2dZeroInsertion(x, w, p));
        assertEquals(1 - 36 / 256.0, Counts.convTranspose2dWastedShare(x, w, p));
    }

    @Test
    void theProductsInTheOutputAreThoseABruteForceSeesLandThere() {
        Random r = new Random(53);
        int configs = 2000;
        int cropped = 0;
        int padded = 0;
        for (int n = 0; n < configs; n++) {
            RandomConvTranspose2d c = RandomConvTranspose2d.draw(r);
            int[] x = c.x().shape();
            int[] w = c.w().shape();
            ConvTranspose2dParams p = c.params();
            long landed = landedByBruteForce(x, w, p);
            long computed = Counts.convTranspose2d(x, w, false, p).multiplies();
            long implied = Counts.convTranspose2dZeroInsertion(x, w, p);
            String context = "configuration " + c;
            assertEquals(landed, Counts.convTranspose2dProductsInOutput(x, w, p), context);
            assertEquals(1 - (double) landed / implied, Counts.convTranspose2dWastedShare(x, w, p), context);
            assertTrue(landed <= computed && landed <= implied, context);
            if (p.window().pads().isNone()) {
                assertEquals(computed, landed, context + ": without padding every product lands");
            } else {
                padded++;
                cropped += landed < computed ? 1 : 0;
            }
        }
        assertTrue(2 * cropped >= padded && padded >= configs / 2,
                "the padding crops products in most padded configurations: " + cropped + " of " + padded);
    }

    /**
     * The specification: every input value {@code x[ci, iy, ix]} times every weight {@code w[ci, co', i, j]} of its
     * group, kept when its target {@code (iy*sH - top + i*dH, ix*sW - left + j*dW)} lies inside the output.
     */
    private static long landedByBruteForce(int[] x, int[] w, ConvTranspose2dParams p) {
        int[] y = ConvTranspose2d.outputShape(x, w, p);
        Window2d window = p.window();
        long landed = 0;
        for (int ci = 0; ci < x[0]; ci++) {
            for (int co = 0; co < w[1]; co++) {
                for (int iy = 0; iy < x[1]; iy++) {
                    for (int ix = 0; ix < x[2]; ix++) {
                        for (int i = 0; i < w[2]; i++) {
                            for (int j = 0; j < w[3]; j++) {
                                int oy = iy * window.strideH() - window.pads().top() + i * window.dilationH();
                                int ox = ix * window.strideW() - window.pads().left() + j * window.dilationW();
                                if (oy >= 0 && oy < y[1] && ox >= 0 && ox < y[2]) {
                                    landed++;
                                }
                            }
                        }
                    }
                }
            }
        }
        return landed;
    }
}
