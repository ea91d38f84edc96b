package org.convatlas.compute.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;

class StagedTraceTest {

    /** Two stages of 4 and 1 steps: a 2x2 convolution over 3x3 (4 multiplies a step), then one over 2x2. */
    private final Trace<WeightedSumStep> first = Traces.conv2d(Tensor.filled(1, 1, 3, 3), Tensor.filled(2, 1, 1, 2, 2),
            null, Conv2dParams.DEFAULT);
    private final Trace<WeightedSumStep> second = Traces.conv2d(Tensor.filled(1, 1, 2, 2), Tensor.filled(3, 1, 1, 2, 2),
            null, Conv2dParams.DEFAULT);
    private final StagedTrace<WeightedSumStep> staged = StagedTrace.of(List.of(new Stage<>("a", first),
            new Stage<>("b", second)));

    @Test
    void stepsAndMultipliesFollowOneAnother() {
        assertEquals(5, staged.stepCount());
        assertEquals(first.step(3), staged.step(3));
        assertEquals(second.step(0), staged.step(4));
        assertEquals(12, staged.multipliesAfter(2));
        assertEquals(16 + 4, staged.multipliesAfter(4));
        assertEquals(1, staged.stageIndexAt(4));
        assertEquals(4, staged.firstStepOf(1));
        assertEquals(second.output(), staged.output());
    }

    @Test
    void indicesOutsideTheStagesAreRefused() {
        assertEquals("step index must be between 0 and 4 (got 5)",
                assertThrows(InvalidArgumentException.class, () -> staged.step(5)).getMessage());
        assertEquals("stage must be between 0 and 1 (got 2)",
                assertThrows(InvalidArgumentException.class, () -> staged.firstStepOf(2)).getMessage());
        assertEquals("a staged trace needs at least one stage",
                assertThrows(InvalidArgumentException.class, () -> StagedTrace.of(List.of())).getMessage());
    }
}
