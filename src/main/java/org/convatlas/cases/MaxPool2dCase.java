package org.convatlas.cases;

import org.convatlas.compute.Counts;
import org.convatlas.compute.MaxPool2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;

/** {@code max_pool2d}: input {@code x}; outputs {@code y} and {@code indices} (flat {@code h*W + w} per channel). */
final class MaxPool2dCase implements CaseOperation {

    @Override
    public String op() {
        return "max_pool2d";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        Pool2dParams p = EngineParams.pool2d(params);
        Tensor x = inputs.require("x");
        MaxPool2d.Result pooled = MaxPool2d.apply(x, p);
        return CaseResult.of("y", pooled.values(), "indices", pooled.indices(), Counts.maxPool2d(x.shape(), p));
    }
}
