package org.convatlas.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convatlas.compute.KernelRank;
import org.convatlas.compute.Tensor;

/**
 * {@code kernel_rank}: kernel {@code w} and the relative {@code tolerance} give {@code rank},
 * {@code singular_values} and {@code separable_approximation}.
 */
final class KernelRankCase implements CaseOperation {

    @Override
    public String op() {
        return "kernel_rank";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        KernelRank rank = KernelRank.of(inputs.require("w"), params.number("tolerance"));
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        outputs.put("rank", CaseVectors.of(rank.rank()));
        outputs.put("singular_values", CaseVectors.of(rank.singularValues()));
        outputs.put("separable_approximation", rank.separableApproximation());
        return new CaseResult(outputs, null);
    }
}
