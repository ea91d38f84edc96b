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

import java.util.Random;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.SpatiallySeparable;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.junit.jupiter.api.Test;

class SpatiallySeparableTraceTest {

    /** The texts' example: 5×5, a 3×1 column then a 1×3 row, 15 steps of 3 products then 9 steps of 3. */
    @Test
    void theColumnStepsComeFirstThenTheRowSteps() {
        Tensor x = random(new Random(3), 1, 5, 5);
        StagedTrace<WeightedSumStep> trace = Traces.spatiallySeparable(x, Tensor.of(new float[] {1, 2, 1}, 1, 1, 3, 1),
                Tensor.of(new float[] {-1, 0, 1}, 1, 1, 1, 3), Window2d.DEFAULT);

        assertEquals(15 + 9, trace.stepCount());
        assertEquals(Traces.COLUMN, trace.stages().get(0).name());
        assertEquals(Traces.ROW, trace.stages().get(1).name());
        assertArrayEquals(new int[] {1, 3, 5}, trace.stages().get(0).trace().outputShape());
        assertEquals(15, trace.firstStepOf(1));
        WeightedSumStep lastColumn = trace.step(14);
        assertEquals(Coordinates.of(0, 2, 4), lastColumn.output());
        assertEquals(new TapSource.Input(Coordinates.of(0, 4, 4)), lastColumn.taps().get(2).source());
        WeightedSumStep firstRow = trace.step(15);
        assertEquals(3, firstRow.taps().size());
        assertEquals(trace.step(2).result(), firstRow.taps().get(2).input(), "the row step reads the column output");
        assertEquals(45, trace.multipliesAfter(14));
        assertEquals(45 + 27, trace.totalMultiplies());
        assertArrayEquals(new int[] {1, 3, 3}, trace.outputShape());
    }

    @Test
    void randomConfigurationsGiveTheEngineOutputStepByStep() {
        Random r = new Random(19);
        for (int n = 0; n < 20; n++) {
            int cin = between(r, 1, 3), cmid = between(r, 1, 2), cout = between(r, 1, 3);
            int kh = between(r, 1, 3), kw = between(r, 1, 3);
            Window2d window = randomWindow(r, 2, 1, 2);
            Tensor x = randomInputFor(r, cin, kh, kw, window, 3);
            Tensor wColumn = random(r, cmid, cin, kh, 1);
            Tensor wRow = random(r, cout, cmid, 1, kw);
            String context = "config " + n + " " + window;
            SpatiallySeparable.Result expected = SpatiallySeparable.apply(x, wColumn, wRow, window);
            StagedTrace<WeightedSumStep> trace = Traces.spatiallySeparable(x, wColumn, wRow, window);

            Trace<? extends WeightedSumStep> column = trace.stages().get(0).trace();
            Trace<? extends WeightedSumStep> row = trace.stages().get(1).trace();
            assertStepsGive(expected.middle(), column, WeightedSumStep::result, context + " column");
            assertStepsGive(expected.y(), row, WeightedSumStep::result, context + " row");
            for (long i = 0; i < trace.stepCount(); i++) {
                assertAddsUp(trace.step(i), context);
            }
            assertMultipliesAddUp(trace, Counts.spatiallySeparable(x.shape(), wColumn.shape(), wRow.shape(), window)
                    .multiplies(), context);
            assertEquals(expected.y(), trace.output(), context);
            assertEquals(expected.middle(), column.output(), context);
        }
    }

    @Test
    void argumentsAreCheckedAsTheOperationChecksThem() {
        assertEquals("row kernel height wRow.shape[2] must equal one row = 1 (got 2)",
                assertThrows(InvalidArgumentException.class, () -> Traces.spatiallySeparable(Tensor.zeros(1, 3, 3),
                        Tensor.zeros(1, 1, 1, 1), Tensor.zeros(1, 1, 2, 1), Window2d.DEFAULT)).getMessage());
    }
}
