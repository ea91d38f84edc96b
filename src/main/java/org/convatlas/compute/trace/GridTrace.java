package org.convatlas.compute.trace;

import java.util.function.Supplier;
import org.convatlas.compute.Tensor;

/**
 * A trace with one step per element of a grid, in row-major order: step {@code i} is the element at
 * {@link Coordinates#ofFlatIndex(long, int...) ofFlatIndex(i, grid)}. The grid is the output for the gather-form
 * operations (one output element per step) and the input for the scatter form.
 */
abstract class GridTrace<S extends Step> implements Trace<S> {

    private final int[] grid;
    private final long stepCount;
    private final int[] outputShape;
    private final int multipliesPerStep;
    private final Lazy<Tensor> output;

    /**
     * @param grid              the shape whose elements the steps walk
     * @param outputShape       the shape of the output
     * @param multipliesPerStep what a step multiplies (for a trace whose steps all cost the same)
     * @param engine            computes the whole output with the operation itself; called at most once
     */
    GridTrace(int[] grid, int[] outputShape, int multipliesPerStep, Supplier<Tensor> engine) {
        this.grid = grid.clone();
        this.stepCount = Coordinates.elementCount(grid);
        this.outputShape = outputShape.clone();
        this.multipliesPerStep = multipliesPerStep;
        this.output = new Lazy<>(engine);
    }

    /** A trace with one step per output element. */
    GridTrace(int[] outputShape, int multipliesPerStep, Supplier<Tensor> engine) {
        this(outputShape, outputShape, multipliesPerStep, engine);
    }

    /** The step of the grid element {@code at}. */
    abstract S stepAt(Coordinates at);

    /** What a step multiplies, for a trace whose steps all cost the same. */
    final int multipliesPerStep() {
        return multipliesPerStep;
    }

    /**
     * {@link #multipliesAfter} for an index already checked: {@code (index + 1) * multipliesPerStep()}; a trace whose
     * steps cost differently overrides it.
     */
    long multipliesThrough(long index) {
        return (index + 1) * multipliesPerStep;
    }

    @Override
    public final long stepCount() {
        return stepCount;
    }

    @Override
    public final S step(long index) {
        StepIndex.check(index, stepCount);
        return stepAt(Coordinates.ofFlatIndex(index, grid));
    }

    @Override
    public final long multipliesAfter(long index) {
        StepIndex.check(index, stepCount);
        return multipliesThrough(index);
    }

    @Override
    public final int[] outputShape() {
        return outputShape.clone();
    }

    @Override
    public final Tensor output() {
        return output.get();
    }
}
