package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MaxPool2dTest {

    private static Tensor tensor(float[] data, int... shape) {
        return Tensor.of(data, shape);
    }

    @Test
    void twoByTwoWindowsWithStrideTwo() {
        Tensor x = tensor(new float[] {
            1, 5, 2, 0,
            3, 4, 8, 1,
            0, 2, 9, 7,
            6, 1, 3, 4}, 1, 4, 4);
        MaxPool2d.Result r = MaxPool2d.apply(x, Pool2dParams.of(2, 2, 0));
        assertEquals(tensor(new float[] {5, 8, 6, 9}, 1, 2, 2), r.values());
        assertEquals(tensor(new float[] {1, 6, 12, 10}, 1, 2, 2), r.indices());
    }

    @Test
    void paddingNeverWinsOverNegativeValues() {
        Tensor x = tensor(new float[] {-1, -2, -3, -4}, 1, 2, 2);
        MaxPool2d.Result r = MaxPool2d.apply(x, Pool2dParams.of(3, 1, 1));
        assertEquals(tensor(new float[] {-1, -1, -1, -1}, 1, 2, 2), r.values());
        assertEquals(Tensor.zeros(1, 2, 2), r.indices());
    }

    @Test
    void nonSquareWindowWithAsymmetricPadding() {
        Tensor x = TestTensors.iota(1, 3, 4);
        // Ho = (3 + 1 - 2)/2 + 1 = 2, Wo = (4 + 1 - 3)/1 + 1 = 3; windows read rows {0} and {1, 2}
        Pool2dParams p = new Pool2dParams(2, 3, 2, 1, new Pads2d(1, 0, 0, 1));
        MaxPool2d.Result r = MaxPool2d.apply(x, p);
        assertEquals(tensor(new float[] {2, 3, 3, 10, 11, 11}, 1, 2, 3), r.values());
        assertEquals(r.values(), r.indices());
    }

    @Test
    void indicesCountWithinTheirOwnChannel() {
        Tensor x = tensor(new float[] {1, 2, 3, 4, 8, 7, 6, 5}, 2, 2, 2);
        MaxPool2d.Result r = MaxPool2d.apply(x, Pool2dParams.of(2, 2, 0));
        assertEquals(tensor(new float[] {4, 8}, 2, 1, 1), r.values());
        assertEquals(tensor(new float[] {3, 0}, 2, 1, 1), r.indices());
    }

    @Test
    void onATieTheFirstCellInRowMajorOrderWins() {
        Tensor x = tensor(new float[] {1, 7, 7, 2}, 1, 2, 2);
        assertEquals(1f, MaxPool2d.apply(x, Pool2dParams.of(2, 1, 0)).indices().get(0, 0, 0));
    }

    @Test
    void nanWinsAsInPyTorch() {
        Tensor x = tensor(new float[] {1, Float.NaN, 3, 2}, 1, 2, 2);
        MaxPool2d.Result r = MaxPool2d.apply(x, Pool2dParams.of(2, 1, 0));
        assertTrue(Float.isNaN(r.values().get(0, 0, 0)));
        assertEquals(1f, r.indices().get(0, 0, 0));
    }

    @Test
    void matchesTheDefinitionOnRandomConfigurationsWithTies() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            Pool2dParams p = RandomPools.params(random);
            Tensor x = RandomPools.smallIntegers(random, p);
            MaxPool2d.Result r = MaxPool2d.apply(x, p);
            Tensor[] expected = definition(x, p);
            assertEquals(expected[0], r.values(), "trial " + trial + ": " + p);
            assertEquals(expected[1], r.indices(), "trial " + trial + ": " + p);
        }
    }

    /** Every window over the padded input, cells in row-major order, the first largest cell inside x. */
    private static Tensor[] definition(Tensor x, Pool2dParams p) {
        int[] shape = MaxPool2d.outputShape(x.shape(), p);
        Tensor values = Tensor.zeros(shape);
        Tensor indices = Tensor.zeros(shape);
        for (int c = 0; c < shape[0]; c++) {
            for (int oy = 0; oy < shape[1]; oy++) {
                for (int ox = 0; ox < shape[2]; ox++) {
                    float max = Float.NEGATIVE_INFINITY;
                    int index = -1;
                    for (int i = 0; i < p.kernelH(); i++) {
                        for (int j = 0; j < p.kernelW(); j++) {
                            int h = oy * p.strideH() - p.pads().top() + i;
                            int w = ox * p.strideW() - p.pads().left() + j;
                            if (h >= 0 && h < x.dim(1) && w >= 0 && w < x.dim(2) && x.get(c, h, w) > max) {
                                max = x.get(c, h, w);
                                index = h * x.dim(2) + w;
                            }
                        }
                    }
                    values.set(max, c, oy, ox);
                    indices.set(index, c, oy, ox);
                }
            }
        }
        return new Tensor[] {values, indices};
    }

    @Test
    void outputShapeRoundsDown() {
        assertArrayEquals(new int[] {3, 2, 1}, MaxPool2d.outputShape(new int[] {3, 5, 4}, new Pool2dParams(2, 3, 2, 3, Pads2d.NONE)));
    }

    @Test
    void rejectsInputOfTheWrongRank() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> MaxPool2d.apply(Tensor.zeros(4, 4), Pool2dParams.of(2, 2, 0)));
        assertEquals("input x must have 3 dimensions [C, H, W] (got shape [4, 4])", e.getMessage());
    }

    @Test
    void rejectsAWindowTallerThanThePaddedInput() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> MaxPool2d.apply(Tensor.zeros(1, 2, 5), Pool2dParams.of(3, 1, 0)));
        assertEquals("kernel reach 3 exceeds padded input 2 (height); add padding or enlarge the input", e.getMessage());
    }

    @Test
    void rejectsPaddingOfMoreThanHalfTheKernel() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> new Pool2dParams(3, 3, 1, 1, new Pads2d(2, 0, 0, 0)));
        assertEquals("padding top 2 must be at most half the kernel (1)", e.getMessage());
    }

    @Test
    void rejectsMissingParameters() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> MaxPool2d.apply(Tensor.zeros(1, 2, 2), null));
        assertEquals("pooling parameters must be given (got null)", e.getMessage());
    }
}
