package org.convatlas.cases;

import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.Tensor;

/** {@code conv2d}: inputs {@code x}, {@code w}, optional {@code b}; output {@code y}. */
final class Conv2dCase implements CaseOperation {

    @Override
    public String op() {
        return "conv2d";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        Conv2dParams p = EngineParams.conv2d(params);
        Tensor x = inputs.require("x");
        Tensor w = inputs.require("w");
        Tensor b = inputs.optional("b");
        return CaseResult.of("y", Conv2d.apply(x, w, b, p), Counts.conv2d(x.shape(), w.shape(), b != null, p));
    }
}
