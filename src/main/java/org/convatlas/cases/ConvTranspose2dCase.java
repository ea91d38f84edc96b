package org.convatlas.cases;

import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.Tensor;

/**
 * {@code conv_transpose2d}: inputs {@code x}, {@code w [Cin, Cout/groups, kH, kW]}, optional {@code b};
 * parameters the window, {@code output_padding [oh, ow]} and {@code groups}; output {@code y}.
 */
final class ConvTranspose2dCase implements CaseOperation {

    @Override
    public String op() {
        return "conv_transpose2d";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        int[] outputPadding = params.ints("output_padding", 2);
        ConvTranspose2dParams p = new ConvTranspose2dParams(EngineParams.window2d(params),
                outputPadding[0], outputPadding[1], params.integer("groups"));
        Tensor x = inputs.require("x");
        Tensor w = inputs.require("w");
        Tensor b = inputs.optional("b");
        return CaseResult.of("y", ConvTranspose2d.apply(x, w, b, p),
                Counts.convTranspose2d(x.shape(), w.shape(), b != null, p));
    }
}
