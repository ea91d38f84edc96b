package org.convatlas.lesson.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.TapReaders;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.grid.GridCell;
import org.convatlas.render.grid.SlidingWindow;

/**
 * The playback of a single-channel 2-D convolution: one step per output element, row-major, each drawn as a
 * {@link org.convatlas.render.grid.SlidingWindowFigure} from the engine's trace ({@link Traces#conv2dWithDilationHoles},
 * dilation holes shown, or the trace of a stage of a larger operation it is given), with the counts card
 * (multiplications so far of the total, parameters, output size, and any lines the lesson adds) and the lesson's
 * formula. Pointing at an output cell shows the step that writes it; pointing at an input cell marks every output that
 * reads it. Every number comes from the trace and {@link Counts#conv2d}.
 */
public final class SlidingWindowPlayback implements Playback {

    private final Trace<? extends WeightedSumStep> trace;
    private final SlidingWindow scene;
    private final int[] outputShape;
    private final OpCount count;
    private final List<Message> extraCounts;
    private final Function<WeightedSumStep, String> formula;
    private final TapReaders readers;

    /**
     * Prepares the playback (computing the whole output, so call it off the JavaFX thread).
     *
     * @param convolution  what to convolve, and how
     * @param rotatedShown whether the figure shows the kernel rotated by 180° and joins the taps to it
     * @param formula      the LaTeX formula the inspector shows at a step
     * @param extraCounts  lines the counts card shows after the common ones
     * @throws org.convatlas.compute.InvalidArgumentException if the engine refuses the arguments
     */
    public SlidingWindowPlayback(SingleChannelConv2d convolution, boolean rotatedShown,
                                 Function<WeightedSumStep, String> formula, List<Message> extraCounts) {
        this(convolution, rotatedShown, false, formula, extraCounts);
    }

    /**
     * As {@link #SlidingWindowPlayback(SingleChannelConv2d, boolean, Function, List)}, with the kernel drawn spread
     * at its dilation, its holes hatched, when {@code kernelSpread}.
     */
    public SlidingWindowPlayback(SingleChannelConv2d convolution, boolean rotatedShown, boolean kernelSpread,
                                 Function<WeightedSumStep, String> formula, List<Message> extraCounts) {
        this(convolution, Traces.conv2dWithDilationHoles(convolution.input(), convolution.weights(), null,
                convolution.params()), rotatedShown, kernelSpread, captions(convolution), formula, extraCounts);
    }

    /**
     * The playback of a convolution that is one part of a larger operation: the steps of {@code trace}, the engine's
     * trace of {@code convolution} (for example a stage of a staged trace), under the captions the operation gives its
     * grids (for example "Intermediate 3×5" over an output that the next part reads).
     *
     * @throws org.convatlas.compute.InvalidArgumentException if the engine refuses the arguments
     */
    public SlidingWindowPlayback(SingleChannelConv2d convolution, Trace<? extends WeightedSumStep> trace,
                                 SlidingWindow.Captions captions, Function<WeightedSumStep, String> formula,
                                 List<Message> extraCounts) {
        this(convolution, trace, false, false, captions, formula, extraCounts);
    }

    private SlidingWindowPlayback(SingleChannelConv2d convolution, Trace<? extends WeightedSumStep> trace,
                                  boolean rotatedShown, boolean kernelSpread, SlidingWindow.Captions captions,
                                  Function<WeightedSumStep, String> formula, List<Message> extraCounts) {
        Tensor input = convolution.input();
        Conv2dParams params = convolution.params();
        Tensor weights = convolution.weights();
        this.trace = trace;
        this.outputShape = trace.outputShape();
        this.count = Counts.conv2d(input.shape(), weights.shape(), false, params);
        this.formula = formula;
        this.extraCounts = List.copyOf(extraCounts);
        int rows = input.dim(1);
        int columns = input.dim(2);
        this.scene = new SlidingWindow(input, weights, params.window(), rotatedShown, kernelSpread, trace.output(),
                captions);
        Pads2d pads = params.window().pads();
        this.readers = new TapReaders(trace, Coordinates.of(0, -pads.top(), -pads.left()), 1,
                pads.top() + rows + pads.bottom(), pads.left() + columns + pads.right());
    }

    /** "Input 5×5", "Kernel 3×3", "Kernel rotated 180°", "Output 3×3". */
    private static SlidingWindow.Captions captions(SingleChannelConv2d convolution) {
        Tensor input = convolution.input();
        Kernel kernel = convolution.kernel();
        int[] output = Conv2d.outputShape(input.shape(), convolution.weights().shape(), convolution.params());
        return new SlidingWindow.Captions(Message.of("figure.input", input.dim(1), input.dim(2)),
                Message.of("figure.kernel", kernel.rows(), kernel.columns()), Message.of("figure.kernelRotated"),
                Message.of("figure.output", output[1], output[2]));
    }

    /** The trace the steps come from. */
    public Trace<? extends WeightedSumStep> trace() {
        return trace;
    }

    @Override
    public Optional<Trace<?>> playedTrace() {
        return Optional.of(trace);
    }

    /** The multiplications and parameters of the whole convolution. */
    public OpCount count() {
        return count;
    }

    @Override
    public long stepCount() {
        return trace.stepCount();
    }

    @Override
    public Frame frame(long step) {
        WeightedSumStep shown = trace.step(step);
        return new Frame(scene.step(shown, step), counts(step), formula.apply(shown));
    }

    /** An output cell: the frame of the step that writes it. An input cell: the outputs that read it, marked. */
    @Override
    public Frame probe(long step, Hit hit) {
        if (hit.role() == Role.OUTPUT) {
            return frame(hit.at().flatIndexIn(outputShape));
        }
        if (hit.role() == Role.INPUT) {
            GridCell cell = new GridCell(hit.at().get(1), hit.at().get(2));
            return new Frame(scene.readers(cell, readers.of(hit.at()), step), counts(step),
                    formula.apply(trace.step(step)));
        }
        return frame(step);
    }

    /** Multiplications so far of the total, parameters, output size, then the lesson's own lines. */
    private List<Message> counts(long step) {
        List<Message> lines = new ArrayList<>(List.of(
                Message.of("counts.multiplies", trace.multipliesAfter(step), count.multiplies()),
                Message.of("counts.parameters", count.parameters()),
                Message.of("counts.outputSize", outputShape[1], outputShape[2])));
        lines.addAll(extraCounts);
        return lines;
    }
}
