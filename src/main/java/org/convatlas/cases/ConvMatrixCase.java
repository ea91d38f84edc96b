package org.convatlas.cases;

import org.convatlas.compute.ConvMatrix;

/**
 * {@code conv_matrix}: kernel {@code w}, {@code input [H, W]}, {@code stride}, {@code pads} and {@code dilation} give
 * the matrix {@code C}.
 */
final class ConvMatrixCase implements CaseOperation {

    @Override
    public String op() {
        return "conv_matrix";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        int[] input = params.ints("input", 2);
        ConvMatrix matrix = ConvMatrix.of(inputs.require("w"), input[0], input[1], EngineParams.window2d(params));
        return CaseResult.of("C", matrix.dense(), null);
    }
}
