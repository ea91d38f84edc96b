package org.convatlas.lesson.deformable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convatlas.compute.BilinearSample;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.DeformOffsets;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.OffsetEdits;
import org.convatlas.lesson.OffsetEditsParameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.render.GridPoint;
import org.convatlas.render.Handle;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;

/**
 * The playback of a {@link DeformableConvolution}: one step per output position, row-major, the engine's trace
 * ({@link Traces#deformConv2d}). A step shows that position's taps, each sampling point and its arrow from the regular
 * cell, one tap's bilinear interpolation (the first that samples between cells, or the tap last set by hand there),
 * the sum, and the offsets of every other position as a field of arrows. Pointing at an output shows its position
 * without the field; at a kernel cell, that tap's interpolation. Dragging a sampling point sets that tap's offset by
 * hand. The counts card splits the multiplications into the taps' products and the interpolation's, against the plain
 * convolution of the same size.
 */
final class DeformablePlayback implements Playback {

    private static final String KEYS = "lesson." + DeformableConvolutionLesson.ID + ".";
    /** Offsets dragged on the stage go in steps of this much of a cell. */
    static final float DRAG_STEP = 0.05f;

    private final DeformableConvolution convolution;
    private final OffsetEditsParameter editsParameter;
    private final Trace<WeightedSumStep> trace;
    private final int[] outputShape;
    private final OpCount count;
    private final long sampling;
    private final long plain;
    private final DeformableScene scene;

    DeformablePlayback(DeformableConvolution convolution, OffsetEditsParameter editsParameter) {
        this.convolution = convolution;
        this.editsParameter = editsParameter;
        Tensor x = convolution.input();
        Tensor w = convolution.weights();
        boolean masked = convolution.mask() != null;
        this.trace = Traces.deformConv2d(x, w, convolution.offsets(), convolution.mask(), null, convolution.params());
        this.outputShape = trace.outputShape();
        this.count = Counts.deformConv2d(x.shape(), w.shape(), masked, false, convolution.params());
        this.sampling = Counts.deformConv2dSampling(x.shape(), w.shape(), masked, convolution.params());
        this.plain = Counts.conv2d(x.shape(), w.shape(), false,
                Conv2dParams.DEFAULT.withWindow(convolution.window())).multiplies();
        int kh = convolution.kernelRows();
        int kw = convolution.kernelColumns();
        float[] samples = DeformOffsets.samplePositions(convolution.offsets(), convolution.window(), kh, kw);
        float[] regular = DeformOffsets.samplePositions(DeformOffsets.zeros(kh, kw, outputShape[1], outputShape[2]),
                convolution.window(), kh, kw);
        this.scene = new DeformableScene(convolution, trace.output(), samples, regular);
    }

    @Override
    public long stepCount() {
        return trace.stepCount();
    }

    @Override
    public Optional<Trace<?>> playedTrace() {
        return Optional.of(trace);
    }

    /** The convolution played. */
    DeformableConvolution convolution() {
        return convolution;
    }

    @Override
    public Frame frame(long step) {
        WeightedSumStep shown = trace.step(step);
        return frame(step, shown, focusOf(shown), true);
    }

    /** An output: its position without the field. A kernel cell: that tap's interpolation. */
    @Override
    public Frame probe(long step, Hit hit) {
        long shown = shownStep(step, hit);
        WeightedSumStep at = trace.step(shown);
        if (hit.role() == Role.KERNEL && hit.at().get(0) == 0) {
            int tap = hit.at().get(1) * convolution.kernelColumns() + hit.at().get(2);
            return frame(shown, at, tap, false);
        }
        return frame(shown, at, focusOf(at), hit.role() != Role.OUTPUT);
    }

    @Override
    public long shownStep(long step, Hit hit) {
        if (hit != null && hit.role() == Role.OUTPUT) {
            int row = hit.at().get(1);
            int column = hit.at().get(2);
            if (row >= 0 && row < outputShape[1] && column >= 0 && column < outputShape[2]) {
                return (long) row * outputShape[2] + column;
            }
        }
        return step;
    }

    /**
     * The dragged tap (the handle's number) of the output position shown, its offset set to where the pointer is
     * from its regular cell, in steps of {@link #DRAG_STEP}; its mask kept.
     */
    @Override
    public Optional<ParameterValues> dragged(ParameterValues values, long step, Hit hit, Handle handle, GridPoint to) {
        long shown = shownStep(step, hit);
        int kw = convolution.kernelColumns();
        WeightedSumStep at = trace.step(shown);
        if (handle.id() < 0 || handle.id() >= at.taps().size()) {
            return Optional.empty();
        }
        TapSource.Bilinear source = (TapSource.Bilinear) at.taps().get(handle.id()).source();
        float dy = snapped(to.row() - source.regular().get(1));
        float dx = snapped(to.column() - source.regular().get(2));
        OffsetEdits.Edit edit = new OffsetEdits.Edit(at.output().get(1), at.output().get(2), handle.id() / kw,
                handle.id() % kw, dy, dx, source.mask());
        return Optional.of(values.with(editsParameter, values.get(editsParameter).with(edit)));
    }

    private static float snapped(double offset) {
        return Math.round(offset / DRAG_STEP) * DRAG_STEP;
    }

    /** The tap last set by hand at the step's position, else its first tap that samples between cells, else 0. */
    private int focusOf(WeightedSumStep step) {
        int row = step.output().get(1);
        int column = step.output().get(2);
        Optional<OffsetEdits.Edit> edited = convolution.edits().lastAt(row, column);
        if (edited.isPresent() && edited.get().tapRow() < convolution.kernelRows()
                && edited.get().tapColumn() < convolution.kernelColumns()) {
            return edited.get().tapRow() * convolution.kernelColumns() + edited.get().tapColumn();
        }
        List<Tap> taps = step.taps();
        for (int t = 0; t < taps.size(); t++) {
            BilinearSample sample = ((TapSource.Bilinear) taps.get(t).source()).sample();
            if (sample.rowFraction() != 0 || sample.columnFraction() != 0) {
                return t;
            }
        }
        return 0;
    }

    private Frame frame(long step, WeightedSumStep shown, int focus, boolean field) {
        return new Frame(scene.figure(step, shown, focus, field), counts(step, shown, focus), formula(shown));
    }

    /**
     * Multiplications so far of the total; of the total, the taps' products and the interpolation's; the plain
     * convolution; the output size; the focused tap's offset and mask.
     */
    private List<Message> counts(long step, WeightedSumStep shown, int focus) {
        boolean masked = convolution.mask() != null;
        Tap tap = shown.taps().get(focus);
        TapSource.Bilinear source = (TapSource.Bilinear) tap.source();
        int kw = convolution.kernelColumns();
        List<Message> lines = new ArrayList<>(List.of(
                Message.of("counts.multiplies", trace.multipliesAfter(step), trace.totalMultiplies()),
                Message.of(KEYS + "counts.split", count.multiplies() - sampling, sampling, masked ? 5 : 4),
                Message.of(KEYS + "counts.plain", plain),
                Message.of("counts.outputSize", outputShape[1], outputShape[2]),
                Message.of(KEYS + "counts.tap", focus / kw, focus % kw, shown.output().get(1), shown.output().get(2),
                        NumberText.of(source.sample().y() - source.regular().get(1)),
                        NumberText.of(source.sample().x() - source.regular().get(2)),
                        NumberText.of(source.mask()))));
        return lines;
    }

    /** The definition with the step's output: the sum over the deformed taps, and the bilinear sample. */
    private String formula(WeightedSumStep shown) {
        int taps = shown.taps().size();
        String mask = convolution.mask() != null ? "\\,m_k" : "";
        return "\\begin{array}{l} y[" + shown.output().get(1) + "," + shown.output().get(2) + "]=\\sum_{k=1}^{"
                + taps + "}w_k" + mask + "\\,x(p_0+p_k+\\Delta p_k) \\\\ x(p)=\\sum_q\\max(0,1-|q_y-p_y|)"
                + "\\max(0,1-|q_x-p_x|)\\,x(q) \\end{array}";
    }
}
