package org.convatlas.compute.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.convatlas.compute.AvgPool2d;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Conv3d;
import org.convatlas.compute.Conv3dParams;
import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.DeformConv2d;
import org.convatlas.compute.DeformConv2dParams;
import org.convatlas.compute.DepthwiseSeparable;
import org.convatlas.compute.Flattened;
import org.convatlas.compute.MaxPool2d;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.SpatiallySeparable;
import org.convatlas.compute.SqueezeExcitation;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.PoolStep.Pooling;

/**
 * The traces of every operation, made from the same arguments as the operation itself, which each factory checks
 * first exactly as the operation does (throwing {@link org.convatlas.compute.InvalidArgumentException}). A trace keeps
 * the tensors it is given (not copied) and computes each step when asked.
 */
public final class Traces {

    /** Stage names of {@link #depthwiseSeparable}, the expansion only in MobileNetV2's block. */
    public static final String EXPANSION = "expansion";
    public static final String DEPTHWISE = "depthwise";
    public static final String POINTWISE = "pointwise";

    /** Stage names of {@link #spatiallySeparable}. */
    public static final String COLUMN = "column";
    public static final String ROW = "row";

    /** The first stage name of {@link #flattened}, before {@value #COLUMN} and {@value #ROW}. */
    public static final String CHANNEL = "channel";

    /** Stage names of {@link #squeezeExcitation}. */
    public static final String SQUEEZE = "squeeze";
    public static final String REDUCE = "reduce";
    public static final String EXPAND = "expand";
    public static final String SCALE = "scale";

    private Traces() {
    }

    /**
     * {@link Conv2d}: one step per output element {@code (co, oy, ox)}, row-major; its taps over the input channels
     * of the group, then the kernel rows and columns; taps outside the input are {@link TapSource.Padding}.
     * {@code b} may be null.
     */
    public static Trace<WeightedSumStep> conv2d(Tensor x, Tensor w, Tensor b, Conv2dParams p) {
        return conv2d(x, w, b, p, false);
    }

    /**
     * {@link #conv2d(Tensor, Tensor, Tensor, Conv2dParams)} whose output is computed into {@code out}, so that a
     * caller preparing trace after trace of one shape allocates no output. {@code Conv2d.apply} refuses an
     * {@code out} of another shape when the output is first asked for.
     */
    public static Trace<WeightedSumStep> conv2d(Tensor x, Tensor w, Tensor b, Conv2dParams p, Tensor out) {
        Conv2d.outputShape(x, w, b, p);
        return new Conv2dTrace(x.shape(), FeatureMap.of(x), w, b, p, false, () -> {
            Conv2d.apply(x, w, b, p, out);
            return out;
        });
    }

    /**
     * {@link #conv2d} with the dilation holes shown: every cell of each channel's dilated window is a tap, in
     * row-major order, the cells between kernel taps being {@link TapSource.DilationHole}s that multiply nothing.
     * The multiplies are those of {@link #conv2d}.
     */
    public static Trace<WeightedSumStep> conv2dWithDilationHoles(Tensor x, Tensor w, Tensor b, Conv2dParams p) {
        return conv2d(x, w, b, p, true);
    }

    private static Trace<WeightedSumStep> conv2d(Tensor x, Tensor w, Tensor b, Conv2dParams p, boolean holes) {
        Conv2d.outputShape(x, w, b, p);
        return new Conv2dTrace(x.shape(), FeatureMap.of(x), w, b, p, holes, () -> Conv2d.apply(x, w, b, p));
    }

    /**
     * {@link ConvTranspose2d} in scatter form: one step per input element {@code (ci, iy, ix)}, row-major, stamping
     * the kernel times the element onto the output. Its multiplies are
     * {@link org.convatlas.compute.Counts#convTranspose2d}. {@code b} may be null.
     */
    public static ScatterTrace convTranspose2dScatter(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        ConvTranspose2d.outputShape(x, w, b, p);
        return new ConvTranspose2dScatterTrace(x, w, b, p);
    }

    /**
     * {@link ConvTranspose2d} in gather form: one step per output element {@code (co, oy, ox)}, row-major, as the
     * direct convolution of the flipped kernel over the zero-inserted, padded input; taps on
     * {@link TapSource.InsertedZero inserted zeros} and {@link TapSource.Padding padding} are marked as such, in
     * the coordinates of the zero-inserted grid. Its multiplies are
     * {@link org.convatlas.compute.Counts#convTranspose2dZeroInsertion}. Ends in the same output as
     * {@link #convTranspose2dScatter}. {@code b} may be null.
     */
    public static Trace<WeightedSumStep> convTranspose2dGather(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        ConvTranspose2d.outputShape(x, w, b, p);
        return new ConvTranspose2dGatherTrace(x, w, b, p);
    }

    /**
     * {@link Conv3d}: one step per output element {@code (co, oz, oy, ox)}, row-major; its taps over the input
     * channels of the group, then the kernel's depth, rows and columns. {@code b} may be null.
     */
    public static Trace<WeightedSumStep> conv3d(Tensor x, Tensor w, Tensor b, Conv3dParams p) {
        Conv3d.outputShape(x, w, b, p);
        return new Conv3dTrace(x, w, b, p);
    }

    /**
     * {@link MaxPool2d}: one step per output element, row-major; its taps are the window's cells with the running
     * maximum; no multiplies.
     */
    public static Trace<PoolStep> maxPool2d(Tensor x, Pool2dParams p) {
        MaxPool2d.outputShape(shapeOf(x), p);
        return new Pool2dTrace(x, p, Pooling.MAX, false, 0, () -> MaxPool2d.apply(x, p).values());
    }

    /**
     * {@link AvgPool2d}: one step per output element, row-major; its taps are the window's cells with the running
     * sum, and one multiply per step (the sum times {@code 1/divisor}).
     */
    public static Trace<PoolStep> avgPool2d(Tensor x, Pool2dParams p, boolean countIncludePad) {
        AvgPool2d.outputShape(shapeOf(x), p);
        return new Pool2dTrace(x, p, Pooling.AVERAGE, countIncludePad, 1, () -> AvgPool2d.apply(x, p, countIncludePad));
    }

    /**
     * {@link DeformConv2d}: one step per output element, row-major; every tap is a {@link TapSource.Bilinear}
     * sample. {@code mask} and {@code b} may be null.
     */
    public static Trace<WeightedSumStep> deformConv2d(Tensor x, Tensor w, Tensor offset, Tensor mask, Tensor b,
                                                      DeformConv2dParams p) {
        DeformConv2d.outputShape(x, w, offset, mask, b, p);
        return new DeformConv2dTrace(x, w, offset, mask, b, p);
    }

    /**
     * {@link DepthwiseSeparable}: the stage {@value #DEPTHWISE} (a {@link #conv2d} with one group per input
     * channel, its output {@code [Cin*m, Ho, Wo]}), then the stage {@value #POINTWISE} (a 1x1 {@link #conv2d} over
     * the depthwise output). A pointwise step computes the depthwise values it reads from their own taps, so no
     * step needs the whole depthwise output.
     */
    public static StagedTrace<WeightedSumStep> depthwiseSeparable(Tensor x, Tensor wDepthwise, Tensor wPointwise,
                                                                  Window2d window) {
        DepthwiseSeparable.outputShape(shapeOf(x), shapeOf(wDepthwise), shapeOf(wPointwise), window);
        Lazy<DepthwiseSeparable.Result> engine = new Lazy<>(() -> DepthwiseSeparable.apply(x, wDepthwise, wPointwise,
                window));
        Conv2dParams depthwiseParams = new Conv2dParams(window, x.dim(0), false);
        Conv2dTrace depthwise = new Conv2dTrace(x.shape(), FeatureMap.of(x), wDepthwise, null, depthwiseParams, false,
                () -> engine.get().depthwise());
        Conv2dTrace pointwise = new Conv2dTrace(depthwise.outputShape(),
                (c, y, xx) -> depthwise.elementStep(c, y, xx).result(), wPointwise, null, Conv2dParams.DEFAULT, false,
                () -> engine.get().y());
        return StagedTrace.of(List.of(new Stage<>(DEPTHWISE, depthwise), new Stage<>(POINTWISE, pointwise)));
    }

    /**
     * MobileNetV2's block, without its activations: the stage {@value #EXPANSION} (a 1x1 {@link #conv2d} from
     * {@code Cin} to {@code Cexp} channels), then {@link #depthwiseSeparable} over its output. {@code wExpand} may be
     * null, for the two stages alone.
     */
    public static StagedTrace<WeightedSumStep> depthwiseSeparable(Tensor x, Tensor wExpand, Tensor wDepthwise,
                                                                  Tensor wPointwise, Window2d window) {
        DepthwiseSeparable.outputShape(shapeOf(x), shapeOf(wExpand), shapeOf(wDepthwise), shapeOf(wPointwise), window);
        if (wExpand == null) {
            return depthwiseSeparable(x, wDepthwise, wPointwise, window);
        }
        Trace<WeightedSumStep> expansion = conv2d(x, wExpand, null, Conv2dParams.DEFAULT);
        List<Stage<? extends WeightedSumStep>> stages = new ArrayList<>();
        stages.add(new Stage<>(EXPANSION, expansion));
        stages.addAll(depthwiseSeparable(expansion.output(), wDepthwise, wPointwise, window).stages());
        return StagedTrace.of(stages);
    }

    /**
     * {@link SpatiallySeparable}: the stage {@value #COLUMN} (a {@code kH x 1} {@link #conv2d} with the window's
     * vertical stride, pads and dilation, its output {@code [Cmid, Ho, W]}), then the stage {@value #ROW} (a
     * {@code 1 x kW} {@link #conv2d} over the column stage's output with the horizontal ones). A row step computes
     * the column values it reads from their own taps, so no step needs the whole middle map.
     */
    public static StagedTrace<WeightedSumStep> spatiallySeparable(Tensor x, Tensor wColumn, Tensor wRow,
                                                                  Window2d window) {
        SpatiallySeparable.middleShape(shapeOf(x), shapeOf(wColumn), shapeOf(wRow), window);
        Lazy<SpatiallySeparable.Result> engine = new Lazy<>(() -> SpatiallySeparable.apply(x, wColumn, wRow, window));
        return StagedTrace.of(columnThenRow(x.shape(), FeatureMap.of(x), wColumn, wRow, window,
                () -> engine.get().middle(), () -> engine.get().y()));
    }

    /**
     * The stages {@value #COLUMN} and {@value #ROW} of {@link SpatiallySeparable} over {@code input} of shape
     * {@code inputShape}: the row steps compute the column values they read from their own taps.
     *
     * @param middle the column step's whole output as the engine computes it
     * @param y      the row step's whole output as the engine computes it
     */
    private static List<Stage<? extends WeightedSumStep>> columnThenRow(int[] inputShape, FeatureMap input,
                                                                        Tensor wColumn, Tensor wRow, Window2d window,
                                                                        Supplier<Tensor> middle, Supplier<Tensor> y) {
        Conv2dTrace column = new Conv2dTrace(inputShape, input, wColumn, null, SpatiallySeparable.columnStep(window),
                false, middle);
        Conv2dTrace row = new Conv2dTrace(column.outputShape(), (c, yy, xx) -> column.elementStep(c, yy, xx).result(),
                wRow, null, SpatiallySeparable.rowStep(window), false, y);
        return List.of(new Stage<>(COLUMN, column), new Stage<>(ROW, row));
    }

    /**
     * {@link Flattened}: the stage {@value #CHANNEL} (a 1x1 {@link #conv2d} across the input channels, its output
     * {@code [C1, H, W]}), the stage {@value #COLUMN} (a {@code kH x 1} {@link #conv2d} over it with the window's
     * vertical stride, pads and dilation, its output {@code [C2, Ho, W]}), then the stage {@value #ROW} (a
     * {@code 1 x kW} {@link #conv2d} over that with the horizontal ones). A step computes the values it reads from the
     * stage before from their own taps, so no step needs a whole intermediate map.
     */
    public static StagedTrace<WeightedSumStep> flattened(Tensor x, Tensor wChannel, Tensor wColumn, Tensor wRow,
                                                         Window2d window) {
        Flattened.mixedShape(shapeOf(x), shapeOf(wChannel), shapeOf(wColumn), shapeOf(wRow), window);
        Lazy<Flattened.Result> engine = new Lazy<>(() -> Flattened.apply(x, wChannel, wColumn, wRow, window));
        Conv2dTrace channel = new Conv2dTrace(x.shape(), FeatureMap.of(x), wChannel, null, Flattened.CHANNEL_STEP,
                false, () -> engine.get().mixed());
        List<Stage<? extends WeightedSumStep>> stages = new ArrayList<>(List.of(new Stage<>(CHANNEL, channel)));
        stages.addAll(columnThenRow(channel.outputShape(), (c, y, xx) -> channel.elementStep(c, y, xx).result(),
                wColumn, wRow, window, () -> engine.get().middle(), () -> engine.get().y()));
        return StagedTrace.of(stages);
    }

    /**
     * {@link SqueezeExcitation} in four stages: {@value #SQUEEZE}, the channel means as a global average pooling
     * (output {@code [C, 1, 1]}; its divisions are not counted as multiplies); {@value #REDUCE}, the first dense
     * layer and the ReLU ({@code [C/r]}); {@value #EXPAND}, the second dense layer and the sigmoid ({@code [C]});
     * {@value #SCALE}, every element of {@code x} times its channel's factor ({@code [C, H, W]}, reading {@code x}).
     *
     * <p>Every stage after the first reads the whole of the one before, so the operation itself runs (once, in one
     * pass over {@code x}) when the trace is made; the dense layers' inputs are the engine's numbers.
     */
    public static StagedTrace<Step> squeezeExcitation(Tensor x, Tensor w1, Tensor b1, Tensor w2, Tensor b2) {
        SqueezeExcitation.Result engine = SqueezeExcitation.apply(x, w1, b1, w2, b2);
        int channels = x.dim(0);
        Pool2dParams wholeChannel = new Pool2dParams(x.dim(1), x.dim(2), 1, 1, Pads2d.NONE);
        Tensor squeezed = engine.squeezed().reshape(channels, 1, 1);
        return StagedTrace.of(List.of(
                new Stage<>(SQUEEZE, new Pool2dTrace(x, wholeChannel, Pooling.AVERAGE, false, 0, () -> squeezed)),
                new Stage<>(REDUCE, new DenseTrace(engine.squeezed(), w1, b1, Activation.RELU, engine::hidden)),
                new Stage<>(EXPAND, new DenseTrace(engine.hidden(), w2, b2, Activation.SIGMOID, engine::scale)),
                new Stage<>(SCALE, new ChannelScaleTrace(x, engine.scale(), engine::y))));
    }

    private static int[] shapeOf(Tensor t) {
        return t == null ? null : t.shape();
    }
}
