package org.convatlas.compute.trace;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;

/**
 * The scatter form of {@link ConvTranspose2d}: one step per input element {@code (ci, iy, ix)}, row-major over
 * {@code [Cin, H, W]}. The step multiplies the element by every weight {@code w[ci, co', a, b]} of the
 * {@code Cout/groups} output channels {@code co = group*Cout/groups + co'} of its group and adds each product to
 * output cell {@code (co, iy*sH - top + a*dH, ix*sW - left + b*dW)}; cells outside the output are the cut-away
 * padding. Every step has {@code (Cout/groups)*kH*kW} multiplies,
 * {@link org.convatlas.compute.Counts#convTranspose2d} in all.
 *
 * <p>The value of an output cell after step {@code s} is its bias plus the products of the input elements up to
 * {@code s} that reach it: for each tap {@code a} the input row is the one at {@code oy + top - a*dH} of the
 * {@link ZeroInsertedAxis zero-inserted grid}, if any (likewise for columns), so a cell's value takes
 * {@code (Cin/groups)*kH*kW} steps to find, whatever {@code s}.
 */
final class ConvTranspose2dScatterTrace extends GridTrace<ScatterStep> implements ScatterTrace {

    private final TransposedConvolution conv;
    private final int[] outputShape;

    ConvTranspose2dScatterTrace(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        super(x.shape(), ConvTranspose2d.outputShape(x, w, b, p), w.dim(1) * w.dim(2) * w.dim(3),
                () -> ConvTranspose2d.apply(x, w, b, p));
        this.conv = TransposedConvolution.of(x, w, b, p);
        this.outputShape = outputShape();
    }

    @Override
    ScatterStep stepAt(Coordinates at) {
        int ci = at.get(0), iy = at.get(1), ix = at.get(2);
        int index = conv.inputIndex(ci, iy, ix); // also the step's index
        float value = conv.input()[index];
        int group = ci / conv.cinPerGroup();
        Window2d window = conv.window();
        Kernel2d kernel = conv.kernel();
        List<ScatterWrite> writes = new ArrayList<>(multipliesPerStep());
        for (int coInGroup = 0; coInGroup < conv.coutPerGroup(); coInGroup++) {
            int co = group * conv.coutPerGroup() + coInGroup;
            for (int a = 0; a < kernel.height(); a++) {
                int oy = ConvArithmetic.tapPosition(iy, window.strideH(), window.pads().top(), a, window.dilationH());
                for (int b = 0; b < kernel.width(); b++) {
                    int ox = ConvArithmetic.tapPosition(ix, window.strideW(), window.pads().left(), b,
                            window.dilationW());
                    float weight = kernel.at(ci, coInGroup, a, b);
                    writes.add(new ScatterWrite(Coordinates.of(co, oy, ox), !insideOutput(oy, ox),
                            Coordinates.of(ci, coInGroup, a, b), weight, value * weight, valueAfter(index, co, oy, ox)));
                }
            }
        }
        return new ScatterStep(at, value, writes, multipliesPerStep());
    }

    private boolean insideOutput(int oy, int ox) {
        return oy >= 0 && oy < outputShape[1] && ox >= 0 && ox < outputShape[2];
    }

    @Override
    public Tensor partialOutputAfter(long index) {
        StepIndex.check(index, stepCount());
        Tensor partial = Tensor.zeros(outputShape);
        float[] data = partial.data();
        int q = 0;
        for (int co = 0; co < outputShape[0]; co++) {
            for (int oy = 0; oy < outputShape[1]; oy++) {
                for (int ox = 0; ox < outputShape[2]; ox++) {
                    data[q++] = valueAfter(index, co, oy, ox);
                }
            }
        }
        return partial;
    }

    /**
     * Output cell {@code (co, oy, ox)} once steps {@code 0 ... index} have played (a cell of the cut-away padding
     * included): the bias plus the products written to it so far, summed in {@code double}.
     */
    private float valueAfter(long index, int co, int oy, int ox) {
        int group = co / conv.coutPerGroup();
        int coInGroup = co - group * conv.coutPerGroup();
        Window2d window = conv.window();
        Kernel2d kernel = conv.kernel();
        ZeroInsertedAxis rows = conv.rows();
        ZeroInsertedAxis columns = conv.columns();
        int fy = oy + window.pads().top();
        int fx = ox + window.pads().left();
        double sum = conv.bias().of(co);
        for (int cg = 0; cg < conv.cinPerGroup(); cg++) {
            int ci = group * conv.cinPerGroup() + cg;
            for (int a = 0; a < kernel.height(); a++) {
                int uy = fy - a * window.dilationH();
                for (int b = 0; b < kernel.width(); b++) {
                    int ux = fx - b * window.dilationW();
                    if (rows.isInput(uy) && columns.isInput(ux)) {
                        int element = conv.inputIndex(ci, rows.inputAt(uy), columns.inputAt(ux));
                        if (element <= index) {
                            sum += conv.input()[element] * kernel.at(ci, coInGroup, a, b);
                        }
                    }
                }
            }
        }
        return (float) sum;
    }
}
