package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Conv3dTest {

    private static Conv3dParams params(int stride, Pads3d pads, int dilation, int groups) {
        return new Conv3dParams(stride, stride, stride, pads, dilation, dilation, dilation, groups);
    }

    @Test
    void cubeKernelOverCubeInputSumsEverythingPlusBias() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 1, 2, 2, 2);
        Tensor w = Tensor.filled(1f, 1, 1, 2, 2, 2);
        Tensor y = Conv3d.apply(x, w, Tensor.of(new float[] {0.5f}, 1), Conv3dParams.DEFAULT);
        assertEquals(Tensor.of(new float[] {36.5f}, 1, 1, 1, 1), y);
    }

    @Test
    void paddingLeavesOnlyTheCentreTapInside() {
        Tensor x = Tensor.of(new float[] {3}, 1, 1, 1, 1);
        Tensor w = TestTensors.iota(1, 1, 3, 3, 3); // centre tap (1, 1, 1) holds 13
        Tensor y = Conv3d.apply(x, w, null, params(1, Pads3d.uniform(1), 1, 1));
        assertEquals(Tensor.of(new float[] {39}, 1, 1, 1, 1), y);
    }

    @Test
    void strideAndDilationAlongDepth() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5}, 1, 5, 1, 1);
        Tensor w = Tensor.of(new float[] {1, 10}, 1, 1, 2, 1, 1);
        Conv3dParams p = new Conv3dParams(2, 1, 1, Pads3d.NONE, 2, 1, 1, 1);
        // Do = floor((5 - 2*(2-1) - 1) / 2) + 1 = 2; output z reads depths 2z and 2z + 2
        assertEquals(Tensor.of(new float[] {1 + 10 * 3, 3 + 10 * 5}, 1, 2, 1, 1), Conv3d.apply(x, w, null, p));
    }

    @Test
    void asymmetricPaddingShiftsTheWindowAlongWidth() {
        Tensor x = Tensor.of(new float[] {1, 2, 3}, 1, 1, 1, 3);
        Tensor w = Tensor.of(new float[] {1, 10}, 1, 1, 1, 1, 2);
        Conv3dParams p = params(1, new Pads3d(0, 0, 2, 0, 0, 0), 1, 1);
        // padded row: 0 0 1 2 3
        assertEquals(Tensor.of(new float[] {0, 10, 21, 32}, 1, 1, 1, 4), Conv3d.apply(x, w, null, p));
    }

    @Test
    void eachGroupReadsOnlyItsOwnChannels() {
        Tensor x = Tensor.of(new float[] {2, 3}, 2, 1, 1, 1);
        Tensor w = Tensor.of(new float[] {10, 100}, 2, 1, 1, 1, 1);
        assertEquals(Tensor.of(new float[] {20, 300}, 2, 1, 1, 1), Conv3d.apply(x, w, null, params(1, Pads3d.NONE, 1, 2)));
    }

    @Test
    void outputShapeFollowsTheSizeFormulaPerAxis() {
        Conv3dParams p = new Conv3dParams(1, 2, 3, new Pads3d(1, 0, 2, 0, 1, 1), 2, 1, 1, 1);
        // D: (6+1-3)/1+1 = 5; H: (7+1-2)/2+1 = 4; W: (8+3-3)/3+1 = 3
        assertArrayEquals(new int[] {4, 5, 4, 3}, Conv3d.outputShape(new int[] {2, 6, 7, 8}, new int[] {4, 2, 2, 2, 3}, p));
    }

    @Test
    void matchesTheDefinitionOnRandomConfigurations() {
        Random random = new Random(20240603);
        int trials = 400;
        int nonZeroOutputs = 0;
        for (int trial = 0; trial < trials; trial++) {
            int groups = 1 + random.nextInt(3);
            int cin = groups * (1 + random.nextInt(3));
            int cout = groups * (1 + random.nextInt(3));
            int[] kernel = new int[3];
            int[] stride = new int[3];
            int[] dilation = new int[3];
            int[] padBefore = new int[3];
            int[] padAfter = new int[3];
            int[] size = new int[3];
            for (int a = 0; a < 3; a++) {
                kernel[a] = 1 + random.nextInt(3);
                stride[a] = 1 + random.nextInt(3);
                dilation[a] = 1 + random.nextInt(2);
                padBefore[a] = random.nextInt(3);
                padAfter[a] = random.nextInt(3);
                int reach = ConvArithmetic.reach(kernel[a], dilation[a]);
                size[a] = Math.max(1, reach - padBefore[a] - padAfter[a]) + random.nextInt(4);
            }
            Conv3dParams p = new Conv3dParams(stride[0], stride[1], stride[2],
                    new Pads3d(padBefore[0], padBefore[1], padBefore[2], padAfter[0], padAfter[1], padAfter[2]),
                    dilation[0], dilation[1], dilation[2], groups);
            Tensor x = TestTensors.uniform(random, cin, size[0], size[1], size[2]);
            Tensor w = TestTensors.uniform(random, cout, cin / groups, kernel[0], kernel[1], kernel[2]);
            Tensor b = random.nextBoolean() ? TestTensors.uniform(random, cout) : null;

            Tensor expected = definition(x, w, b, p);
            String config = "trial " + trial + ": " + p + " x" + Arrays.toString(x.shape())
                    + " w" + Arrays.toString(w.shape());
            nonZeroOutputs += TestTensors.nonZeroCount(expected) > 0 ? 1 : 0;
            assertTrue(Conv3d.apply(x, w, b, p).maxAbsDifference(expected) < 1e-5, config);

            Tensor out = Tensor.filled(Float.NaN, expected.shape());
            Conv3d.apply(x, w, b, p, out);
            assertTrue(out.maxAbsDifference(expected) < 1e-5, config);
        }
        // without a bias, a window can lie wholly in the padding; almost every trial must still compute something
        assertTrue(nonZeroOutputs > trials * 9 / 10, "non-zero outputs in " + nonZeroOutputs + " of " + trials + " trials");
    }

    /** The defining sum, term by term, with padding read as 0. */
    private static Tensor definition(Tensor x, Tensor w, Tensor b, Conv3dParams p) {
        int cinPerGroup = w.dim(1);
        int coutPerGroup = w.dim(0) / p.groups();
        Tensor y = Tensor.zeros(Conv3d.outputShape(x.shape(), w.shape(), p));
        for (int co = 0; co < y.dim(0); co++) {
            for (int oz = 0; oz < y.dim(1); oz++) {
                for (int oy = 0; oy < y.dim(2); oy++) {
                    for (int ox = 0; ox < y.dim(3); ox++) {
                        double sum = b == null ? 0 : b.get(co);
                        for (int cg = 0; cg < cinPerGroup; cg++) {
                            int ci = co / coutPerGroup * cinPerGroup + cg;
                            for (int i = 0; i < w.dim(2); i++) {
                                for (int j = 0; j < w.dim(3); j++) {
                                    for (int k = 0; k < w.dim(4); k++) {
                                        int iz = oz * p.strideD() - p.pads().front() + i * p.dilationD();
                                        int iy = oy * p.strideH() - p.pads().top() + j * p.dilationH();
                                        int ix = ox * p.strideW() - p.pads().left() + k * p.dilationW();
                                        boolean inside = iz >= 0 && iz < x.dim(1) && iy >= 0 && iy < x.dim(2)
                                                && ix >= 0 && ix < x.dim(3);
                                        if (inside) {
                                            sum += (double) x.get(ci, iz, iy, ix) * w.get(co, cg, i, j, k);
                                        }
                                    }
                                }
                            }
                        }
                        y.set((float) sum, co, oz, oy, ox);
                    }
                }
            }
        }
        return y;
    }

    @Test
    void rejectsInputOfTheWrongRank() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Conv3d.outputShape(new int[] {1, 4, 4}, new int[] {1, 1, 1, 1, 1}, Conv3dParams.DEFAULT));
        assertEquals("input x must have 4 dimensions [Cin, D, H, W] (got shape [1, 4, 4])", e.getMessage());
    }

    @Test
    void rejectsGroupsThatDoNotDivideTheChannels() {
        Conv3dParams p = params(1, Pads3d.NONE, 1, 3);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Conv3d.outputShape(new int[] {4, 2, 2, 2}, new int[] {3, 1, 1, 1, 1}, p));
        assertEquals("groups 3 must divide input channels 4", e.getMessage());
    }

    @Test
    void rejectsWeightsWithTheWrongInputChannels() {
        Conv3dParams p = params(1, Pads3d.NONE, 1, 2);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Conv3d.outputShape(new int[] {4, 2, 2, 2}, new int[] {2, 4, 1, 1, 1}, p));
        assertEquals("weights' input channels w.shape[1] must equal input channels / groups = 2 (got 4)", e.getMessage());
    }

    @Test
    void rejectsAKernelDeeperThanThePaddedInput() {
        Conv3dParams p = new Conv3dParams(1, 1, 1, new Pads3d(1, 0, 0, 0, 0, 0), 2, 1, 1, 1);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Conv3d.outputShape(new int[] {1, 1, 5, 5}, new int[] {1, 1, 2, 1, 1}, p));
        assertEquals("kernel reach 3 exceeds padded input 2 (depth); add padding or enlarge the input", e.getMessage());
    }

    @Test
    void rejectsABiasOfTheWrongLength() {
        Tensor x = Tensor.zeros(1, 2, 2, 2);
        Tensor w = Tensor.zeros(2, 1, 1, 1, 1);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Conv3d.apply(x, w, Tensor.zeros(3), Conv3dParams.DEFAULT));
        assertEquals("bias must have shape [2] (got [3])", e.getMessage());
    }

    @Test
    void rejectsAnOutputOfTheWrongShape() {
        Tensor x = Tensor.zeros(1, 2, 2, 2);
        Tensor w = Tensor.zeros(1, 1, 2, 2, 2);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Conv3d.apply(x, w, null, Conv3dParams.DEFAULT, Tensor.zeros(1, 2, 2, 2)));
        assertEquals("output must have shape [1, 1, 1, 1] (got [1, 2, 2, 2])", e.getMessage());
    }

    @Test
    void rejectsMissingParameters() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Conv3d.outputShape(new int[] {1, 2, 2, 2}, new int[] {1, 1, 1, 1, 1}, null));
        assertEquals("convolution parameters must be given (got null)", e.getMessage());
    }
}
