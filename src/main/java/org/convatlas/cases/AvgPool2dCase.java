package org.convatlas.cases;

import org.convatlas.compute.AvgPool2d;
import org.convatlas.compute.Counts;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;

/** {@code avg_pool2d}: input {@code x}; parameters the pool's and {@code count_include_pad}; output {@code y}. */
final class AvgPool2dCase implements CaseOperation {

    @Override
    public String op() {
        return "avg_pool2d";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        Pool2dParams p = EngineParams.pool2d(params);
        Tensor x = inputs.require("x");
        return CaseResult.of("y", AvgPool2d.apply(x, p, params.bool("count_include_pad")),
                Counts.avgPool2d(x.shape(), p));
    }
}
