package org.convatlas.cases;

import org.convatlas.compute.Counts;
import org.convatlas.compute.DeformConv2d;
import org.convatlas.compute.DeformConv2dParams;
import org.convatlas.compute.Tensor;

/**
 * {@code deform_conv2d}: inputs {@code x}, {@code w}, {@code offset}, optional {@code mask} and {@code b};
 * parameters the window, {@code groups} and {@code offset_groups}; output {@code y}.
 */
final class DeformConv2dCase implements CaseOperation {

    @Override
    public String op() {
        return "deform_conv2d";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        DeformConv2dParams p = new DeformConv2dParams(EngineParams.window2d(params),
                params.integer("groups"), params.integer("offset_groups"));
        Tensor x = inputs.require("x");
        Tensor w = inputs.require("w");
        Tensor mask = inputs.optional("mask");
        Tensor b = inputs.optional("b");
        return CaseResult.of("y", DeformConv2d.apply(x, w, inputs.require("offset"), mask, b, p),
                Counts.deformConv2d(x.shape(), w.shape(), mask != null, b != null, p));
    }
}
