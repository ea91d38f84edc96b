package org.convatlas.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convatlas.compute.Tensor;

/** The named input tensors of a case. */
public final class CaseInputs {

    private final Map<String, Tensor> tensors;

    public CaseInputs(Map<String, Tensor> tensors) {
        this.tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    }

    /** The input called {@code name}. @throws CaseFormatException when there is none */
    public Tensor require(String name) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new CaseFormatException("missing input \"" + name + "\"");
        }
        return t;
    }

    /** The input called {@code name}, or null. */
    public Tensor optional(String name) {
        return tensors.get(name);
    }
}
