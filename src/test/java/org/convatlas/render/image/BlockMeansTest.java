package org.convatlas.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;

class BlockMeansTest {

    /**
     * Every factor, those summed in one pass (2, 3, 4) and the wider ones, on channels whose last row and column of
     * blocks are cut short, of values and of magnitudes: each mean is the mean of its block.
     */
    @Test
    void everyMeanIsTheMeanOfItsBlock() {
        Random r = new Random(5);
        int channels = 2, h = 19, w = 23;
        Tensor planes = Tensor.zeros(channels, h, w);
        for (int i = 0; i < planes.size(); i++) {
            planes.data()[i] = r.nextFloat() * 2 - 1;
        }
        Set<Integer> factors = new TreeSet<>();
        for (int maxSide = 1; maxSide < w; maxSide++) {
            int f = BlockMeans.factor(h, w, maxSide);
            factors.add(f);
            for (boolean magnitudes : new boolean[] {false, true}) {
                Tensor means = BlockMeans.of(planes, maxSide, magnitudes, null);
                int meanH = (h + f - 1) / f, meanW = (w + f - 1) / f;
                assertArrayEquals(new int[] {channels, meanH, meanW}, means.shape());
                for (int c = 0; c < channels; c++) {
                    for (int ry = 0; ry < meanH; ry++) {
                        for (int rx = 0; rx < meanW; rx++) {
                            assertEquals(blockMean(planes, c, ry * f, rx * f, f, magnitudes),
                                    means.data()[(c * meanH + ry) * meanW + rx], 1e-6,
                                    "factor " + f + ", magnitudes " + magnitudes + ", block " + c + "," + ry + "," + rx);
                        }
                    }
                }
            }
        }
        assertTrue(factors.containsAll(Set.of(2, 3, 4, 5, 6)), factors.toString());
    }

    private static double blockMean(Tensor planes, int c, int top, int left, int f, boolean magnitudes) {
        int h = planes.dim(1), w = planes.dim(2);
        double sum = 0;
        int count = 0;
        for (int y = top; y < Math.min(h, top + f); y++) {
            for (int x = left; x < Math.min(w, left + f); x++) {
                float v = planes.data()[(c * h + y) * w + x];
                sum += magnitudes ? Math.abs(v) : v;
                count++;
            }
        }
        return sum / count;
    }
}
