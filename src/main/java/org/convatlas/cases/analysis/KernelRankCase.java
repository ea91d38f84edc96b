package org.convatlas.cases.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convatlas.cases.CaseInputs;
import org.convatlas.cases.CaseOperation;
import org.convatlas.cases.CaseParams;
import org.convatlas.cases.CaseResult;
import org.convatlas.compute.KernelRank;
import org.convatlas.compute.Tensor;

/**
 * {@code kernel_rank}: kernel {@code w} and the relative {@code tolerance} give {@code rank},
 * {@code singular_values} and {@code separable_approximation}.
 */
public final class KernelRankCase implements CaseOperation {

    @Override
    public String op() {
        return "kernel_rank";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        KernelRank rank = KernelRank.of(inputs.require("w"), params.number("tolerance"));
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        outputs.put("rank", CaseValues.vector(rank.rank()));
        outputs.put("singular_values", CaseValues.vector(rank.singularValues()));
        outputs.put("separable_approximation", rank.separableApproximation());
        return new CaseResult(outputs, null);
    }
}
