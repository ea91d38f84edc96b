package org.convatlas.compute.trace;

import java.util.BitSet;
import java.util.function.Supplier;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;

/**
 * The steps of {@link Conv2d}: one per output element {@code (co, oy, ox)}, row-major over {@code [Cout, Ho, Wo]}.
 * The taps of a step run over the input channels of {@code co}'s group, then the window's rows, then its columns;
 * window cell {@code (i, j)} reads input cell {@code (oy*sH - top + i*dH, ox*sW - left + j*dW)} (padding outside the
 * input) and multiplies it by {@code w[co, ci - group*Cin/groups, i', j']}, with {@code (i', j') = (i, j)}, or
 * {@code (kH-1-i, kW-1-j)} when the kernel is flipped. Every step has {@code (Cin/groups)*kH*kW} multiplies.
 *
 * <p>When dilation holes are shown, every cell of the dilated window {@code reachH x reachW} is a tap, row-major:
 * those between kernel taps are {@link TapSource.DilationHole}s that multiply nothing.
 */
final class Conv2dTrace extends GridTrace<WeightedSumStep> implements WindowReaders {

    private final FeatureMap input;
    private final int height;
    private final int width;
    private final Kernel2d kernel;
    private final int coutPerGroup;
    private final Bias bias;
    private final Window2d window;
    private final boolean flip;
    private final boolean showHoles;

    /**
     * @param inputShape {@code [Cin, H, W]} of {@code input}
     * @param w          the weights {@code [Cout, Cin/groups, kH, kW]}
     * @param b          the bias {@code [Cout]}, or null
     * @param p          parameters already checked against the shapes
     * @param engine     the whole output as the engine computes it
     */
    Conv2dTrace(int[] inputShape, FeatureMap input, Tensor w, Tensor b, Conv2dParams p, boolean showHoles,
                Supplier<Tensor> engine) {
        super(Conv2d.outputShape(inputShape, w.shape(), p), w.dim(1) * w.dim(2) * w.dim(3), engine);
        this.input = input;
        this.height = inputShape[1];
        this.width = inputShape[2];
        this.kernel = Kernel2d.of(w);
        this.coutPerGroup = w.dim(0) / p.groups();
        this.bias = Bias.of(b);
        this.window = p.window();
        this.flip = p.flip();
        this.showHoles = showHoles;
    }

    @Override
    WeightedSumStep stepAt(Coordinates at) {
        return elementStep(at.get(0), at.get(1), at.get(2));
    }

    /** The step of output element {@code (co, oy, ox)}. */
    WeightedSumStep elementStep(int co, int oy, int ox) {
        int cinPerGroup = kernel.inner();
        int kh = kernel.height();
        int kw = kernel.width();
        int dh = window.dilationH();
        int dw = window.dilationW();
        // Window cells visited per axis: every cell of the dilated window, or only the kernel taps.
        int rows = showHoles ? ConvArithmetic.reach(kh, dh) : kh;
        int columns = showHoles ? ConvArithmetic.reach(kw, dw) : kw;
        int rowStep = showHoles ? 1 : dh;
        int columnStep = showHoles ? 1 : dw;
        int firstRow = window.inputRow(oy, 0);
        int firstColumn = window.inputColumn(ox, 0);
        int group = co / coutPerGroup;
        WeightedSum sum = new WeightedSum(cinPerGroup * rows * columns);
        for (int cg = 0; cg < cinPerGroup; cg++) {
            int ci = group * cinPerGroup + cg;
            for (int u = 0; u < rows; u++) {
                int rowOffset = u * rowStep;
                int iy = firstRow + rowOffset;
                for (int v = 0; v < columns; v++) {
                    int columnOffset = v * columnStep;
                    int ix = firstColumn + columnOffset;
                    Coordinates cell = Coordinates.of(ci, iy, ix);
                    if (rowOffset % dh != 0 || columnOffset % dw != 0) {
                        sum.addHole(cell);
                        continue;
                    }
                    int i = flip ? kh - 1 - rowOffset / dh : rowOffset / dh;
                    int j = flip ? kw - 1 - columnOffset / dw : columnOffset / dw;
                    float weight = kernel.at(co, cg, i, j);
                    Coordinates weightAt = Coordinates.of(co, cg, i, j);
                    if (iy >= 0 && iy < height && ix >= 0 && ix < width) {
                        sum.add(new TapSource.Input(cell), weightAt, input.valueAt(ci, iy, ix), weight);
                    } else {
                        sum.add(new TapSource.Padding(cell), weightAt, 0, weight);
                    }
                }
            }
        }
        return sum.finish(Coordinates.of(co, oy, ox), bias.of(co), Activation.NONE, multipliesPerStep());
    }

    /**
     * The steps of the output channels of the cell's group at the rows and columns whose window has a kernel tap on
     * the cell ({@link ConvArithmetic#positionsReading}); a dilation hole is no tap.
     */
    @Override
    public BitSet readersOf(Coordinates cell) {
        int[] out = outputShape();
        int[] rows = ConvArithmetic.positionsReading(cell.get(1), out[1], window.strideH(), window.pads().top(),
                kernel.height(), window.dilationH());
        int[] columns = ConvArithmetic.positionsReading(cell.get(2), out[2], window.strideW(), window.pads().left(),
                kernel.width(), window.dilationW());
        int group = cell.get(0) / kernel.inner();
        BitSet readers = new BitSet();
        for (int co = group * coutPerGroup; co < (group + 1) * coutPerGroup; co++) {
            for (int oy : rows) {
                for (int ox : columns) {
                    readers.set((co * out[1] + oy) * out[2] + ox);
                }
            }
        }
        return readers;
    }
}
