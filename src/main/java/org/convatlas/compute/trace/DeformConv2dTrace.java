package org.convatlas.compute.trace;

import org.convatlas.compute.BilinearSample;
import org.convatlas.compute.DeformConv2d;
import org.convatlas.compute.DeformConv2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;

/**
 * The steps of {@link DeformConv2d}: one per output element {@code (co, oy, ox)}, row-major over
 * {@code [Cout, Ho, Wo]}, its taps over the input channels {@code ci} of {@code co}'s group, then the kernel's rows
 * {@code i} and columns {@code j}. Each tap is a {@link TapSource.Bilinear bilinear sample} of channel {@code ci} at
 * {@code (oy*sH - top + i*dH + dy, ox*sW - left + j*dW + dx)}, its displacement read from the offsets of tap
 * {@code t = (g*kH + i)*kW + j} of offset group {@code g = ci / (Cin/offsetGroups)}; the input factor is the sample
 * times the mask, the kernel factor {@code w[co, ci - group*Cin/groups, i, j]}.
 *
 * <p>Multiplies: a step makes {@code (Cin/groups)*kH*kW} weight products. The samples of an input channel are shared
 * by all output channels of its group, as the operation computes them once: they are paid for, 4 multiplies each
 * (5 with the mask), by the steps of the first output channel of each group. In all that is
 * {@link org.convatlas.compute.Counts#deformConv2d}.
 */
final class DeformConv2dTrace extends GridTrace<WeightedSumStep> {

    private final float[] input;
    private final int height;
    private final int width;
    private final Kernel2d kernel;
    private final float[] offsets;
    private final float[] masks;
    private final Bias bias;
    private final int coutPerGroup;
    private final int channelsPerOffsetGroup;
    private final int positions;
    private final int outputWidth;
    private final Window2d window;

    DeformConv2dTrace(Tensor x, Tensor w, Tensor offset, Tensor mask, Tensor b, DeformConv2dParams p) {
        super(DeformConv2d.outputShape(x, w, offset, mask, b, p), w.dim(1) * w.dim(2) * w.dim(3),
                () -> DeformConv2d.apply(x, w, offset, mask, b, p));
        this.input = x.data();
        this.height = x.dim(1);
        this.width = x.dim(2);
        this.kernel = Kernel2d.of(w);
        this.offsets = offset.data();
        this.masks = mask == null ? null : mask.data();
        this.bias = Bias.of(b);
        this.coutPerGroup = w.dim(0) / p.groups();
        this.channelsPerOffsetGroup = x.dim(0) / p.offsetGroups();
        this.positions = offset.dim(1) * offset.dim(2);
        this.outputWidth = offset.dim(2);
        this.window = p.window();
    }

    /** The multiplies of the bilinear samples a step of a group's first output channel computes. */
    private int samplingPerStep() {
        return multipliesPerStep() * (masks == null ? 4 : 5);
    }

    /**
     * Steps {@code 0 ... index} make {@code (index+1)} sets of {@link #multipliesPerStep()} weight products; those in the first output channel
     * of a group also sample. With {@code P = Ho*Wo} and step {@code index} in channel {@code co} at position
     * {@code q}, the sampling steps are the {@code P} of each of the {@code ceil(co / (Cout/groups))} groups started
     * before {@code co}, plus {@code q + 1} if {@code co} starts a group itself.
     */
    @Override
    long multipliesThrough(long index) {
        long co = index / positions;
        long q = index % positions;
        long samplingSteps = (co + coutPerGroup - 1) / coutPerGroup * positions + (co % coutPerGroup == 0 ? q + 1 : 0);
        return (index + 1) * multipliesPerStep() + samplingSteps * samplingPerStep();
    }

    @Override
    WeightedSumStep stepAt(Coordinates at) {
        int co = at.get(0), oy = at.get(1), ox = at.get(2);
        int group = co / coutPerGroup;
        int position = oy * outputWidth + ox;
        int cinPerGroup = kernel.inner();
        WeightedSum sum = new WeightedSum(multipliesPerStep());
        for (int cg = 0; cg < cinPerGroup; cg++) {
            int ci = group * cinPerGroup + cg;
            int offsetGroup = ci / channelsPerOffsetGroup;
            for (int i = 0; i < kernel.height(); i++) {
                int row = window.inputRow(oy, i);
                for (int j = 0; j < kernel.width(); j++) {
                    int column = window.inputColumn(ox, j);
                    int tap = (offsetGroup * kernel.height() + i) * kernel.width() + j;
                    float dy = offsets[2 * tap * positions + position];
                    float dx = offsets[(2 * tap + 1) * positions + position];
                    BilinearSample sample = new BilinearSample(row + dy, column + dx, height, width);
                    float value = sample.evaluate(input, ci * height * width);
                    float mask = masks == null ? 1 : masks[tap * positions + position];
                    TapSource source = new TapSource.Bilinear(Coordinates.of(ci, row, column), sample, value, mask);
                    sum.add(source, Coordinates.of(co, cg, i, j), value * mask, kernel.at(co, cg, i, j));
                }
            }
        }
        int multiplies = multipliesPerStep() + (co % coutPerGroup == 0 ? samplingPerStep() : 0);
        return sum.finish(at, bias.of(co), Activation.NONE, multiplies);
    }
}
