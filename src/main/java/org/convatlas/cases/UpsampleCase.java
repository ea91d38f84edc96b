package org.convatlas.cases;

import java.util.Locale;
import org.convatlas.compute.Counts;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Upsample;
import org.convatlas.compute.UpsampleMode;

/** {@code upsample}: input {@code x}; parameters {@code scale [sh, sw]} and {@code mode}; output {@code y}. */
final class UpsampleCase implements CaseOperation {

    @Override
    public String op() {
        return "upsample";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        int[] scale = params.ints("scale", 2);
        UpsampleMode mode = mode(params.string("mode"));
        Tensor x = inputs.require("x");
        return CaseResult.of("y", Upsample.apply(x, scale[0], scale[1], mode),
                Counts.upsample(x.shape(), scale[0], scale[1], mode));
    }

    /** {@code nearest} or {@code bilinear}. */
    private static UpsampleMode mode(String name) {
        for (UpsampleMode mode : UpsampleMode.values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(name)) {
                return mode;
            }
        }
        throw new CaseFormatException("parameter \"mode\" must be \"nearest\" or \"bilinear\" (got \"" + name + "\")");
    }
}
