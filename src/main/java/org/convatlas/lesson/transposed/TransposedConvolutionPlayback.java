package org.convatlas.lesson.transposed;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.ScatterStep;
import org.convatlas.compute.trace.ScatterTrace;
import org.convatlas.compute.trace.ScatterWrite;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.compute.trace.ZeroInsertedGrid;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.HitMappedFigure;
import org.convatlas.render.PairedFigure;
import org.convatlas.render.Role;
import org.convatlas.render.grid.GridCell;
import org.convatlas.render.grid.SlidingWindow;

/**
 * The playback of a single-channel transposed convolution in one of its {@link TransposedView pictures}. Zero
 * insertion and both side by side step through the output cells (the engine's gather trace, the same cell gathered
 * from its stamps on the right); scatter steps through the input cells (the scatter trace). Pointing at an output cell
 * shows how it is computed; pointing at an input cell shows its stamp, and the outputs whose windows read it. Every
 * number comes from {@link Traces#convTranspose2dGather}, {@link Traces#convTranspose2dScatter},
 * {@link ZeroInsertedGrid}, {@link ConvTranspose2dParams#cutAway} and {@link Counts}.
 */
public final class TransposedConvolutionPlayback implements Playback {

    private final TransposedView view;
    private final Trace<WeightedSumStep> gather;
    private final ScatterTrace scatter;
    private final ZeroInsertedGrid grid;
    private final SlidingWindow zeroInsertion;
    private final Scatter stamps;
    private final int[] outputShape;
    private final int inputColumns;
    private final long useful;
    private final long implied;
    private final double wasted;
    private final String formula;

    /**
     * Prepares the playback (computing the whole output, so call it off the JavaFX thread).
     *
     * @throws InvalidArgumentException if the engine refuses the arguments, or the padding is more than
     *                                  {@code d·(k − 1)} (the zero-insertion picture would have to crop its grid)
     */
    public TransposedConvolutionPlayback(TransposedConvolution convolution, TransposedView view) {
        this.view = view;
        Tensor x = convolution.input();
        Tensor w = convolution.weights();
        Kernel kernel = convolution.kernel();
        ConvTranspose2dParams p = convolution.params();
        this.gather = Traces.convTranspose2dGather(x, w, null, p);
        this.scatter = Traces.convTranspose2dScatter(x, w, null, p);
        this.grid = ZeroInsertedGrid.of(x.shape(), w.shape(), p);
        this.outputShape = gather.outputShape();
        this.inputColumns = x.dim(2);
        this.useful = Counts.convTranspose2dProductsInOutput(x.shape(), w.shape(), p);
        this.implied = Counts.convTranspose2dZeroInsertion(x.shape(), w.shape(), p);
        this.wasted = Counts.convTranspose2dWastedShare(x.shape(), w.shape(), p);
        this.formula = TransposedOutputSizeFormula.latex(x.dim(1), x.dim(2), kernel.rows(), kernel.columns(), p,
                outputShape[1], outputShape[2]);
        Tensor output = gather.output();
        Message outputCaption = Message.of("figure.output", outputShape[1], outputShape[2]);
        this.zeroInsertion = new SlidingWindow(grid.insert(x), w,
                new Window2d(1, 1, grid.border(), p.window().dilationH(), p.window().dilationW()), true, output,
                new SlidingWindow.Captions(Message.of("figure.zeroInserted", grid.height(), grid.width()),
                        Message.of("figure.kernel", kernel.rows(), kernel.columns()),
                        Message.of("figure.kernelFlipped"), outputCaption),
                (r, c) -> grid.isInput(r, c) ? Role.INPUT : Role.INSERTED_ZERO, grid::cellOf);
        this.stamps = new Scatter(x, w, output, p.cutAway(), new Scatter.Captions(
                Message.of("figure.input", x.dim(1), x.dim(2)), Message.of("figure.kernel", kernel.rows(),
                kernel.columns()), outputCaption));
    }

    /** The picture shown. */
    public TransposedView view() {
        return view;
    }

    /** The gather trace the zero-insertion picture plays. */
    public Trace<WeightedSumStep> gather() {
        return gather;
    }

    /** The scatter trace the scatter picture plays. */
    public ScatterTrace scatter() {
        return scatter;
    }

    /** The scatter trace in the scatter picture; the gather trace in the zero-insertion picture and in both. */
    @Override
    public Optional<Trace<?>> playedTrace() {
        return Optional.of(played());
    }

    private Trace<?> played() {
        return view == TransposedView.SCATTER ? scatter : gather;
    }

    @Override
    public long stepCount() {
        return view == TransposedView.SCATTER ? scatter.stepCount() : gather.stepCount();
    }

    @Override
    public Frame frame(long step) {
        return switch (view) {
            case ZERO_INSERTION -> frame(zeroInsertion(gather.step(step), step), step);
            case SCATTER -> frame(stamps.stamp(scatter.step(step), scatter.partialOutputAfter(step)), step);
            case BOTH -> {
                WeightedSumStep shown = gather.step(step);
                yield frame(new PairedFigure(zeroInsertion(shown, step), stamps.gathered(shown, step)), step);
            }
        };
    }

    /**
     * An output cell: how it is computed, as the step that writes it (scatter: gathered from the stamps that reach it).
     * An input cell: its stamp, and (zero insertion) the outputs whose windows read it.
     */
    @Override
    public Frame probe(long step, Hit hit) {
        int row = hit.at().get(1);
        int column = hit.at().get(2);
        if (hit.role() == Role.OUTPUT) {
            long cell = hit.at().flatIndexIn(outputShape);
            return view == TransposedView.SCATTER ? frame(stamps.gathered(gather.step(cell), cell), step)
                    : frame(cell);
        }
        if (hit.role() != Role.INPUT) {
            return frame(step);
        }
        long cell = (long) row * inputColumns + column;
        ScatterStep stamp = scatter.step(cell);
        return switch (view) {
            case SCATTER -> frame(cell);
            case ZERO_INSERTION -> frame(readers(stamp, step), step);
            case BOTH -> frame(new PairedFigure(readers(stamp, step),
                    stamps.stamp(stamp, scatter.partialOutputAfter(cell))), step);
        };
    }

    /** The zero-insertion figure of a gather step, answering the pointer in input coordinates. */
    private Figure zeroInsertion(WeightedSumStep shown, long step) {
        return inInputTerms(zeroInsertion.step(shown, step));
    }

    /** The outputs whose windows read the input cell of {@code stamp}: the cells its stamp writes and keeps. */
    private Figure readers(ScatterStep stamp, long step) {
        BitSet outputs = new BitSet();
        for (ScatterWrite write : stamp.writes()) {
            if (!write.cropped()) {
                outputs.set((int) write.output().flatIndexIn(outputShape));
            }
        }
        Coordinates at = grid.cellOf(new TapSource.Input(stamp.input()));
        return inInputTerms(zeroInsertion.readers(new GridCell(at.get(1), at.get(2)), outputs, step));
    }

    /** The zero-inserted grid's input cells named by their input coordinates; its zeros and border answer nothing. */
    private Figure inInputTerms(Figure figure) {
        return new HitMappedFigure(figure, hit -> {
            if (hit.role() != Role.INPUT) {
                return Optional.of(hit);
            }
            int uy = hit.at().get(1);
            int ux = hit.at().get(2);
            return grid.isInput(uy, ux) ? Optional.of(new Hit(Role.INPUT, grid.inputAt(0, uy, ux)))
                    : Optional.empty();
        });
    }

    private Frame frame(Figure figure, long step) {
        return new Frame(figure, counts(step), formula);
    }

    /**
     * Multiplications so far of the picture played, the useful ones (the products that land in the output), those
     * the zero-insertion picture implies and the share of those wasted on zeros, the output size and the
     * zero-inserted grid.
     */
    private List<Message> counts(long step) {
        Trace<?> played = played();
        return List.of(
                Message.of("counts.multiplies", played.multipliesAfter(step), played.totalMultiplies()),
                Message.of("counts.transposed.useful", useful),
                Message.of("counts.transposed.implied", implied),
                Message.of("counts.transposed.wasted", wasted),
                Message.of("counts.outputSize", outputShape[1], outputShape[2]),
                Message.of("counts.transposed.grid", grid.height(), grid.width(), grid.top(), grid.left(),
                        grid.bottom(), grid.right()));
    }
}
