package org.convatlas.cases;

import org.convatlas.compute.Counts;
import org.convatlas.compute.MaxUnpool2d;

/** {@code max_unpool2d}: inputs {@code x} and {@code indices}; parameter {@code output_size [H, W]}; output {@code y}. */
final class MaxUnpool2dCase implements CaseOperation {

    @Override
    public String op() {
        return "max_unpool2d";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        int[] size = params.ints("output_size", 2);
        return CaseResult.of("y", MaxUnpool2d.apply(inputs.require("x"), inputs.require("indices"), size[0], size[1]),
                Counts.rearrangement());
    }
}
