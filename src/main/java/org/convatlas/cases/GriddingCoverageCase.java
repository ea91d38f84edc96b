package org.convatlas.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convatlas.compute.GriddingCoverage;
import org.convatlas.compute.Tensor;

/**
 * {@code gridding_coverage}: {@code layers} of kernel and dilation give {@code coverage} and
 * {@code touched_fraction}.
 */
final class GriddingCoverageCase implements CaseOperation {

    @Override
    public String op() {
        return "gridding_coverage";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        GriddingCoverage coverage = GriddingCoverage.of(params.list("layers").stream()
                .map(layer -> new GriddingCoverage.Layer(layer.integer("kernel"), layer.integer("dilation")))
                .toList());
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        outputs.put("coverage", coverage.coverage());
        outputs.put("touched_fraction", CaseVectors.of(coverage.touchedFraction()));
        return new CaseResult(outputs, null);
    }
}
