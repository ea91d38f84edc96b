package org.convatlas.compute.trace;

import static org.convatlas.compute.trace.TraceAssertions.assertMostlyNonTrivial;
import static org.convatlas.compute.trace.TraceAssertions.assertWeightedSumTrace;
import static org.convatlas.compute.trace.TraceAssertions.between;
import static org.convatlas.compute.trace.TraceAssertions.hasNonZero;
import static org.convatlas.compute.trace.TraceAssertions.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.convatlas.compute.Conv3d;
import org.convatlas.compute.Conv3dParams;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Pads3d;
import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;

class Conv3dTraceTest {

    @Test
    void aStepReadsAVolumeAndItsPadding() {
        Tensor x = Tensor.filled(1, 1, 2, 2, 2);
        Tensor w = Tensor.filled(2, 1, 1, 2, 2, 2);
        Conv3dParams p = new Conv3dParams(1, 1, 1, Pads3d.uniform(1), 1, 1, 1, 1);
        WeightedSumStep corner = Traces.conv3d(x, w, null, p).step(0); // window over (-1..0)^3: one cell inside

        assertEquals(Coordinates.of(0, 0, 0, 0), corner.output());
        assertEquals(8, corner.taps().size());
        assertEquals(new TapSource.Padding(Coordinates.of(0, -1, -1, -1)), corner.taps().get(0).source());
        assertEquals(new TapSource.Input(Coordinates.of(0, 0, 0, 0)), corner.taps().get(7).source());
        assertEquals(Coordinates.of(0, 0, 1, 1, 1), corner.taps().get(7).kernel());
        assertEquals(2, corner.result());
    }

    @Test
    void randomConfigurationsGiveTheEngineOutputStepByStep() {
        Random r = new Random(33);
        int configs = 25;
        int nonTrivial = 0;
        for (int n = 0; n < configs; n++) {
            int groups = between(r, 1, 2);
            int cin = groups * between(r, 1, 2);
            int cout = groups * between(r, 1, 2);
            int kd = between(r, 1, 2), kh = between(r, 1, 3), kw = between(r, 1, 3);
            Conv3dParams p = new Conv3dParams(between(r, 1, 2), between(r, 1, 2), between(r, 1, 3),
                    new Pads3d(between(r, 0, 1), between(r, 0, 2), between(r, 0, 2), between(r, 0, 1),
                            between(r, 0, 2), between(r, 0, 2)),
                    between(r, 1, 2), between(r, 1, 2), between(r, 1, 2), groups);
            Tensor x = random(r, cin, ConvArithmetic.reach(kd, p.dilationD()) + between(r, 0, 2),
                    ConvArithmetic.reach(kh, p.dilationH()) + between(r, 0, 3),
                    ConvArithmetic.reach(kw, p.dilationW()) + between(r, 0, 3));
            Tensor w = random(r, cout, cin / groups, kd, kh, kw);
            Tensor b = r.nextBoolean() ? random(r, cout) : null;
            String context = "config " + n + " " + p;
            Tensor expected = Conv3d.apply(x, w, b, p);
            Trace<WeightedSumStep> trace = Traces.conv3d(x, w, b, p);

            assertWeightedSumTrace(expected, trace, Counts.conv3d(x.shape(), w.shape(), b != null, p).multiplies(),
                    context);
            nonTrivial += hasNonZero(expected) ? 1 : 0;
        }
        assertMostlyNonTrivial(nonTrivial, configs);
    }

    @Test
    void argumentsAreCheckedAsTheOperationChecksThem() {
        Tensor x = Tensor.zeros(2, 3, 3, 3);
        assertEquals("bias must have shape [1] (got [2])", assertThrows(InvalidArgumentException.class,
                () -> Traces.conv3d(x, Tensor.zeros(1, 2, 1, 1, 1), Tensor.zeros(2), Conv3dParams.DEFAULT)).getMessage());
    }
}
