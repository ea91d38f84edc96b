package org.convatlas.compute.trace;

import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.ConvTranspose2dParams;
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

    private final TransposedConvolution conv;
    private final ZeroInsertedGrid grid;

    ConvTranspose2dGatherTrace(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        super(ConvTranspose2d.outputShape(x, w, b, p), x.dim(0) / p.groups() * w.dim(2) * w.dim(3),
                () -> ConvTranspose2d.apply(x, w, b, p));
        this.conv = TransposedConvolution.of(x, w, b, p);
        this.grid = ZeroInsertedGrid.of(x.shape(), w.shape(), p);
    }

    @Override
    WeightedSumStep stepAt(Coordinates at) {
        int co = at.get(0), oy = at.get(1), ox = at.get(2);
        int group = co / conv.coutPerGroup();
        int coInGroup = co - group * conv.coutPerGroup();
        Window2d window = conv.window();
        Kernel2d kernel = conv.kernel();
        int kh = kernel.height();
        int kw = kernel.width();
        // Padding of the zero-inserted grid before its first row and column (negative: cropped).
        int padTop = grid.top();
        int padLeft = grid.left();
        WeightedSum sum = new WeightedSum(multipliesPerStep());
        for (int cg = 0; cg < conv.cinPerGroup(); cg++) {
            int ci = group * conv.cinPerGroup() + cg;
            for (int i = 0; i < kh; i++) {
                int uy = ConvArithmetic.tapPosition(oy, 1, padTop, i, window.dilationH());
                int a = kh - 1 - i;
                for (int j = 0; j < kw; j++) {
                    int ux = ConvArithmetic.tapPosition(ox, 1, padLeft, j, window.dilationW());
                    int b = kw - 1 - j;
                    sum.add(source(ci, uy, ux), Coordinates.of(ci, coInGroup, a, b), valueAt(ci, uy, ux),
                            kernel.at(ci, coInGroup, a, b));
                }
            }
        }
        return sum.finish(at, conv.bias().of(co), Activation.NONE, multipliesPerStep());
    }

    /** What lies at {@code (uy, ux)} of channel {@code ci}'s zero-inserted grid. */
    private TapSource source(int ci, int uy, int ux) {
        ZeroInsertedAxis rows = conv.rows();
        ZeroInsertedAxis columns = conv.columns();
        if (rows.isInput(uy) && columns.isInput(ux)) {
            return new TapSource.Input(Coordinates.of(ci, rows.inputAt(uy), columns.inputAt(ux)));
        }
        Coordinates at = Coordinates.of(ci, uy, ux);
        return rows.inside(uy) && columns.inside(ux) ? new TapSource.InsertedZero(at) : new TapSource.Padding(at);
    }

    /** The value at {@code (uy, ux)} of channel {@code ci}'s zero-inserted grid: an input value, or 0. */
    private float valueAt(int ci, int uy, int ux) {
        ZeroInsertedAxis rows = conv.rows();
        ZeroInsertedAxis columns = conv.columns();
        return rows.isInput(uy) && columns.isInput(ux)
                ? conv.input()[conv.inputIndex(ci, rows.inputAt(uy), columns.inputAt(ux))] : 0;
    }
}
