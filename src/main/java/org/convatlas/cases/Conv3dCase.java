package org.convatlas.cases;

import org.convatlas.compute.Conv3d;
import org.convatlas.compute.Conv3dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.Pads3d;
import org.convatlas.compute.Tensor;

/**
 * {@code conv3d}: inputs {@code x [Cin, D, H, W]}, {@code w}, optional {@code b}; parameters {@code stride [sd, sh, sw]},
 * {@code pads [front, top, left, back, bottom, right]}, {@code dilation [dd, dh, dw]}, {@code groups};
 * output {@code y}.
 */
final class Conv3dCase implements CaseOperation {

    @Override
    public String op() {
        return "conv3d";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        int[] stride = params.ints("stride", 3);
        int[] dilation = params.ints("dilation", 3);
        Conv3dParams p = new Conv3dParams(stride[0], stride[1], stride[2], Pads3d.of(params.ints("pads", 6)),
                dilation[0], dilation[1], dilation[2], params.integer("groups"));
        Tensor x = inputs.require("x");
        Tensor w = inputs.require("w");
        Tensor b = inputs.optional("b");
        return CaseResult.of("y", Conv3d.apply(x, w, b, p), Counts.conv3d(x.shape(), w.shape(), b != null, p));
    }
}
