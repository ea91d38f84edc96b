package org.convatlas.cases;

import org.convatlas.compute.Counts;
import org.convatlas.compute.SqueezeExcitation;
import org.convatlas.compute.Tensor;

/**
 * {@code squeeze_excitation}: inputs {@code x [C, H, W]}, {@code w1 [C/r, C]}, {@code b1}, {@code w2}, {@code b2};
 * parameter {@code reduction} (r, which must agree with {@code w1}); outputs {@code y} and {@code scale [C]}.
 */
final class SqueezeExcitationCase implements CaseOperation {

    @Override
    public String op() {
        return "squeeze_excitation";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        int reduction = params.integer("reduction");
        Tensor x = inputs.require("x");
        Tensor w1 = inputs.require("w1");
        SqueezeExcitation.Result result = SqueezeExcitation.apply(x, w1, inputs.require("b1"),
                inputs.require("w2"), inputs.require("b2"));
        int hidden = w1.dim(0);
        EngineParams.checkDerived("reduction", reduction, "C / w1.shape[0]", x.dim(0), hidden);
        return CaseResult.of("y", result.y(), "scale", result.scale(), Counts.squeezeExcitation(x.shape(), hidden));
    }
}
