package org.convatlas.cases;

import org.convatlas.compute.TransposedOverlap;

/**
 * {@code transposed_overlap}: {@code input}, {@code kernel}, {@code stride}, {@code pads} and {@code dilation} give
 * {@code counts}.
 */
final class TransposedOverlapCase implements CaseOperation {

    @Override
    public String op() {
        return "transposed_overlap";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        int[] input = params.ints("input", 2);
        int[] kernel = params.ints("kernel", 2);
        TransposedOverlap overlap = TransposedOverlap.of(input[0], input[1],
                new TransposedOverlap.Layer(kernel[0], kernel[1], EngineParams.window2d(params)));
        return CaseResult.of("counts", overlap.counts(), null);
    }
}
