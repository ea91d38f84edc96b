package org.convatlas.cases;

import org.convatlas.compute.Counts;
import org.convatlas.compute.DepthwiseSeparable;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;

/**
 * {@code depthwise_separable}: inputs {@code x [Cin, H, W]}, {@code w_depthwise [Cin*m, 1, kH, kW]},
 * {@code w_pointwise}; parameters the depthwise window and {@code depth_multiplier} (m, which must agree with
 * {@code w_depthwise}); outputs {@code y} and {@code depthwise}.
 */
final class DepthwiseSeparableCase implements CaseOperation {

    @Override
    public String op() {
        return "depthwise_separable";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        Window2d window = EngineParams.window2d(params);
        int multiplier = params.integer("depth_multiplier");
        Tensor x = inputs.require("x");
        Tensor wDepthwise = inputs.require("w_depthwise");
        Tensor wPointwise = inputs.require("w_pointwise");
        DepthwiseSeparable.Result result = DepthwiseSeparable.apply(x, wDepthwise, wPointwise, window);
        EngineParams.checkDerived("depth_multiplier", multiplier, "w_depthwise.shape[0] / Cin",
                wDepthwise.dim(0), x.dim(0));
        return CaseResult.of("y", result.y(), "depthwise", result.depthwise(),
                Counts.depthwiseSeparable(x.shape(), wDepthwise.shape(), wPointwise.shape(), window));
    }
}
