package org.convatlas.compute.trace;

import static org.convatlas.compute.trace.TraceAssertions.assertAddsUp;
import static org.convatlas.compute.trace.TraceAssertions.assertMultipliesAddUp;
import static org.convatlas.compute.trace.TraceAssertions.assertStepsGive;
import static org.convatlas.compute.trace.TraceAssertions.between;
import static org.convatlas.compute.trace.TraceAssertions.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.SqueezeExcitation;
import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;

class SqueezeExcitationTraceTest {

    @Test
    void fourStagesSqueezeReduceExpandAndScale() {
        Random r = new Random(3);
        Tensor x = random(r, 4, 2, 3);
        StagedTrace<Step> trace = Traces.squeezeExcitation(x, random(r, 2, 4), random(r, 2), random(r, 4, 2),
                random(r, 4));

        assertEquals(List.of(Traces.SQUEEZE, Traces.REDUCE, Traces.EXPAND, Traces.SCALE),
                trace.stages().stream().map(Stage::name).toList());
        assertEquals(4 + 2 + 4 + 24, trace.stepCount());
        PoolStep mean = (PoolStep) trace.step(1);
        assertEquals(Coordinates.of(1, 0, 0), mean.output());
        assertEquals(6, mean.taps().size());
        assertEquals(6, mean.divisor());
        assertEquals(0, mean.multiplies(), "the divisions of the means are not counted");
        WeightedSumStep hidden = (WeightedSumStep) trace.step(4);
        assertEquals(Activation.RELU, hidden.activation());
        assertEquals(mean.result(), hidden.taps().get(1).input());
        WeightedSumStep gate = (WeightedSumStep) trace.step(6);
        assertEquals(Activation.SIGMOID, gate.activation());
        WeightedSumStep scaled = (WeightedSumStep) trace.step(33);
        assertEquals(Coordinates.of(3, 1, 2), scaled.output());
        assertEquals(new TapSource.Input(Coordinates.of(3, 1, 2)), scaled.taps().get(0).source());
        assertEquals(((WeightedSumStep) trace.step(9)).result(), scaled.taps().get(0).weight());
        assertArrayEquals(new int[] {4, 2, 3}, trace.outputShape());
    }

    @Test
    void randomConfigurationsGiveTheEngineOutputStageByStage() {
        Random r = new Random(13);
        for (int n = 0; n < 20; n++) {
            int hiddenSize = between(r, 1, 3);
            int channels = hiddenSize * between(r, 1, 3);
            Tensor x = random(r, channels, between(r, 1, 4), between(r, 1, 4));
            Tensor w1 = random(r, hiddenSize, channels), b1 = random(r, hiddenSize);
            Tensor w2 = random(r, channels, hiddenSize), b2 = random(r, channels);
            String context = "config " + n;
            SqueezeExcitation.Result expected = SqueezeExcitation.apply(x, w1, b1, w2, b2);
            StagedTrace<Step> trace = Traces.squeezeExcitation(x, w1, b1, w2, b2);

            assertStepsGive(expected.squeezed(), stage(trace, 0, PoolStep.class), PoolStep::result, context);
            assertStepsGive(expected.hidden(), stage(trace, 1, WeightedSumStep.class), WeightedSumStep::result, context);
            assertStepsGive(expected.scale(), stage(trace, 2, WeightedSumStep.class), WeightedSumStep::result, context);
            Trace<WeightedSumStep> scale = stage(trace, 3, WeightedSumStep.class);
            assertStepsGive(expected.y(), scale, WeightedSumStep::result, context);
            for (int k = 1; k < 4; k++) {
                Trace<WeightedSumStep> dense = stage(trace, k, WeightedSumStep.class);
                for (long i = 0; i < dense.stepCount(); i++) {
                    assertAddsUp(dense.step(i), context);
                }
            }
            assertMultipliesAddUp(trace, Counts.squeezeExcitation(x.shape(), hiddenSize).multiplies(), context);
            assertEquals(expected.y(), trace.output(), context);
        }
    }

    /** Stage {@code k}, whose steps are all of the given kind. */
    @SuppressWarnings("unchecked")
    private static <S extends Step> Trace<S> stage(StagedTrace<Step> trace, int k, Class<S> kind) {
        Trace<? extends Step> stage = trace.stages().get(k).trace();
        assertEquals(kind, stage.step(0).getClass());
        return (Trace<S>) stage;
    }

    @Test
    void argumentsAreCheckedAsTheOperationChecksThem() {
        assertEquals("second bias b2 must have shape [2] (got [3])", assertThrows(InvalidArgumentException.class,
                () -> Traces.squeezeExcitation(Tensor.zeros(2, 2, 2), Tensor.zeros(1, 2), Tensor.zeros(1),
                        Tensor.zeros(2, 1), Tensor.zeros(3))).getMessage());
    }
}
