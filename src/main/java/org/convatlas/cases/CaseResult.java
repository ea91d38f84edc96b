package org.convatlas.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;

/**
 * What evaluating a case produced: named output tensors (in the format's order), and the operation's
 * counts, which analysis operations do not have ({@code count} is then null).
 */
public record CaseResult(Map<String, Tensor> outputs, OpCount count) {

    public CaseResult {
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /** A single output with counts. */
    public static CaseResult of(String name, Tensor output, OpCount count) {
        return new CaseResult(Map.of(name, output), count);
    }

    /** Two outputs, in this order, with counts. */
    public static CaseResult of(String firstName, Tensor first, String secondName, Tensor second, OpCount count) {
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        outputs.put(firstName, first);
        outputs.put(secondName, second);
        return new CaseResult(outputs, count);
    }
}
