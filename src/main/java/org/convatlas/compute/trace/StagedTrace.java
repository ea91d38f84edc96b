package org.convatlas.compute.trace;

import java.util.List;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Tensor;

/**
 * Stages played one after another: the steps of the first stage, then those of the second, and so on. Step
 * {@code index} is step {@code index - firstStepOf(k)} of stage {@code k = stageIndexAt(index)}, and the multiplies
 * after it are those of the whole earlier stages plus the stage's own so far. The output is the last stage's.
 *
 * @param <S> the kind of step of every stage
 */
public final class StagedTrace<S extends Step> implements Trace<S> {

    private final List<Stage<? extends S>> stages;
    /** {@code firstSteps[k]}: the index of stage {@code k}'s first step; {@code firstSteps[n]}: the step count. */
    private final long[] firstSteps;
    /** {@code multipliesBefore[k]}: the multiplies of stages {@code 0 ... k-1}. */
    private final long[] multipliesBefore;

    private StagedTrace(List<Stage<? extends S>> stages) {
        this.stages = List.copyOf(stages);
        int n = this.stages.size();
        firstSteps = new long[n + 1];
        multipliesBefore = new long[n];
        for (int k = 0; k < n; k++) {
            Trace<? extends S> trace = this.stages.get(k).trace();
            firstSteps[k + 1] = firstSteps[k] + trace.stepCount();
            if (k + 1 < n) {
                multipliesBefore[k + 1] = multipliesBefore[k] + trace.totalMultiplies();
            }
        }
    }

    /**
     * The stages in the order they play.
     *
     * @throws InvalidArgumentException if there is none
     */
    public static <S extends Step> StagedTrace<S> of(List<Stage<? extends S>> stages) {
        if (stages == null || stages.isEmpty()) {
            throw new InvalidArgumentException("a staged trace needs at least one stage");
        }
        return new StagedTrace<>(stages);
    }

    /** The stages in the order they play. */
    public List<Stage<? extends S>> stages() {
        return stages;
    }

    /** The stage that step {@code index} belongs to. */
    public int stageIndexAt(long index) {
        StepIndex.check(index, stepCount());
        int k = 0;
        while (index >= firstSteps[k + 1]) {
            k++;
        }
        return k;
    }

    /** The index of stage {@code stage}'s first step in this trace. */
    public long firstStepOf(int stage) {
        if (stage < 0 || stage >= stages.size()) {
            throw new InvalidArgumentException("stage must be between 0 and " + (stages.size() - 1) + " (got " + stage + ")");
        }
        return firstSteps[stage];
    }

    @Override
    public long stepCount() {
        return firstSteps[stages.size()];
    }

    @Override
    public S step(long index) {
        int k = stageIndexAt(index);
        return stages.get(k).trace().step(index - firstSteps[k]);
    }

    @Override
    public long multipliesAfter(long index) {
        int k = stageIndexAt(index);
        return multipliesBefore[k] + stages.get(k).trace().multipliesAfter(index - firstSteps[k]);
    }

    /** The last stage's output shape. */
    @Override
    public int[] outputShape() {
        return lastStage().outputShape();
    }

    /** The last stage's output. */
    @Override
    public Tensor output() {
        return lastStage().output();
    }

    private Trace<? extends S> lastStage() {
        return stages.get(stages.size() - 1).trace();
    }
}
