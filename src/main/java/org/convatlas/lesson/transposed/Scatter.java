package org.convatlas.lesson.transposed;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.ScatterStep;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.Captions;
import org.convatlas.render.grid.SlidingWindow.Plane;

/**
 * What every frame of the scatter picture of a single-channel transposed convolution shares: the input, the kernel as
 * it is (not flipped: each input cell stamps it), the output as the engine computes it with the ring of its full
 * output that the padding cuts away, and the captions. Made once per set of parameters; {@link #stamp} and
 * {@link #gathered} make the figure of each frame. Immutable.
 */
public final class Scatter {

    /**
     * The captions over the grids, for example "Input 2×2".
     *
     * @param input  over the input
     * @param kernel over the kernel
     * @param output over the output
     */
    public record Captions(Message input, Message kernel, Message output) {

        public Captions {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(kernel, "kernel");
            Objects.requireNonNull(output, "output");
        }
    }

    private final Plane input;
    private final Plane kernel;
    private final Plane output;
    private final Pads2d cutAway;
    private final Captions captions;

    /**
     * @param input   the input, one channel: {@code [1, H, W]} or {@code [H, W]}
     * @param kernel  the weights, one channel: {@code [1, 1, kH, kW]} or {@code [kH, kW]}
     * @param output  the engine's whole output, one channel: {@code [1, Ho, Wo]} or {@code [Ho, Wo]}
     * @param cutAway the rows and columns of the full output that the padding cuts away, per side
     * @param captions the captions over the grids
     * @throws org.convatlas.compute.InvalidArgumentException if a tensor has more than one channel
     */
    public Scatter(Tensor input, Tensor kernel, Tensor output, Pads2d cutAway, Captions captions) {
        this.input = Plane.of("input", input);
        this.kernel = Plane.of("kernel", kernel);
        this.output = Plane.of("output", output);
        this.cutAway = Objects.requireNonNull(cutAway, "cutAway");
        this.captions = Objects.requireNonNull(captions, "captions");
    }

    /**
     * The figure of one scatter step: its input cell, the stamp it adds to the output (cut-away cells included), and
     * the output as it stands after the step.
     *
     * @param step    the step, from the scatter trace of this convolution
     * @param partial the output once the steps up to this one have played, {@code [1, Ho, Wo]}
     */
    public ScatterFigure stamp(ScatterStep step, Tensor partial) {
        return new ScatterFigure(this, step, Plane.of("partial output", partial), null, -1);
    }

    /**
     * The figure of one output cell gathered from the stamps that reach it: the input cells and weights of the
     * step's products with input elements (its products with zeros left out), and the outputs up to it filled in.
     *
     * @param step  a step of the gather trace of this convolution
     * @param index the step's number (its output cell's row-major index)
     */
    public ScatterFigure gathered(WeightedSumStep step, long index) {
        return new ScatterFigure(this, null, output, step, index);
    }

    Plane input() {
        return input;
    }

    Plane kernel() {
        return kernel;
    }

    Plane output() {
        return output;
    }

    Pads2d cutAway() {
        return cutAway;
    }

    Captions captions() {
        return captions;
    }

    /** The roles the figures show, in legend order. */
    Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT);
        if (!cutAway.isNone()) {
            roles.add(Role.PADDING);
        }
        return roles;
    }
}
