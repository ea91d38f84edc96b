package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.convatlas.compute.TestTensors.assertClose;
import static org.convatlas.compute.TestTensors.assertNotAllZero;
import static org.convatlas.compute.TestTensors.between;
import static org.convatlas.compute.TestTensors.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.convatlas.compute.trace.Traces;
import org.junit.jupiter.api.Test;

class DepthwiseSeparableTest {

    private static final double TOLERANCE = 1e-5;

    /**
     * Each depthwise channel {@code c*m + q} is a one-channel convolution of input channel {@code c} with filter
     * {@code c*m + q}; the pointwise step is a 1x1 convolution over all of them.
     */
    @Test
    void equalsOneConvolutionPerDepthwiseChannelThenAOneByOneConvolution() {
        Random r = new Random(31);
        for (int n = 0; n < 30; n++) {
            int cin = between(r, 1, 4), m = between(r, 1, 3), cout = between(r, 1, 5);
            int kh = between(r, 1, 3), kw = between(r, 1, 3);
            Window2d window = new Window2d(between(r, 1, 2), between(r, 1, 2),
                    new Pads2d(between(r, 0, 1), between(r, 0, 1), between(r, 0, 1), between(r, 0, 1)),
                    between(r, 1, 2), between(r, 1, 2));
            Tensor x = uniform(r, cin, 2 * kh + between(r, 0, 4), 2 * kw + between(r, 0, 4));
            Tensor wDepthwise = uniform(r, cin * m, 1, kh, kw);
            Tensor wPointwise = uniform(r, cout, cin * m, 1, 1);
            String context = "x " + Arrays.toString(x.shape()) + ", m " + m + ", cout " + cout + ", " + window;

            DepthwiseSeparable.Result result = DepthwiseSeparable.apply(x, wDepthwise, wPointwise, window);

            Tensor depthwise = channelByChannel(x, wDepthwise, m, window);
            assertNotAllZero(depthwise, context);
            assertClose(depthwise, result.depthwise(), TOLERANCE, context);
            Tensor y = Conv2d.apply(depthwise, wPointwise, null, Conv2dParams.DEFAULT);
            assertClose(y, result.y(), TOLERANCE, context);
            assertArrayEquals(y.shape(), DepthwiseSeparable.outputShape(x.shape(), wDepthwise.shape(),
                    wPointwise.shape(), window), context);
        }
    }

    /**
     * The two steps take turns over a few rows at a time, on one thread and on several: the same numbers as the
     * whole depthwise step followed by the whole pointwise step, with strides, and with rows enough for several
     * turns per thread.
     */
    @Test
    void takingTurnsOverRowsGivesTheNumbersOfOneStepAfterTheOther() {
        Random r = new Random(37);
        Tensor x = uniform(r, 3, 150, 260);
        Tensor wDepthwise = uniform(r, 6, 1, 3, 3);
        Tensor wPointwise = uniform(r, 5, 6, 1, 1);
        for (Window2d window : new Window2d[] {Window2d.of(1, 1, 1), Window2d.of(2, 1, 1), Window2d.of(1, 0, 2)}) {
            Tensor depthwise = Conv2d.apply(x, wDepthwise, null, new Conv2dParams(window, 3, false));
            Tensor y = Conv2d.apply(depthwise, wPointwise, null, Conv2dParams.DEFAULT);
            for (Parallelism parallelism : new Parallelism[] {Parallelism.SERIAL, Parallelism.ALL}) {
                DepthwiseSeparable.Result out = new DepthwiseSeparable.Result(Tensor.zeros(depthwise.shape()),
                        Tensor.zeros(y.shape()));
                DepthwiseSeparable.apply(x, wDepthwise, wPointwise, window, out, parallelism);
                assertArrayEquals(depthwise.data(), out.depthwise().data(), window.toString());
                assertArrayEquals(y.data(), out.y().data(), window.toString());
            }
        }
    }

    private static Tensor channelByChannel(Tensor x, Tensor wDepthwise, int m, Window2d window) {
        int h = x.dim(1), w = x.dim(2), kh = wDepthwise.dim(2), kw = wDepthwise.dim(3);
        Conv2dParams single = new Conv2dParams(window, 1, false);
        Tensor[] channels = new Tensor[wDepthwise.dim(0)];
        for (int d = 0; d < channels.length; d++) {
            int c = d / m;
            Tensor input = Tensor.of(Arrays.copyOfRange(x.data(), c * h * w, (c + 1) * h * w), 1, h, w);
            Tensor filter = Tensor.of(Arrays.copyOfRange(wDepthwise.data(), d * kh * kw, (d + 1) * kh * kw), 1, 1,
                    kh, kw);
            channels[d] = Conv2d.apply(input, filter, null, single);
        }
        int area = channels[0].size();
        float[] stacked = new float[channels.length * area];
        for (int d = 0; d < channels.length; d++) {
            System.arraycopy(channels[d].data(), 0, stacked, d * area, area);
        }
        return Tensor.of(stacked, channels.length, channels[0].dim(1), channels[0].dim(2));
    }

    /**
     * The classic example: a 7x7x3 input, 3x3 depthwise filters and 128 1x1 filters. The depthwise step makes
     * 3*3*3*5*5 = 675 multiplies, the pointwise step 128*3*5*5 = 9,600: 10,275 in all, where a standard
     * convolution to 128 channels makes 128*3*3*3*5*5 = 86,400.
     */
    @Test
    void theClassicCountAgainstAStandardConvolution() {
        int[] x = {3, 7, 7};
        OpCount separable = Counts.depthwiseSeparable(x, new int[] {3, 1, 3, 3}, new int[] {128, 3, 1, 1},
                Window2d.DEFAULT);
        OpCount standard = Counts.conv2d(x, new int[] {128, 3, 3, 3}, false, Conv2dParams.DEFAULT);
        assertEquals(10_275, separable.multiplies());
        assertEquals(86_400, standard.multiplies());
        assertEquals(27 + 384, separable.parameters());
        assertEquals(3_456, standard.parameters());
        assertArrayEquals(new int[] {128, 5, 5},
                DepthwiseSeparable.outputShape(x, new int[] {3, 1, 3, 3}, new int[] {128, 3, 1, 1}, Window2d.DEFAULT));
    }

    @Test
    void theClassicShareIsOneOverNPlusOneOverKSquared() {
        int[] x = {3, 7, 7};
        int[] depthwise = {3, 1, 3, 3};
        int[] pointwise = {128, 3, 1, 1};
        assertEquals(86_400, Counts.depthwiseSeparableStandard(x, depthwise, pointwise, Window2d.DEFAULT).multiplies());
        assertEquals(1.0 / 128 + 1.0 / 9, Counts.depthwiseSeparableShare(x, depthwise, pointwise, Window2d.DEFAULT),
                1e-12);
    }

    /** Both counts against the taps of every step of the engine's traces, on random shapes, multipliers and windows. */
    @Test
    void theStandardCountAndTheShareAreThoseOfTheStepsOfBothConvolutions() {
        Random random = new Random(17);
        for (int trial = 0; trial < 60; trial++) {
            int cin = 1 + random.nextInt(4);
            int m = 1 + random.nextInt(3);
            int cout = 1 + random.nextInt(5);
            int k = 1 + random.nextInt(3);
            int size = k + random.nextInt(5);
            Window2d window = Window2d.of(1 + random.nextInt(2), random.nextInt(2), 1);
            Tensor x = TestTensors.uniform(random, cin, size, size);
            Tensor wd = TestTensors.uniform(random, cin * m, 1, k, k);
            Tensor wp = TestTensors.uniform(random, cout, cin * m, 1, 1);
            Tensor standard = TestTensors.uniform(random, cout, cin, k, k);
            long separable = TraceTaps.of(Traces.depthwiseSeparable(x, wd, wp, window));
            long plain = TraceTaps.of(Traces.conv2d(x, standard, null, new Conv2dParams(window, 1, false)));
            assertEquals(plain, Counts.depthwiseSeparableStandard(x.shape(), wd.shape(), wp.shape(), window)
                    .multiplies());
            assertEquals((double) separable / plain,
                    Counts.depthwiseSeparableShare(x.shape(), wd.shape(), wp.shape(), window), 1e-12);
        }
    }

    /**
     * The two steps multiplied out are one standard convolution with the same window: the same output for any
     * weights, strides, padding, dilation and depth multiplier.
     */
    @Test
    void theStandardWeightsGiveTheSameOutputInOneConvolution() {
        Random r = new Random(41);
        for (int n = 0; n < 30; n++) {
            int cin = between(r, 1, 4), m = between(r, 1, 3), cout = between(r, 1, 5);
            int kh = between(r, 1, 3), kw = between(r, 1, 3);
            Window2d window = new Window2d(between(r, 1, 2), between(r, 1, 2),
                    new Pads2d(between(r, 0, 1), between(r, 0, 1), between(r, 0, 1), between(r, 0, 1)),
                    between(r, 1, 2), between(r, 1, 2));
            Tensor x = uniform(r, cin, 2 * kh + between(r, 0, 4), 2 * kw + between(r, 0, 4));
            Tensor wDepthwise = uniform(r, cin * m, 1, kh, kw);
            Tensor wPointwise = uniform(r, cout, cin * m, 1, 1);
            String context = "x " + Arrays.toString(x.shape()) + ", m " + m + ", cout " + cout + ", " + window;

            Tensor w = DepthwiseSeparable.standardWeights(x.shape(), wDepthwise, wPointwise, window);

            assertArrayEquals(new int[] {cout, cin, kh, kw}, w.shape(), context);
            assertClose(DepthwiseSeparable.apply(x, wDepthwise, wPointwise, window).y(),
                    Conv2d.apply(x, w, null, new Conv2dParams(window, 1, false)), TOLERANCE, context);
        }
    }

    /**
     * With MobileNetV2's expansion in front (a 1x1 convolution widening the channels, no activation), the three
     * steps multiplied out are still one standard convolution of the narrow input: the same output, padding included.
     */
    @Test
    void anExpansionMultipliedOutGivesTheSameOutputInOneConvolution() {
        Random r = new Random(43);
        for (int n = 0; n < 30; n++) {
            int cin = between(r, 1, 3), t = between(r, 1, 4), cout = between(r, 1, 4);
            int k = between(r, 1, 3);
            Window2d window = Window2d.of(between(r, 1, 2), between(r, 0, 1), between(r, 1, 2));
            Tensor x = uniform(r, cin, 2 * k + between(r, 1, 4), 2 * k + between(r, 1, 4));
            Tensor wExpand = uniform(r, t * cin, cin, 1, 1);
            Tensor wDepthwise = uniform(r, t * cin, 1, k, k);
            Tensor wPointwise = uniform(r, cout, t * cin, 1, 1);
            String context = "x " + Arrays.toString(x.shape()) + ", t " + t + ", cout " + cout + ", " + window;

            Tensor w = DepthwiseSeparable.standardWeights(x.shape(), wExpand, wDepthwise, wPointwise, window);

            assertArrayEquals(new int[] {cout, cin, k, k}, w.shape(), context);
            Tensor expanded = Conv2d.apply(x, wExpand, null, Conv2dParams.DEFAULT);
            assertClose(DepthwiseSeparable.apply(expanded, wDepthwise, wPointwise, window).y(),
                    Conv2d.apply(x, w, null, new Conv2dParams(window, 1, false)), TOLERANCE, context);
        }
    }

    /**
     * MobileNetV2's block on 14×14×96, expansion 6, 3×3: 10,838,016 + 1,016,064 + 10,838,016 multiplications, 1.4
     * times a standard 3×3 convolution from 96 to 96 channels, each count that of the engine's steps.
     */
    @Test
    void mobileNetV2sBlockCostsMoreThanAStandardConvolutionBetweenItsNarrowEnds() {
        Tensor x = Tensor.zeros(96, 14, 14);
        Tensor wExpand = Tensor.zeros(576, 96, 1, 1);
        Tensor wDepthwise = Tensor.zeros(576, 1, 3, 3);
        Tensor wPointwise = Tensor.zeros(96, 576, 1, 1);
        Window2d same = Window2d.of(1, 1, 1);
        var trace = Traces.depthwiseSeparable(x, wExpand, wDepthwise, wPointwise, same);
        long[] stages = trace.stages().stream().mapToLong(stage -> stage.trace().totalMultiplies()).toArray();
        assertArrayEquals(new long[] {10_838_016, 1_016_064, 10_838_016}, stages);

        OpCount block = Counts.depthwiseSeparable(x.shape(), wExpand.shape(), wDepthwise.shape(), wPointwise.shape(),
                same);
        OpCount standard = Counts.depthwiseSeparableStandard(x.shape(), wExpand.shape(), wDepthwise.shape(),
                wPointwise.shape(), same);
        assertEquals(new OpCount(22_692_096, 55_296 + 5_184 + 55_296), block);
        assertEquals(new OpCount(16_257_024, 82_944), standard);
        assertEquals(22_692_096 / 16_257_024.0, Counts.depthwiseSeparableShare(x.shape(), wExpand.shape(),
                wDepthwise.shape(), wPointwise.shape(), same), 1e-12);
        assertMessage("expansion weights w_expand must be 1x1 (got 3x3)", () -> Counts.depthwiseSeparable(x.shape(),
                new int[] {576, 96, 3, 3}, wDepthwise.shape(), wPointwise.shape(), same));
    }

    /** Filter {@code co} over channel {@code c}: the pointwise weights times the channel's depthwise filters. */
    @Test
    void aStandardFilterIsTheChannelsDepthwiseFiltersWeighedByThePointwiseWeights() {
        Tensor depthwise = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 4, 1, 1, 2);
        Tensor pointwise = Tensor.of(new float[] {1, 10, 100, 1000}, 1, 4, 1, 1);
        Tensor w = DepthwiseSeparable.standardWeights(new int[] {2, 3, 3}, depthwise, pointwise, Window2d.DEFAULT);
        assertArrayEquals(new float[] {1 + 30, 2 + 40, 500 + 7000, 600 + 8000}, w.data());
        assertMessage("pointwise weights' input channels w_pointwise.shape[1] must equal depthwise channels Cin*m = 4"
                + " (got 2)", () -> DepthwiseSeparable.standardWeights(new int[] {2, 3, 3}, depthwise,
                        Tensor.zeros(1, 2, 1, 1), Window2d.DEFAULT));
    }

    @Test
    void rejectsWeightsThatDoNotChain() {
        int[] x = {3, 7, 7};
        int[] depthwise = {6, 1, 3, 3};
        int[] pointwise = {4, 6, 1, 1};
        Window2d window = Window2d.DEFAULT;
        assertMessage("pointwise weights w_pointwise must be 1x1 (got 3x3)",
                () -> DepthwiseSeparable.outputShape(x, depthwise, new int[] {4, 6, 3, 3}, window));
        assertMessage("pointwise weights' input channels w_pointwise.shape[1] must equal depthwise channels Cin*m = 6"
                + " (got 3)", () -> DepthwiseSeparable.outputShape(x, depthwise, new int[] {4, 3, 1, 1}, window));
        assertMessage("depthwise weights' input channels w_depthwise.shape[1] must be 1, as each depthwise filter "
                + "reads one channel (got 3)",
                () -> DepthwiseSeparable.outputShape(x, new int[] {6, 3, 3, 3}, pointwise, window));
        assertMessage("input channels 3 must divide depthwise filters w_depthwise.shape[0] 4",
                () -> DepthwiseSeparable.outputShape(x, new int[] {4, 1, 3, 3}, new int[] {4, 4, 1, 1}, window));
        assertMessage("pointwise weights w_pointwise must have 4 dimensions [Cout, Cin*m, 1, 1] (got shape [4, 6])",
                () -> DepthwiseSeparable.outputShape(x, depthwise, new int[] {4, 6}, window));
        assertMessage("kernel reach 9 exceeds padded input 7 (height); add padding or enlarge the input",
                () -> DepthwiseSeparable.outputShape(x, new int[] {6, 1, 9, 3}, pointwise, window));
        assertMessage("window is missing", () -> DepthwiseSeparable.outputShape(x, depthwise, pointwise, null));
        assertMessage("depthwise weights w_depthwise is missing; it must be a tensor [Cin*m, 1, kH, kW]",
                () -> DepthwiseSeparable.apply(Tensor.zeros(x), null, Tensor.zeros(pointwise), window));
    }
}
