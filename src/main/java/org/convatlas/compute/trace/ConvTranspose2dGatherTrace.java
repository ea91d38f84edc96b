package org.convatlas.compute.trace;

import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;

/**
 * The gather form of {@link ConvTranspose2d}: the direct convolution, at stride 1, of the flipped kernel over the
 * zero-inserted input (see {@link ZeroInsertedAxis}) padded by {@code dH*(kH-1) - top} rows above (likewise for the
 * other sides; a negative padding crops). One step per output element {@code (co, oy, ox)}, row-major over
 * {@code [Cout, Ho, Wo]}; its taps run over the input channels {@code ci} of {@code co}'s group, then the window's
 * rows {@code i}, then its columns {@code j}. Window cell {@code (i, j)} lies at
 * {@code (uy, ux) = (oy + top - a*dH, ox + left - b*dW)} of the zero-inserted grid, {@code (a, b) = (kH-1-i, kW-1-j)},
 * and multiplies it by {@code w[ci, co - group*Cout/groups, a, b]}: an input cell where {@code uy} and {@code ux} are
 * multiples of the stride, an inserted zero elsewhere inside the grid, padding outside it.
 *
 * <p>Every step has {@code (Cin/groups)*kH*kW} multiplies, most of them with zeros:
 * {@link org.convatlas.compute.Counts#convTranspose2dZeroInsertion} in all.
 */
final class ConvTranspose2dGatherTrace extends GridTrace<WeightedSumStep> {

    private final float[] input;
    private final ZeroInsertedAxis rowsAxis;
    private final ZeroInsertedAxis columnsAxis;
    private final float[] weights;
    private final int cinPerGroup;
    private final int coutPerGroup;
    private final int kh;
    private final int kw;
    private final float[] bias;
    private final Window2d window;

    ConvTranspose2dGatherTrace(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        super(ConvTranspose2d.outputShape(x, w, b, p), () -> ConvTranspose2d.apply(x, w, b, p));
        this.input = x.data();
        this.window = p.window();
        this.rowsAxis = new ZeroInsertedAxis(x.dim(1), window.strideH());
        this.columnsAxis = new ZeroInsertedAxis(x.dim(2), window.strideW());
        this.weights = w.data();
        this.cinPerGroup = x.dim(0) / p.groups();
        this.coutPerGroup = w.dim(1);
        this.kh = w.dim(2);
        this.kw = w.dim(3);
        this.bias = b == null ? null : b.data();
    }

    private int multipliesPerStep() {
        return cinPerGroup * kh * kw;
    }

    @Override
    long multipliesThrough(long index) {
        return (index + 1) * multipliesPerStep();
    }

    @Override
    WeightedSumStep stepAt(Coordinates at) {
        int co = at.get(0), oy = at.get(1), ox = at.get(2);
        int group = co / coutPerGroup;
        int coInGroup = co - group * coutPerGroup;
        Pads2d pads = window.pads();
        // Padding of the zero-inserted grid before its first row and column (negative: cropped).
        int padTop = window.dilationH() * (kh - 1) - pads.top();
        int padLeft = window.dilationW() * (kw - 1) - pads.left();
        WeightedSum sum = new WeightedSum(multipliesPerStep());
        for (int cg = 0; cg < cinPerGroup; cg++) {
            int ci = group * cinPerGroup + cg;
            for (int i = 0; i < kh; i++) {
                int uy = ConvArithmetic.tapPosition(oy, 1, padTop, i, window.dilationH());
                int a = kh - 1 - i;
                for (int j = 0; j < kw; j++) {
                    int ux = ConvArithmetic.tapPosition(ox, 1, padLeft, j, window.dilationW());
                    int b = kw - 1 - j;
                    float weight = weights[((ci * coutPerGroup + coInGroup) * kh + a) * kw + b];
                    Coordinates kernel = Coordinates.of(ci, coInGroup, a, b);
                    if (rowsAxis.isInput(uy) && columnsAxis.isInput(ux)) {
                        int iy = rowsAxis.inputAt(uy);
                        int ix = columnsAxis.inputAt(ux);
                        float value = input[(ci * rowsAxis.size() + iy) * columnsAxis.size() + ix];
                        sum.add(new TapSource.Input(Coordinates.of(ci, iy, ix)), kernel, value, weight);
                    } else if (rowsAxis.inside(uy) && columnsAxis.inside(ux)) {
                        sum.add(new TapSource.InsertedZero(Coordinates.of(ci, uy, ux)), kernel, 0, weight);
                    } else {
                        sum.add(new TapSource.Padding(Coordinates.of(ci, uy, ux)), kernel, 0, weight);
                    }
                }
            }
        }
        return sum.finish(Coordinates.of(co, oy, ox), bias == null ? 0 : bias[co], Activation.NONE,
                multipliesPerStep());
    }
}
