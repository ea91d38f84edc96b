package org.convatlas.compute.trace;

import java.util.BitSet;
import org.convatlas.compute.Conv3d;
import org.convatlas.compute.Conv3dParams;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Pads3d;
import org.convatlas.compute.Tensor;

/**
 * The steps of {@link Conv3d}: one per output element {@code (co, oz, oy, ox)}, row-major over
 * {@code [Cout, Do, Ho, Wo]}. The taps run over the input channels {@code ci} of {@code co}'s group, then the
 * kernel's depth {@code a}, rows {@code i} and columns {@code j}; tap {@code (a, i, j)} reads input cell
 * {@code (oz*sD - front + a*dD, oy*sH - top + i*dH, ox*sW - left + j*dW)} (padding outside the input) and multiplies
 * it by {@code w[co, ci - group*Cin/groups, a, i, j]}. Every step has {@code (Cin/groups)*kD*kH*kW} multiplies.
 */
final class Conv3dTrace extends GridTrace<WeightedSumStep> implements WindowReaders {

    private final float[] input;
    private final int depth;
    private final int height;
    private final int width;
    private final float[] weights;
    private final int cinPerGroup;
    private final int coutPerGroup;
    private final int kd;
    private final int kh;
    private final int kw;
    private final Bias bias;
    private final Conv3dParams params;

    Conv3dTrace(Tensor x, Tensor w, Tensor b, Conv3dParams p) {
        super(Conv3d.outputShape(x, w, b, p), w.dim(1) * w.dim(2) * w.dim(3) * w.dim(4), () -> Conv3d.apply(x, w, b, p));
        this.input = x.data();
        this.depth = x.dim(1);
        this.height = x.dim(2);
        this.width = x.dim(3);
        this.weights = w.data();
        this.cinPerGroup = w.dim(1);
        this.coutPerGroup = w.dim(0) / p.groups();
        this.kd = w.dim(2);
        this.kh = w.dim(3);
        this.kw = w.dim(4);
        this.bias = Bias.of(b);
        this.params = p;
    }

    @Override
    WeightedSumStep stepAt(Coordinates at) {
        int co = at.get(0), oz = at.get(1), oy = at.get(2), ox = at.get(3);
        int group = co / coutPerGroup;
        Pads3d pads = params.pads();
        WeightedSum sum = new WeightedSum(multipliesPerStep());
        for (int cg = 0; cg < cinPerGroup; cg++) {
            int ci = group * cinPerGroup + cg;
            for (int a = 0; a < kd; a++) {
                int iz = ConvArithmetic.tapPosition(oz, params.strideD(), pads.front(), a, params.dilationD());
                for (int i = 0; i < kh; i++) {
                    int iy = ConvArithmetic.tapPosition(oy, params.strideH(), pads.top(), i, params.dilationH());
                    for (int j = 0; j < kw; j++) {
                        int ix = ConvArithmetic.tapPosition(ox, params.strideW(), pads.left(), j, params.dilationW());
                        Coordinates cell = Coordinates.of(ci, iz, iy, ix);
                        Coordinates kernel = Coordinates.of(co, cg, a, i, j);
                        float weight = weights[(((co * cinPerGroup + cg) * kd + a) * kh + i) * kw + j];
                        if (iz >= 0 && iz < depth && iy >= 0 && iy < height && ix >= 0 && ix < width) {
                            float value = input[((ci * depth + iz) * height + iy) * width + ix];
                            sum.add(new TapSource.Input(cell), kernel, value, weight);
                        } else {
                            sum.add(new TapSource.Padding(cell), kernel, 0, weight);
                        }
                    }
                }
            }
        }
        return sum.finish(at, bias.of(co), Activation.NONE, multipliesPerStep());
    }

    /**
     * The steps of the output channels of the cell's group at the depths, rows and columns whose window has a kernel
     * tap on the cell ({@link ConvArithmetic#positionsReading}).
     */
    @Override
    public BitSet readersOf(Coordinates cell) {
        int[] out = outputShape();
        Pads3d pads = params.pads();
        int[] depths = ConvArithmetic.positionsReading(cell.get(1), out[1], params.strideD(), pads.front(), kd,
                params.dilationD());
        int[] rows = ConvArithmetic.positionsReading(cell.get(2), out[2], params.strideH(), pads.top(), kh,
                params.dilationH());
        int[] columns = ConvArithmetic.positionsReading(cell.get(3), out[3], params.strideW(), pads.left(), kw,
                params.dilationW());
        int group = cell.get(0) / cinPerGroup;
        BitSet readers = new BitSet();
        for (int co = group * coutPerGroup; co < (group + 1) * coutPerGroup; co++) {
            for (int oz : depths) {
                for (int oy : rows) {
                    for (int ox : columns) {
                        readers.set(((co * out[1] + oz) * out[2] + oy) * out[3] + ox);
                    }
                }
            }
        }
        return readers;
    }
}
