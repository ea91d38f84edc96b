package org.convatlas.render.grid;

import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.Captions;

/**
 * What every frame of a single-channel 2-D sliding-window animation shares: the input with its padding ring, the
 * kernel (and, when the lesson shows it, the kernel rotated by 180°, which is what slides in a true convolution), the
 * output as the engine computes it, the captions, and the heat maps of grids too large for numbers. Made once per
 * set of parameters; {@link #step} and {@link #readers} make the figure of each frame. Immutable apart from the heat
 * maps' kept images.
 */
public final class SlidingWindow {

    /**
     * The captions over the grids, for example "Input 5×5".
     *
     * @param input         over the input
     * @param kernel        over the kernel
     * @param rotatedKernel over the rotated kernel; used only when it is shown
     * @param output        over the output
     */
    public record Captions(Message input, Message kernel, Message rotatedKernel, Message output) {

        public Captions {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(kernel, "kernel");
            Objects.requireNonNull(rotatedKernel, "rotatedKernel");
            Objects.requireNonNull(output, "output");
        }
    }

    private final Plane input;
    private final Plane kernel;
    private final Plane output;
    private final Window2d window;
    private final boolean rotatedShown;
    private final boolean kernelSpread;
    private final Captions captions;
    private final HeatMap inputHeat;
    private final HeatMap outputHeat;
    private final GridPainter.CellRole insideRoles;
    private final Function<TapSource, Coordinates> tapCells;

    /**
     * @param input        the input, one channel: {@code [1, H, W]} or {@code [H, W]}
     * @param kernel       the weights, one channel: {@code [1, 1, kH, kW]} or {@code [kH, kW]}
     * @param window       how the kernel slides: its padding is drawn around the input
     * @param rotatedShown whether to show the kernel rotated by 180° beside it, the taps joined to the rotated one
     * @param output       the engine's whole output, one channel: {@code [1, Ho, Wo]} or {@code [Ho, Wo]}
     * @param captions     the captions over the grids
     * @throws InvalidArgumentException if a tensor has more than one channel
     */
    public SlidingWindow(Tensor input, Tensor kernel, Window2d window, boolean rotatedShown, Tensor output,
                         Captions captions) {
        this(input, kernel, window, rotatedShown, false, output, captions);
    }

    /**
     * As {@link #SlidingWindow(Tensor, Tensor, Window2d, boolean, Tensor, Captions)}, with the kernel drawn
     * {@code kernelSpread} at the window's dilation: weight {@code (i, j)} in cell {@code (i·d_h, j·d_w)} of a grid of
     * {@code d(k − 1) + 1} cells a side, the cells between them hatched as dilation holes.
     */
    public SlidingWindow(Tensor input, Tensor kernel, Window2d window, boolean rotatedShown, boolean kernelSpread,
                         Tensor output, Captions captions) {
        this(input, kernel, window, rotatedShown, kernelSpread, output, captions, (r, c) -> Role.INPUT, TapCell::of);
    }

    /**
     * A sliding window over a grid whose cells are not all input values: {@code insideRoles} gives the look of each
     * cell inside the padding ring, for example {@link Role#INSERTED_ZERO} for the zeros a transposed convolution
     * inserts between its inputs, and {@code tapCells} the cell of {@code input} a tap reads, for traces whose taps
     * name their input elements in other coordinates. The other arguments are those of the first constructor.
     */
    public SlidingWindow(Tensor input, Tensor kernel, Window2d window, boolean rotatedShown, Tensor output,
                         Captions captions, GridPainter.CellRole insideRoles, Function<TapSource, Coordinates> tapCells) {
        this(input, kernel, window, rotatedShown, false, output, captions, insideRoles, tapCells);
    }

    private SlidingWindow(Tensor input, Tensor kernel, Window2d window, boolean rotatedShown, boolean kernelSpread,
                          Tensor output, Captions captions, GridPainter.CellRole insideRoles,
                          Function<TapSource, Coordinates> tapCells) {
        this.insideRoles = Objects.requireNonNull(insideRoles, "insideRoles");
        this.tapCells = Objects.requireNonNull(tapCells, "tapCells");
        this.input = Plane.of("input", input);
        this.kernel = Plane.of("kernel", kernel);
        this.output = Plane.of("output", output);
        this.window = Objects.requireNonNull(window, "window");
        this.rotatedShown = rotatedShown;
        this.kernelSpread = kernelSpread;
        this.captions = Objects.requireNonNull(captions, "captions");
        this.inputHeat = new HeatMap(this.input.values(), this.input.rows(), this.input.columns());
        this.outputHeat = new HeatMap(this.output.values(), this.output.rows(), this.output.columns());
    }

    /**
     * The figure of one step: its window on the input, the kernel it multiplies by, the output cell it writes, the
     * outputs before it filled in and those after it blank, and its sum under the grids.
     *
     * @param step  the step, from the trace of this convolution
     * @param index the step's number in the trace (its output cell's row-major index)
     */
    public SlidingWindowFigure step(WeightedSumStep step, long index) {
        return new SlidingWindowFigure(this, step, index, null, null);
    }

    /**
     * The figure that shows which outputs read an input cell: the cell and those outputs marked, the outputs of steps
     * {@code 0 ... current} filled in, and no window.
     *
     * @param cell    the input cell, in input coordinates (in the padding ring when outside the input)
     * @param outputs the row-major indices of the outputs whose windows read it
     * @param current the current step
     */
    public SlidingWindowFigure readers(GridCell cell, BitSet outputs, long current) {
        return new SlidingWindowFigure(this, null, current, cell, (BitSet) outputs.clone());
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

    Window2d window() {
        return window;
    }

    boolean rotatedShown() {
        return rotatedShown;
    }

    /** The rows of the kernel's grid: {@code kH}, or its reach {@code d_h(kH − 1) + 1} when spread. */
    int kernelRowsShown() {
        return ConvArithmetic.reach(kernel.rows(), rowStep());
    }

    /** The columns of the kernel's grid: {@code kW}, or its reach {@code d_w(kW − 1) + 1} when spread. */
    int kernelColumnsShown() {
        return ConvArithmetic.reach(kernel.columns(), columnStep());
    }

    /** The cell of the kernel's grid that shows weight {@code (i, j)}: {@code (i·d_h, j·d_w)} when spread. */
    GridCell kernelCellOf(int i, int j) {
        return new GridCell(i * rowStep(), j * columnStep());
    }

    /** The weight the kernel's grid shows in {@code cell}; empty for a dilation hole. */
    Optional<GridCell> weightIn(GridCell cell) {
        if (cell.row() % rowStep() != 0 || cell.column() % columnStep() != 0) {
            return Optional.empty();
        }
        return Optional.of(new GridCell(cell.row() / rowStep(), cell.column() / columnStep()));
    }

    private int rowStep() {
        return kernelSpread ? window.dilationH() : 1;
    }

    private int columnStep() {
        return kernelSpread ? window.dilationW() : 1;
    }

    Captions captions() {
        return captions;
    }

    HeatMap inputHeat() {
        return inputHeat;
    }

    HeatMap outputHeat() {
        return outputHeat;
    }

    /** The cell of the input grid that {@code source} reads. */
    Coordinates tapCell(TapSource source) {
        return tapCells.apply(source);
    }

    /** The look of the input cell {@code (row, column)}, inside the padding ring. */
    Role insideRole(int row, int column) {
        return insideRoles.at(row, column);
    }

    /** The roles the figures show, in legend order. */
    Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT);
        if (!window.pads().isNone()) {
            roles.add(Role.PADDING);
        }
        if (window.dilationH() > 1 || window.dilationW() > 1) {
            roles.add(Role.DILATION_HOLE);
        }
        for (int r = 0; r < input.rows(); r++) {
            for (int c = 0; c < input.columns(); c++) {
                if (insideRole(r, c) == Role.INSERTED_ZERO) {
                    roles.add(Role.INSERTED_ZERO);
                }
            }
        }
        return roles;
    }

    /**
     * One channel of values, row-major: the value at {@code (r, c)} is {@code values[r*columns + c]}.
     */
    public record Plane(float[] values, int rows, int columns) {

        /** The last two dimensions of {@code t}, which must have one element in all the others. */
        public static Plane of(String name, Tensor t) {
            int rank = t.rank();
            if (rank < 2 || t.size() != (long) t.dim(rank - 2) * t.dim(rank - 1)) {
                throw new InvalidArgumentException(name + " must be one channel, [H, W] or [1, H, W] (got shape "
                        + Arrays.toString(t.shape()) + ")");
            }
            return new Plane(t.data(), t.dim(rank - 2), t.dim(rank - 1));
        }

        public float at(int row, int column) {
            return values[row * columns + column];
        }
    }
}
