package org.convatlas.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.convatlas.compute.Tensor;

/**
 * One reference case as read from its file (docs/case-format.md): the operation, its parameters and inputs, and what it
 * must give. {@code expected} is empty when the file has none; {@code tolerance} is the largest allowed absolute
 * difference per element ({@value #DEFAULT_TOLERANCE} when the file does not say); {@code multiplies} is the
 * multiply count the operation must report, when the file gives one.
 */
public record CaseFile(String name, String op, CaseParams params, CaseInputs inputs,
                       Map<String, Tensor> expected, double tolerance, OptionalLong multiplies) {

    /** The tolerance of a case that does not state one. */
    public static final double DEFAULT_TOLERANCE = 1e-4;

    public CaseFile {
        expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
    }

    /** Whether the case names expected output tensors. */
    public boolean hasExpected() {
        return !expected.isEmpty();
    }

    /** Whether there is anything to check: expected tensors or a multiply count. */
    public boolean isChecked() {
        return hasExpected() || multiplies.isPresent();
    }
}
