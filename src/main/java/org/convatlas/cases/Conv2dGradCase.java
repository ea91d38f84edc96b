package org.convatlas.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convatlas.compute.Conv2dGrad;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Tensor;

/**
 * {@code conv2d_grad}: {@code x}, {@code w}, {@code dy} and {@code conv2d}'s parameters give {@code dx}, {@code dw} and
 * {@code db}.
 */
final class Conv2dGradCase implements CaseOperation {

    @Override
    public String op() {
        return "conv2d_grad";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        Conv2dParams p = EngineParams.conv2d(params);
        Conv2dGrad.Gradients g = Conv2dGrad.apply(inputs.require("x"), inputs.require("w"), inputs.require("dy"), p);
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        outputs.put("dx", g.dx());
        outputs.put("dw", g.dw());
        outputs.put("db", g.db());
        return new CaseResult(outputs, null);
    }
}
