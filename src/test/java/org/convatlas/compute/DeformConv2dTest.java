package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.convatlas.compute.TestTensors.assertClose;
import static org.convatlas.compute.TestTensors.between;
import static org.convatlas.compute.TestTensors.nonZeroCount;
import static org.convatlas.compute.TestTensors.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class DeformConv2dTest {

    private static final double TOLERANCE = 1e-5;
    private static final int CONFIGS = 60;

    /** Input, weights, optional bias and parameters of a random deformable convolution that fits. */
    private record Config(Tensor x, Tensor w, Tensor b, DeformConv2dParams p) {

        static Config random(Random r) {
            int groups = between(r, 1, 3);
            int cin = groups * between(r, 1, 3);
            int cout = groups * between(r, 1, 3);
            int offsetGroups = divisorOf(cin, r);
            int kh = between(r, 1, 3), kw = between(r, 1, 3);
            Window2d window = new Window2d(between(r, 1, 3), between(r, 1, 3),
                    new Pads2d(between(r, 0, 2), between(r, 0, 2), between(r, 0, 2), between(r, 0, 2)),
                    between(r, 1, 2), between(r, 1, 2));
            int h = ConvArithmetic.reach(kh, window.dilationH()) + between(r, 0, 4);
            int w = ConvArithmetic.reach(kw, window.dilationW()) + between(r, 0, 4);
            Tensor bias = r.nextBoolean() ? uniform(r, cout) : null;
            return new Config(uniform(r, cin, h, w), uniform(r, cout, cin / groups, kh, kw), bias,
                    new DeformConv2dParams(window, groups, offsetGroups));
        }

        private static int divisorOf(int n, Random r) {
            int d;
            do {
                d = between(r, 1, n);
            } while (n % d != 0);
            return d;
        }

        int[] outputShape() {
            return DeformConv2d.outputShape(x.shape(), w.shape(), p);
        }

        int taps() {
            return w.dim(2) * w.dim(3) * p.offsetGroups();
        }

        int[] offsetShape() {
            int[] y = outputShape();
            return new int[] {2 * taps(), y[1], y[2]};
        }

        int[] maskShape() {
            int[] y = outputShape();
            return new int[] {taps(), y[1], y[2]};
        }

        Tensor deform(Tensor offset, Tensor mask) {
            return DeformConv2d.apply(x, w, offset, mask, b, p);
        }

        Tensor conv(Tensor input, Window2d window) {
            return Conv2d.apply(input, w, b, new Conv2dParams(window, p.groups(), false));
        }
    }

    /** Offsets, an optional mask, and what the deformable convolution must give with them. */
    private record Expectation(Tensor offset, Tensor mask, Tensor y, String description) {
    }

    /**
     * Checks {@link DeformConv2d} against the expectation built for each of {@link #CONFIGS} random configurations.
     * Some windows may fall on padding only, but most expected outputs must hold numbers.
     */
    private static void forRandomConfigs(long seed, BiFunction<Config, Random, Expectation> expectation) {
        Random r = new Random(seed);
        int nonTrivial = 0;
        for (int n = 0; n < CONFIGS; n++) {
            Config c = Config.random(r);
            Expectation e = expectation.apply(c, r);
            nonTrivial += nonZeroCount(e.y()) == 0 ? 0 : 1;
            assertClose(e.y(), c.deform(e.offset(), e.mask()), TOLERANCE, c + e.description());
        }
        assertTrue(nonTrivial > CONFIGS * 5 / 6, "only " + nonTrivial + " of " + CONFIGS + " outputs are not all zeros");
    }

    @Test
    void zeroOffsetsAndAnAllOnesMaskGiveConv2d() {
        forRandomConfigs(11, (c, r) -> {
            Tensor mask = r.nextBoolean() ? null : Tensor.filled(1, c.maskShape());
            return new Expectation(Tensor.zeros(c.offsetShape()), mask, c.conv(c.x(), c.p().window()), "");
        });
    }

    /**
     * With the same integer {@code (dy, dx)} on every tap, tap {@code (i, j)} of output {@code (oy, ox)} reads
     * {@code x[oy*sH - top + dy + i*dH, ...]}: a convolution without padding over the input padded and moved by
     * {@code (dy, dx)}.
     */
    @Test
    void aConstantIntegerOffsetIsAConv2dOfTheShiftedInput() {
        forRandomConfigs(12, (c, r) -> {
            int dy = between(r, -2, 2), dx = between(r, -2, 2);
            Tensor offset = Tensor.zeros(c.offsetShape());
            int positions = offset.dim(1) * offset.dim(2);
            for (int t = 0; t < c.taps(); t++) {
                Arrays.fill(offset.data(), 2 * t * positions, (2 * t + 1) * positions, dy);
                Arrays.fill(offset.data(), (2 * t + 1) * positions, (2 * t + 2) * positions, dx);
            }
            Window2d window = c.p().window();
            Tensor y = c.conv(paddedAndShifted(c.x(), window.pads(), dy, dx), window.withPads(Pads2d.NONE));
            return new Expectation(offset, null, y, " shifted by " + dy + ", " + dx);
        });
    }

    /**
     * {@code s[c, i, j] = x[c, i - top + dy, j - left + dx]} (0 outside {@code x}) over the padded size
     * {@code [C, H + top + bottom, W + left + right]}.
     */
    private static Tensor paddedAndShifted(Tensor x, Pads2d pads, int dy, int dx) {
        int h = x.dim(1), w = x.dim(2);
        Tensor s = Tensor.zeros(x.dim(0), h + pads.top() + pads.bottom(), w + pads.left() + pads.right());
        for (int c = 0; c < s.dim(0); c++) {
            for (int i = 0; i < s.dim(1); i++) {
                for (int j = 0; j < s.dim(2); j++) {
                    int sy = i - pads.top() + dy, sx = j - pads.left() + dx;
                    if (sy >= 0 && sy < h && sx >= 0 && sx < w) {
                        s.set(x.get(c, sy, sx), c, i, j);
                    }
                }
            }
        }
        return s;
    }

    /** Offsets up to 2.5 cells either way, past the border too. */
    @Test
    void fractionalOffsetsWithMasksAndGroupsMatchTheDefinitionTapByTap() {
        forRandomConfigs(13, (c, r) -> {
            Tensor offset = uniform(r, c.offsetShape());
            for (int i = 0; i < offset.size(); i++) {
                offset.data()[i] *= 2.5f;
            }
            Tensor mask = r.nextInt(3) == 0 ? null : uniform(r, c.maskShape());
            return new Expectation(offset, mask, definition(c, offset, mask), "");
        });
    }

    /** The sum of {@link DeformConv2d}'s class comment, term by term, with one {@link BilinearSample} per tap. */
    private static Tensor definition(Config c, Tensor offset, Tensor mask) {
        Tensor x = c.x(), w = c.w();
        Window2d win = c.p().window();
        int cin = x.dim(0), h = x.dim(1), wd = x.dim(2);
        int cinPerGroup = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int coutPerGroup = w.dim(0) / c.p().groups();
        Tensor y = Tensor.zeros(c.outputShape());
        for (int co = 0; co < y.dim(0); co++) {
            for (int oy = 0; oy < y.dim(1); oy++) {
                for (int ox = 0; ox < y.dim(2); ox++) {
                    double sum = c.b() == null ? 0 : c.b().get(co);
                    for (int cg = 0; cg < cinPerGroup; cg++) {
                        int ci = co / coutPerGroup * cinPerGroup + cg;
                        int g = ci / (cin / c.p().offsetGroups());
                        for (int i = 0; i < kh; i++) {
                            for (int j = 0; j < kw; j++) {
                                int t = (g * kh + i) * kw + j;
                                float py = oy * win.strideH() - win.pads().top() + i * win.dilationH()
                                        + offset.get(2 * t, oy, ox);
                                float px = ox * win.strideW() - win.pads().left() + j * win.dilationW()
                                        + offset.get(2 * t + 1, oy, ox);
                                float value = new BilinearSample(py, px, h, wd).evaluate(x.data(), ci * h * wd);
                                double m = mask == null ? 1 : mask.get(t, oy, ox);
                                sum += w.get(co, cg, i, j) * m * value;
                            }
                        }
                    }
                    y.set((float) sum, co, oy, ox);
                }
            }
        }
        return y;
    }

    /**
     * The samples are taken from maps laid out cell by cell in blocks of four channels of an offset group: nine
     * channels in three groups of three are runs that start inside a block and cross into the next; nine in one
     * group take blocks of four, four and one; ten in two offset groups, four and one each; ten in five offset groups
     * and two groups, runs of one and two channels.
     */
    @Test
    void channelRunsInsideACellAndAcrossChunksMatchTheDefinition() {
        Random r = new Random(17);
        int[][] channelsGroupsOffsetGroups = {{9, 3, 1}, {9, 1, 1}, {10, 1, 2}, {10, 2, 5}};
        for (int[] config : channelsGroupsOffsetGroups) {
            int cin = config[0], groups = config[1], offsetGroups = config[2];
            Config c = new Config(uniform(r, cin, 5, 6), uniform(r, 2 * groups, cin / groups, 3, 3),
                    uniform(r, 2 * groups), new DeformConv2dParams(Window2d.of(1, 1, 1), groups, offsetGroups));
            Tensor offset = uniform(r, c.offsetShape());
            for (int i = 0; i < offset.size(); i++) {
                offset.data()[i] *= 2.5f;
            }
            Tensor mask = uniform(r, c.maskShape());
            assertClose(definition(c, offset, mask), c.deform(offset, mask), TOLERANCE, Arrays.toString(config));
        }
    }

    /**
     * x = 1 2 3 / 4 5 6 / 7 8 9, a 1x1 kernel of weight 2, bias 0.5. Output (1, 1) samples (1.5, 0.75): the cell
     * rows 1-2, columns 0-1 with ly = 0.5, lx = 0.75, so 0.125*4 + 0.375*5 + 0.125*7 + 0.375*8 = 6.25; the other
     * outputs read their own cell.
     */
    @Test
    void aFractionalOffsetByHand() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3);
        Tensor offset = Tensor.zeros(2, 3, 3);
        offset.set(0.5f, 0, 1, 1);
        offset.set(-0.25f, 1, 1, 1);
        Tensor y = DeformConv2d.apply(x, Tensor.filled(2, 1, 1, 1, 1), offset, null, Tensor.filled(0.5f, 1),
                DeformConv2dParams.DEFAULT);
        assertArrayEquals(new float[] {2.5f, 4.5f, 6.5f, 8.5f, 13f, 12.5f, 14.5f, 16.5f, 18.5f}, y.data(), 1e-6f);
    }

    /**
     * The same x, a 2x2 kernel 1 10 / 100 1000 so that every tap shows in its own digit. At output (0, 0), tap
     * (0, 1) (offset channels 2 and 3) moves by (1, 0.5) to (1, 1.5): 0.5*5 + 0.5*6 = 5.5; the mask halves tap
     * (1, 0) (mask channel 2). y[0, 0] = 1*1 + 10*5.5 + 100*0.5*4 + 1000*5 = 5256.
     */
    @Test
    void offsetsAndMaskAreTapMajorWithDyBeforeDx() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3);
        Tensor w = Tensor.of(new float[] {1, 10, 100, 1000}, 1, 1, 2, 2);
        Tensor offset = Tensor.zeros(8, 2, 2);
        offset.set(1, 2, 0, 0);
        offset.set(0.5f, 3, 0, 0);
        Tensor mask = Tensor.filled(1, 4, 2, 2);
        mask.set(0.5f, 2, 0, 0);
        Tensor y = DeformConv2d.apply(x, w, offset, mask, null, DeformConv2dParams.DEFAULT);
        // The other outputs are plain: e.g. y[0, 1] = 2 + 30 + 500 + 6000.
        assertArrayEquals(new float[] {5256, 6532, 8754, 9865}, y.data(), 1e-3f);
    }

    @Test
    void outputShapeIsConv2ds() {
        DeformConv2dParams p = new DeformConv2dParams(new Window2d(2, 1, new Pads2d(1, 0, 0, 1), 1, 2), 2, 4);
        assertArrayEquals(new int[] {6, 4, 7}, DeformConv2d.outputShape(new int[] {4, 7, 8}, new int[] {6, 2, 2, 2}, p));
    }

    /** 4 input channels, 3x3 kernel, 2 groups: 72 weights at 3x3 outputs, 4*9*9 samples of 4 multiplies plus the mask. */
    @Test
    void countsWeightProductsAndBilinearSamples() {
        DeformConv2dParams p = new DeformConv2dParams(Window2d.of(2, 1, 1), 2, 2);
        OpCount count = Counts.deformConv2d(new int[] {4, 6, 6}, new int[] {4, 2, 3, 3}, true, true, p);
        assertEquals(72 * 9 + 324 * 5, count.multiplies());
        assertEquals(72 + 4, count.parameters());
        assertEquals(72 * 9 + 324 * 4, Counts.deformConv2d(new int[] {4, 6, 6}, new int[] {4, 2, 3, 3}, false, true, p)
                .multiplies());
    }

    @Test
    void rejectsOffsetsAndMasksOfTheWrongShape() {
        Tensor x = Tensor.zeros(2, 5, 5);
        Tensor w = Tensor.zeros(2, 2, 3, 3);
        Tensor offset = Tensor.zeros(18, 3, 3);
        DeformConv2dParams p = DeformConv2dParams.DEFAULT;
        assertMessage("offset must have shape [2*kH*kW*offset groups, Ho, Wo] = [18, 3, 3] (got [9, 3, 3])",
                () -> DeformConv2d.apply(x, w, Tensor.zeros(9, 3, 3), null, null, p));
        assertMessage("offset must have shape [2*kH*kW*offset groups, Ho, Wo] = [18, 3, 3] (got [18, 5, 5])",
                () -> DeformConv2d.apply(x, w, Tensor.zeros(18, 5, 5), null, null, p));
        assertMessage("offset must have 3 dimensions [2*kH*kW*offset groups, Ho, Wo] (got shape [18, 9])",
                () -> DeformConv2d.apply(x, w, Tensor.zeros(18, 9), null, null, p));
        assertMessage("offset is missing; it must be a tensor [2*kH*kW*offset groups, Ho, Wo]",
                () -> DeformConv2d.apply(x, w, null, null, null, p));
        assertMessage("mask must have shape [kH*kW*offset groups, Ho, Wo] = [9, 3, 3] (got [18, 3, 3])",
                () -> DeformConv2d.apply(x, w, offset, Tensor.zeros(18, 3, 3), null, p));
        assertMessage("offset must have shape [2*kH*kW*offset groups, Ho, Wo] = [36, 3, 3] (got [18, 3, 3])",
                () -> DeformConv2d.apply(x, w, offset, null, null, new DeformConv2dParams(Window2d.DEFAULT, 1, 2)));
    }

    @Test
    void rejectsWhatConv2dRejectsAndOffsetGroupsThatDoNotDivideTheChannels() {
        Tensor x = Tensor.zeros(3, 5, 5);
        Tensor offset = Tensor.zeros(18, 3, 3);
        assertMessage("offset groups 2 must divide input channels 3", () -> DeformConv2d.apply(x,
                Tensor.zeros(1, 3, 3, 3), offset, null, null, new DeformConv2dParams(Window2d.DEFAULT, 1, 2)));
        assertMessage("groups 2 must divide input channels 3", () -> DeformConv2d.apply(x,
                Tensor.zeros(2, 1, 3, 3), offset, null, null, new DeformConv2dParams(Window2d.DEFAULT, 2, 1)));
        assertMessage("bias must have shape [1] (got [2])", () -> DeformConv2d.apply(x,
                Tensor.zeros(1, 3, 3, 3), offset, null, Tensor.zeros(2), DeformConv2dParams.DEFAULT));
        assertMessage("kernel reach 7 exceeds padded input 5 (height); add padding or enlarge the input",
                () -> DeformConv2d.outputShape(new int[] {3, 5, 5}, new int[] {1, 3, 4, 3},
                        new DeformConv2dParams(Window2d.of(1, 0, 2), 1, 1)));
    }
}
