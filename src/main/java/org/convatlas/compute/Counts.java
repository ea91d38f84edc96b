package org.convatlas.compute;

import java.util.ArrayList;
import java.util.List;

/**
 * Multiply and parameter counts of every operation in closed form, from shapes alone: the one place
 * these numbers come from. Shapes follow the operations' layouts ({@code x [C, H, W]},
 * {@code w [Cout, Cin/groups, kH, kW]}, ...); each method checks them as the operation would.
 */
public final class Counts {

    private Counts() {
    }

    private static long product(int... values) {
        long p = 1;
        for (int v : values) {
            p *= v;
        }
        return p;
    }

    private static long biasCount(boolean bias, int channels) {
        return bias ? channels : 0;
    }

    /** {@code Cout * (Cin/groups) * kH * kW * Ho * Wo} multiplies; {@code Cout*(Cin/groups)*kH*kW (+ Cout)} parameters. */
    public static OpCount conv2d(int[] x, int[] w, boolean bias, Conv2dParams p) {
        int[] y = Conv2d.outputShape(x, w, p);
        long weights = product(w);
        return new OpCount(weights * y[1] * y[2], weights + biasCount(bias, w[0]));
    }

    /**
     * Transposed convolution, counted as the scatter form does it: every input value times every kernel tap,
     * {@code Cin * (Cout/groups) * kH * kW * H * W}, including the products that land in the ring the padding cuts
     * away (see {@link #convTranspose2dProductsInOutput} for those that are kept). See
     * {@link #convTranspose2dZeroInsertion} for the multiplies of the equivalent direct convolution over the
     * zero-inserted input.
     */
    public static OpCount convTranspose2d(int[] x, int[] w, boolean bias, ConvTranspose2dParams p) {
        int[] y = ConvTranspose2d.outputShape(x, w, p);
        long weights = product(w);
        return new OpCount(weights * x[1] * x[2], weights + biasCount(bias, y[0]));
    }

    /**
     * The products of a transposed convolution's scatter form that land inside the output: input value
     * {@code x[ci, iy, ix]} times tap {@code (i, j)} goes to output cell
     * {@code (iy*sH - top + i*dH, ix*sW - left + j*dW)}, and the products that fall in the ring the padding cuts away
     * ({@link ConvTranspose2dParams#cutAway}) are computed and thrown away. The row and the column decide separately
     * whether a product lands, so the count is {@code Cin * (Cout/groups) * rows * columns}, with {@code rows} the
     * (input row, kernel row) pairs whose row lands in {@code [0, Ho)} and {@code columns} likewise. Without padding
     * every product lands and this is {@link #convTranspose2d}'s multiplies; it is also the number of taps of the
     * zero-insertion picture that read an input cell rather than an inserted zero or the border.
     */
    public static long convTranspose2dProductsInOutput(int[] x, int[] w, ConvTranspose2dParams p) {
        int[] y = ConvTranspose2d.outputShape(x, w, p);
        Window2d window = p.window();
        long rows = ConvArithmetic.transposedWritesInside(x[1], window.pads().top(), y[1], w[2], window.strideH(),
                window.dilationH());
        long columns = ConvArithmetic.transposedWritesInside(x[2], window.pads().left(), y[2], w[3],
                window.strideW(), window.dilationW());
        return (long) w[0] * w[1] * rows * columns;
    }

    /**
     * The share of the zero-insertion picture's multiplies that are wasted on inserted zeros and the border:
     * {@code 1 - convTranspose2dProductsInOutput / convTranspose2dZeroInsertion}, between 0 and 1.
     */
    public static double convTranspose2dWastedShare(int[] x, int[] w, ConvTranspose2dParams p) {
        return 1 - (double) convTranspose2dProductsInOutput(x, w, p) / convTranspose2dZeroInsertion(x, w, p);
    }

    /**
     * Multiplies of the direct convolution that the zero-insertion picture of a transposed convolution implies:
     * the flipped kernel visits every one of the {@code Ho * Wo} output cells and multiplies all its
     * {@code (Cin/groups) * kH * kW} taps per output channel, inserted zeros and padding included:
     * {@code Cout * (Cin/groups) * kH * kW * Ho * Wo}. Most of these products are with zeros.
     */
    public static long convTranspose2dZeroInsertion(int[] x, int[] w, ConvTranspose2dParams p) {
        int[] y = ConvTranspose2d.outputShape(x, w, p);
        return product(y) * (x[0] / p.groups()) * w[2] * w[3];
    }

    /**
     * Convolutions of one input {@code x [Cin, H, W]} side by side, branch {@code b} with weights {@code weights[b]}
     * {@code [Cout_b, Cin/groups, kH, kW]} under {@code params[b]}, their outputs concatenated along the channels:
     * each branch's {@link #conv2d} count, their sum, and the concatenation's shape
     * {@code [Cout_0 + Cout_1 + ..., Ho, Wo]}. {@code bias} says whether every branch has one.
     *
     * @throws InvalidArgumentException if there is no branch, the lists differ in length, a branch is refused by
     *                                  {@link Conv2d#outputShape}, or two branches give outputs of different sizes
     *                                  (they could not be concatenated)
     */
    public static ConcatenatedCount concatenatedConv2d(int[] x, List<int[]> weights, boolean bias,
                                                       List<Conv2dParams> params) {
        Checks.items("branch weights", weights);
        Checks.items("branch parameters", params);
        Checks.equal("the number of branch parameters", params.size(), "the number of branch weights",
                weights.size());
        List<OpCount> branches = new ArrayList<>();
        OpCount total = new OpCount(0, 0);
        int channels = 0;
        int[] first = Conv2d.outputShape(x, weights.get(0), params.get(0));
        for (int b = 0; b < weights.size(); b++) {
            int[] y = Conv2d.outputShape(x, weights.get(b), params.get(b));
            if (y[1] != first[1] || y[2] != first[2]) {
                throw new InvalidArgumentException("branch " + b + " gives a " + y[1] + "x" + y[2]
                        + " output, branch 0 " + first[1] + "x" + first[2] + ": they cannot be concatenated");
            }
            OpCount branch = conv2d(x, weights.get(b), bias, params.get(b));
            branches.add(branch);
            total = total.plus(branch);
            channels += y[0];
        }
        return new ConcatenatedCount(branches, total, channels, first[1], first[2]);
    }

    /**
     * Spatially separable convolution: a {@code kH x kW} convolution factorized into a column step
     * {@code wColumn [Cmid, Cin, kH, 1]} with the window's vertical stride, pads and dilation, then a row step
     * {@code wRow [Cout, Cmid, 1, kW]} with its horizontal ones, so that the output has the shape of the
     * {@code kH x kW} convolution (no biases; see {@link SpatiallySeparable}). On an {@code N x N} map with
     * {@code m x m} taps (stride 1, no padding, one channel) that is {@code (N-m+1)*N*m + (N-m+1)^2*m =
     * (2N-m+1)(N-m+1)*m} multiplies against {@code (N-m+1)^2 * m^2}: for {@code m = 3}, {@code (2N-2)(N-2)*3} against
     * {@code (N-2)^2 * 9}.
     */
    public static OpCount spatiallySeparable(int[] x, int[] wColumn, int[] wRow, Window2d window) {
        int[] middle = SpatiallySeparable.middleShape(x, wColumn, wRow, window);
        return conv2d(x, wColumn, false, SpatiallySeparable.columnStep(window))
                .plus(conv2d(middle, wRow, false, SpatiallySeparable.rowStep(window)));
    }

    /**
     * The {@code kH x kW} convolution a spatially separable one stands in for: the same input, window and output
     * shape, its weights {@code [Cout, Cin, kH, kW]} ({@link #conv2d} without bias).
     */
    public static OpCount spatiallySeparableStandard(int[] x, int[] wColumn, int[] wRow, Window2d window) {
        SpatiallySeparable.outputShape(x, wColumn, wRow, window);
        int[] standard = {wRow[0], x[0], wColumn[2], wRow[3]};
        return conv2d(x, standard, false, new Conv2dParams(window, 1, false));
    }

    /**
     * The share of the standard convolution's multiplications that the spatially separable one does. On an
     * {@code N x N} map with one channel, stride 1 and no padding it is
     * {@code ((N-kH+1)*N*kH + (N-kH+1)*(N-kW+1)*kW) / ((N-kH+1)*(N-kW+1)*kH*kW)}, for {@code m x m} taps
     * {@code (2N-m+1) / ((N-m+1)*m)}, which tends to {@link #spatiallySeparableLimit} as {@code N} grows.
     */
    public static double spatiallySeparableShare(int[] x, int[] wColumn, int[] wRow, Window2d window) {
        return (double) spatiallySeparable(x, wColumn, wRow, window).multiplies()
                / spatiallySeparableStandard(x, wColumn, wRow, window).multiplies();
    }

    /**
     * What {@link #spatiallySeparableShare} tends to on an {@code N x N} map with one channel, stride 1 and no
     * padding as {@code N} grows: {@code N/((N-kW+1)*kW) + 1/kH -> 1/kW + 1/kH}, that is {@code 2/m} for
     * {@code m x m} taps.
     *
     * @throws InvalidArgumentException if a side is below 1
     */
    public static double spatiallySeparableLimit(int kH, int kW) {
        Checks.atLeast("kernel height kH", kH, 1);
        Checks.atLeast("kernel width kW", kW, 1);
        return 1.0 / kW + 1.0 / kH;
    }

    /**
     * Flattened convolution: a {@code C x kH x kW} convolution factorized into a channel step
     * {@code wChannel [C1, Cin, 1, 1]} (a 1x1 convolution), a column step {@code wColumn [C2, C1, kH, 1]} with the
     * window's vertical stride, pads and dilation and a row step {@code wRow [Cout, C2, 1, kW]} with its horizontal
     * ones (no biases; see {@link Flattened}). With one filter of each over {@code [C, H, W]} (stride 1, no padding)
     * that is {@code C*H*W + kH*(H-kH+1)*W + kW*(H-kH+1)*(W-kW+1)} multiplies and {@code C + kH + kW} weights.
     */
    public static OpCount flattened(int[] x, int[] wChannel, int[] wColumn, int[] wRow, Window2d window) {
        int[] mixed = Flattened.mixedShape(x, wChannel, wColumn, wRow, window);
        return conv2d(x, wChannel, false, Flattened.CHANNEL_STEP)
                .plus(spatiallySeparable(mixed, wColumn, wRow, window));
    }

    /**
     * The {@code Cin x kH x kW} convolution a flattened one stands in for: the same input, window and output shape,
     * its weights {@code [Cout, Cin, kH, kW]} ({@link #conv2d} without bias). With one filter over {@code [C, H, W]}
     * (stride 1, no padding): {@code C*kH*kW*(H-kH+1)*(W-kW+1)} multiplies, {@code C*kH*kW} weights.
     */
    public static OpCount flattenedStandard(int[] x, int[] wChannel, int[] wColumn, int[] wRow, Window2d window) {
        Flattened.outputShape(x, wChannel, wColumn, wRow, window);
        int[] standard = {wRow[0], x[0], wColumn[2], wRow[3]};
        return conv2d(x, standard, false, new Conv2dParams(window, 1, false));
    }

    /** The share of the standard convolution's multiplications that the flattened one does. */
    public static double flattenedShare(int[] x, int[] wChannel, int[] wColumn, int[] wRow, Window2d window) {
        return (double) flattened(x, wChannel, wColumn, wRow, window).multiplies()
                / flattenedStandard(x, wChannel, wColumn, wRow, window).multiplies();
    }

    /**
     * What {@link #flattenedShare} tends to with one filter of each over {@code [C, N, N]} (stride 1, no padding) as
     * {@code N} grows: {@code (C*N^2 + kH*N^2 + kW*N^2) / (C*kH*kW*N^2) = 1/(kH*kW) + 1/(C*kW) + 1/(C*kH)}, that is
     * {@code 1/m^2 + 2/(C*m)} for {@code m x m} taps.
     *
     * @throws InvalidArgumentException if a size is below 1
     */
    public static double flattenedLimit(int channels, int kH, int kW) {
        Checks.atLeast("channels C", channels, 1);
        Checks.atLeast("kernel height kH", kH, 1);
        Checks.atLeast("kernel width kW", kW, 1);
        return 1.0 / ((double) kH * kW) + 1.0 / ((double) channels * kW) + 1.0 / ((double) channels * kH);
    }

    /** {@code Cout * (Cin/groups) * kD * kH * kW * Do * Ho * Wo} multiplies. */
    public static OpCount conv3d(int[] x, int[] w, boolean bias, Conv3dParams p) {
        int[] y = Conv3d.outputShape(x, w, p);
        long weights = product(w);
        return new OpCount(weights * y[1] * y[2] * y[3], weights + biasCount(bias, w[0]));
    }

    /** Max pooling compares but does not multiply, and learns nothing. */
    public static OpCount maxPool2d(int[] x, Pool2dParams p) {
        MaxPool2d.outputShape(x, p);
        return new OpCount(0, 0);
    }

    /** Average pooling: one multiply per output (the window sum times {@code 1/n}); no parameters. */
    public static OpCount avgPool2d(int[] x, Pool2dParams p) {
        return new OpCount(product(MaxPool2d.outputShape(x, p)), 0);
    }

    /** Upsampling: nearest copies (0 multiplies); bilinear weighs four source values per output cell. */
    public static OpCount upsample(int[] x, int scaleH, int scaleW, UpsampleMode mode) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        long outputs = product(x) * scaleH * scaleW;
        return new OpCount(mode == UpsampleMode.BILINEAR ? 4 * outputs : 0, 0);
    }

    /** Unpooling, pixel shuffle and channel shuffle only move values. */
    public static OpCount rearrangement() {
        return new OpCount(0, 0);
    }

    /**
     * Deformable convolution: the weight products of a {@code conv2d} of the same shape, plus for every
     * (input channel, tap, output position) one bilinear sample (4 multiplies) and, with a mask, one more.
     */
    public static OpCount deformConv2d(int[] x, int[] w, boolean mask, boolean bias, DeformConv2dParams p) {
        int[] y = DeformConv2d.outputShape(x, w, p);
        long weights = product(w);
        long multiplies = weights * y[1] * y[2] + deformConv2dSampling(x, w, mask, p);
        return new OpCount(multiplies, weights + biasCount(bias, w[0]));
    }

    /**
     * The part of {@link #deformConv2d} spent reading the input between grid points: one bilinear sample per (input
     * channel, tap, output position), {@code Cin * kH * kW * Ho * Wo} of them, each 4 multiplies (a corner's weight
     * times its value, for the four corners) and one more with a mask. The rest, the taps' weight products, are those
     * of a {@link #conv2d} of the same shape.
     */
    public static long deformConv2dSampling(int[] x, int[] w, boolean mask, DeformConv2dParams p) {
        int[] y = DeformConv2d.outputShape(x, w, p);
        long samples = (long) x[0] * w[2] * w[3] * y[1] * y[2];
        return samples * (mask ? 5 : 4);
    }

    /**
     * Squeeze-and-excitation on {@code [C, H, W]} with hidden size {@code C/r}: the two fully connected layers,
     * {@code 2 * C * C/r}, plus the rescaling of every value, {@code C * H * W} (the means' divisions are not
     * counted); parameters {@code 2 * C * C/r + C/r + C}.
     */
    public static OpCount squeezeExcitation(int[] x, int hidden) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        Checks.atLeast("hidden size C/r", hidden, 1);
        long c = x[0];
        return new OpCount(2 * c * hidden + product(x), 2 * c * hidden + hidden + c);
    }

    /**
     * Depthwise separable: {@code Cin*m * kH * kW * Ho * Wo + Cout * Cin*m * Ho * Wo} multiplies;
     * {@code Cin*m*kH*kW + Cout*Cin*m} parameters (no biases).
     */
    public static OpCount depthwiseSeparable(int[] x, int[] wDepthwise, int[] wPointwise, Window2d window) {
        int[] y = DepthwiseSeparable.outputShape(x, wDepthwise, wPointwise, window);
        long depthwise = product(wDepthwise);
        long pointwise = product(wPointwise);
        long positions = (long) y[1] * y[2];
        return new OpCount((depthwise + pointwise) * positions, depthwise + pointwise);
    }

    /**
     * MobileNetV2's block: the expansion {@code w_expand [Cexp, Cin, 1, 1]} (null for none) at each of the input's
     * {@code H·W} positions, then {@link #depthwiseSeparable} over the expanded channels.
     */
    public static OpCount depthwiseSeparable(int[] x, int[] wExpand, int[] wDepthwise, int[] wPointwise,
                                             Window2d window) {
        int[] expanded = DepthwiseSeparable.expandedShape(x, wExpand);
        OpCount steps = depthwiseSeparable(expanded, wDepthwise, wPointwise, window);
        return wExpand == null ? steps : conv2d(x, wExpand, false, Conv2dParams.DEFAULT).plus(steps);
    }

    /**
     * The standard convolution a depthwise separable one, expansion included ({@code wExpand}, null for none), stands
     * in for: the same input, window and output shape, each of the {@code Cout} filters {@code Cin × kH × kW}.
     */
    public static OpCount depthwiseSeparableStandard(int[] x, int[] wExpand, int[] wDepthwise, int[] wPointwise,
                                                     Window2d window) {
        DepthwiseSeparable.outputShape(x, wExpand, wDepthwise, wPointwise, window);
        int[] standard = {wPointwise[0], x[0], wDepthwise[2], wDepthwise[3]};
        return conv2d(x, standard, false, new Conv2dParams(window, 1, false));
    }

    /**
     * The standard convolution a depthwise separable one stands in for: the same input, window and output shape,
     * each of the {@code Cout} filters {@code Cin × kH × kW} ({@link #conv2d} without bias).
     */
    public static OpCount depthwiseSeparableStandard(int[] x, int[] wDepthwise, int[] wPointwise, Window2d window) {
        return depthwiseSeparableStandard(x, null, wDepthwise, wPointwise, window);
    }

    /**
     * The share of the standard convolution's multiplications that the depthwise separable one does:
     * {@code (Cin·m·k² + Cout·Cin·m) / (Cout·Cin·k²) = m/Cout + m/k²}, with {@code k² = kH·kW} and depth multiplier
     * {@code m}; its inverse is the saving, at most {@code k²/m}.
     */
    public static double depthwiseSeparableShare(int[] x, int[] wDepthwise, int[] wPointwise, Window2d window) {
        return depthwiseSeparableShare(x, null, wDepthwise, wPointwise, window);
    }

    /**
     * The share of the standard convolution's multiplications that the expansion ({@code wExpand}, null for none) and
     * the two steps do together; with an expansion {@code t} times wide it can pass 1, as MobileNetV2's block costs
     * more than a standard convolution between its narrow ends.
     */
    public static double depthwiseSeparableShare(int[] x, int[] wExpand, int[] wDepthwise, int[] wPointwise,
                                                 Window2d window) {
        return (double) depthwiseSeparable(x, wExpand, wDepthwise, wPointwise, window).multiplies()
                / depthwiseSeparableStandard(x, wExpand, wDepthwise, wPointwise, window).multiplies();
    }

    /**
     * A bottleneck block on {@code x [C, H, W]} (ResNet's, for one): a 1×1 convolution from {@code C} channels down to
     * {@code reduced}, a {@code k × k} convolution at {@code reduced} channels padded by {@code (k-1)/2} to keep the
     * map's size, and a 1×1 convolution back up to {@code C}, no biases; beside it the plain {@code k × k} convolution
     * from {@code C} to {@code C}, padded alike. Its weights are {@code C·Cr + Cr²·k² + Cr·C} against {@code C²·k²},
     * and every convolution runs at each of the {@code H·W} positions.
     *
     * @throws InvalidArgumentException if {@code k} is even (no padding keeps the size) or a count is below 1
     */
    public static BottleneckCount bottleneck(int[] x, int reduced, int k) {
        Checks.rank("input x", x, 3, "[C, H, W]");
        Checks.atLeast("reduced channels", reduced, 1);
        Checks.atLeast("kernel size k", k, 1);
        if (k % 2 == 0) {
            throw new InvalidArgumentException("kernel size k is " + k + ": only an odd k keeps the map's size");
        }
        int c = x[0];
        int[] middle = {reduced, x[1], x[2]};
        Conv2dParams pointwise = Conv2dParams.DEFAULT;
        Conv2dParams same = new Conv2dParams(Window2d.of(1, k / 2, 1), 1, false);
        return new BottleneckCount(conv2d(x, new int[] {reduced, c, 1, 1}, false, pointwise),
                conv2d(middle, new int[] {reduced, reduced, k, k}, false, same),
                conv2d(middle, new int[] {c, reduced, 1, 1}, false, pointwise),
                conv2d(x, new int[] {c, c, k, k}, false, same));
    }

    /**
     * A grouped convolution of {@code x [Cin, H, W]} with weights {@code w [Cout, Cin/G, kH, kW]} under {@code p}
     * ({@code G = p.groups()}, no bias), beside the standard convolution to the same output ({@code [Cout, Cin, kH,
     * kW]}, one group): its weights {@code Cout·(Cin/G)·kH·kW} and multiplies {@code Cout·(Cin/G)·kH·kW·Ho·Wo} are the
     * standard ones divided by {@code G}; the input's {@code Cin·H·W} and the output's {@code Cout·Ho·Wo} values stay.
     *
     * @throws InvalidArgumentException if {@link Conv2d#outputShape} refuses the shapes
     */
    public static GroupedCount groupedConv2d(int[] x, int[] w, Conv2dParams p) {
        Checks.rank("input x", x, 3, "[Cin, H, W]");
        Checks.rank("weights w", w, 4, "[Cout, Cin/groups, kH, kW]");
        ChannelGroups.check(p.groups(), x[0], w[0]);
        int[] y = Conv2d.outputShape(x, w, p);
        int[] standard = {w[0], x[0], w[2], w[3]};
        return new GroupedCount(p.groups(), conv2d(x, w, false, p), conv2d(x, standard, false, p.withGroups(1)),
                product(x), product(y));
    }
}
