package org.convatlas.cases;

import org.convatlas.compute.Counts;
import org.convatlas.compute.PixelShuffle;

/** {@code pixel_shuffle}: input {@code x [C*r*r, H, W]}; parameter {@code upscale} (r); output {@code y}. */
final class PixelShuffleCase implements CaseOperation {

    @Override
    public String op() {
        return "pixel_shuffle";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        return CaseResult.of("y", PixelShuffle.apply(inputs.require("x"), params.integer("upscale")),
                Counts.rearrangement());
    }
}
