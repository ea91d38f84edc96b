package org.convatlas.compute.trace;

import static org.convatlas.compute.trace.TraceAssertions.assertAddsUp;
import static org.convatlas.compute.trace.TraceAssertions.assertMultipliesAddUp;
import static org.convatlas.compute.trace.TraceAssertions.assertStepsGive;
import static org.convatlas.compute.trace.TraceAssertions.between;
import static org.convatlas.compute.trace.TraceAssertions.random;
import static org.convatlas.compute.trace.TraceAssertions.randomInputFor;
import static org.convatlas.compute.trace.TraceAssertions.randomWindow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.convatlas.compute.Counts;
import org.convatlas.compute.DepthwiseSeparable;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.junit.jupiter.api.Test;

class DepthwiseSeparableTraceTest {

    @Test
    void theDepthwiseStepsComeFirstThenThePointwiseSteps() {
        Random r = new Random(5);
        Tensor x = random(r, 2, 4, 4);
        Tensor wDepthwise = random(r, 4, 1, 3, 3); // depth multiplier 2
        Tensor wPointwise = random(r, 3, 4, 1, 1);
        StagedTrace<WeightedSumStep> trace = Traces.depthwiseSeparable(x, wDepthwise, wPointwise, Window2d.of(1, 1, 1));

        assertEquals(4 * 16 + 3 * 16, trace.stepCount());
        assertEquals(Traces.DEPTHWISE, trace.stages().get(0).name());
        assertEquals(Traces.POINTWISE, trace.stages().get(1).name());
        assertEquals(64, trace.firstStepOf(1));
        assertEquals(0, trace.stageIndexAt(63));
        assertEquals(1, trace.stageIndexAt(64));
        WeightedSumStep lastDepthwise = trace.step(63);
        assertEquals(Coordinates.of(3, 3, 3), lastDepthwise.output());
        assertEquals(new TapSource.Input(Coordinates.of(1, 2, 2)), lastDepthwise.taps().get(0).source(),
                "depthwise channel 3 = 1*m + 1 reads input channel 1");
        WeightedSumStep firstPointwise = trace.step(64);
        assertEquals(Coordinates.of(0, 0, 0), firstPointwise.output());
        assertEquals(4, firstPointwise.taps().size());
        assertEquals(trace.step(0).result(), firstPointwise.taps().get(0).input(),
                "the pointwise step reads the depthwise output");
        assertEquals(64 * 9 + 4, trace.multipliesAfter(64));
        assertArrayEquals(new int[] {3, 4, 4}, trace.outputShape());
    }

    @Test
    void randomConfigurationsGiveTheEngineOutputStepByStep() {
        Random r = new Random(11);
        for (int n = 0; n < 20; n++) {
            int cin = between(r, 1, 3), m = between(r, 1, 2), cout = between(r, 1, 3);
            int kh = between(r, 1, 3), kw = between(r, 1, 3);
            Window2d window = randomWindow(r, 2, 1, 2);
            Tensor x = randomInputFor(r, cin, kh, kw, window, 3);
            Tensor wDepthwise = random(r, cin * m, 1, kh, kw);
            Tensor wPointwise = random(r, cout, cin * m, 1, 1);
            String context = "config " + n + " " + window + ", m = " + m;
            DepthwiseSeparable.Result expected = DepthwiseSeparable.apply(x, wDepthwise, wPointwise, window);
            StagedTrace<WeightedSumStep> trace = Traces.depthwiseSeparable(x, wDepthwise, wPointwise, window);

            Trace<? extends WeightedSumStep> depthwise = trace.stages().get(0).trace();
            Trace<? extends WeightedSumStep> pointwise = trace.stages().get(1).trace();
            assertStepsGive(expected.depthwise(), depthwise, WeightedSumStep::result, context + " depthwise");
            assertStepsGive(expected.y(), pointwise, WeightedSumStep::result, context + " pointwise");
            for (long i = 0; i < trace.stepCount(); i++) {
                assertAddsUp(trace.step(i), context);
            }
            assertMultipliesAddUp(trace, Counts.depthwiseSeparable(x.shape(), wDepthwise.shape(), wPointwise.shape(),
                    window).multiplies(), context);
            assertEquals(expected.y(), trace.output(), context);
            assertEquals(expected.depthwise(), depthwise.output(), context);
        }
    }

    /** MobileNetV2's expansion plays first, and the depthwise stage reads its output. */
    @Test
    void anExpansionIsAStageBeforeTheDepthwiseOne() {
        Random r = new Random(13);
        for (int n = 0; n < 10; n++) {
            int cin = between(r, 1, 3), t = between(r, 2, 3), cout = between(r, 1, 3), k = between(r, 1, 3);
            Window2d window = randomWindow(r, 2, 1, 2);
            Tensor x = randomInputFor(r, cin, k, k, window, 3);
            Tensor wExpand = random(r, t * cin, cin, 1, 1);
            Tensor wDepthwise = random(r, t * cin, 1, k, k);
            Tensor wPointwise = random(r, cout, t * cin, 1, 1);
            String context = "config " + n + " " + window + ", t = " + t;
            StagedTrace<WeightedSumStep> trace = Traces.depthwiseSeparable(x, wExpand, wDepthwise, wPointwise, window);

            assertEquals(List.of(Traces.EXPANSION, Traces.DEPTHWISE, Traces.POINTWISE),
                    trace.stages().stream().map(Stage::name).toList(), context);
            Tensor expanded = trace.stages().get(0).trace().output();
            DepthwiseSeparable.Result expected = DepthwiseSeparable.apply(expanded, wDepthwise, wPointwise, window);
            assertStepsGive(expected.y(), trace.stages().get(2).trace(), WeightedSumStep::result, context);
            for (long i = 0; i < trace.stepCount(); i++) {
                assertAddsUp(trace.step(i), context);
            }
            assertMultipliesAddUp(trace, Counts.depthwiseSeparable(x.shape(), wExpand.shape(), wDepthwise.shape(),
                    wPointwise.shape(), window).multiplies(), context);
        }
    }

    @Test
    void argumentsAreCheckedAsTheOperationChecksThem() {
        assertEquals("pointwise weights w_pointwise must be 1x1 (got 2x1)", assertThrows(InvalidArgumentException.class,
                () -> Traces.depthwiseSeparable(Tensor.zeros(1, 3, 3), Tensor.zeros(1, 1, 1, 1),
                        Tensor.zeros(1, 1, 2, 1), Window2d.DEFAULT)).getMessage());
    }
}
