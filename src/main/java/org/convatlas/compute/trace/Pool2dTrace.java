package org.convatlas.compute.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.convatlas.compute.MaxPool2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.PoolStep.Pooling;

/**
 * The steps of a 2-D pooling over {@code x [C, H, W]}: one per output element {@code (c, oy, ox)}, row-major over
 * {@code [C, Ho, Wo]}. The taps are the window's cells {@code (i, j)}, row-major, at input cell
 * {@code (oy*sH - top + i, ox*sW - left + j)} (padding outside the input).
 * <ul>
 *   <li>maximum: the running maximum; padding reads {@code -infinity}, so it never wins;</li>
 *   <li>average: the running sum, divided at the end by {@code kH*kW} when padding counts, else by the number of
 *       cells inside the input; padding reads 0.</li>
 * </ul>
 */
final class Pool2dTrace extends GridTrace<PoolStep> {

    private final float[] input;
    private final int height;
    private final int width;
    private final Pool2dParams params;
    private final Pooling pooling;
    private final boolean countIncludePad;

    /**
     * @param p                 parameters already checked against the input
     * @param countIncludePad   for an average: whether padding cells count in the divisor
     * @param multipliesPerStep what one output costs, as {@link org.convatlas.compute.Counts} counts it
     * @param engine            the whole output as the engine computes it
     */
    Pool2dTrace(Tensor x, Pool2dParams p, Pooling pooling, boolean countIncludePad, int multipliesPerStep,
                Supplier<Tensor> engine) {
        super(MaxPool2d.outputShape(x.shape(), p), multipliesPerStep, engine);
        this.input = x.data();
        this.height = x.dim(1);
        this.width = x.dim(2);
        this.params = p;
        this.pooling = pooling;
        this.countIncludePad = countIncludePad;
    }

    @Override
    PoolStep stepAt(Coordinates at) {
        int c = at.get(0), oy = at.get(1), ox = at.get(2);
        Window2d window = params.window();
        List<PoolTap> taps = new ArrayList<>(params.kernelH() * params.kernelW());
        double running = pooling == Pooling.MAX ? Double.NEGATIVE_INFINITY : 0;
        int inside = 0;
        for (int i = 0; i < params.kernelH(); i++) {
            int iy = window.inputRow(oy, i);
            for (int j = 0; j < params.kernelW(); j++) {
                int ix = window.inputColumn(ox, j);
                Coordinates cell = Coordinates.of(c, iy, ix);
                TapSource source;
                float value;
                if (iy >= 0 && iy < height && ix >= 0 && ix < width) {
                    source = new TapSource.Input(cell);
                    value = input[(c * height + iy) * width + ix];
                    inside++;
                } else {
                    source = new TapSource.Padding(cell);
                    value = pooling == Pooling.MAX ? Float.NEGATIVE_INFINITY : 0;
                }
                running = pooling == Pooling.MAX ? Math.max(running, value) : running + value;
                taps.add(new PoolTap(source, Coordinates.of(i, j), value, (float) running));
            }
        }
        int divisor = pooling == Pooling.MAX ? 1 : countIncludePad ? taps.size() : inside;
        return new PoolStep(at, taps, pooling, divisor, (float) (running / divisor), multipliesPerStep());
    }
}
