package org.convatlas.cases;

/**
 * One operation of the case format ({@code op} field): reads its parameters and inputs, runs the engine,
 * and names its outputs as the format does.
 */
public interface CaseOperation {

    /** The {@code op} name in case files, e.g. {@code conv2d}. */
    String op();

    /**
     * Evaluates a case.
     *
     * @throws CaseFormatException                              when a parameter or input is missing or malformed
     * @throws org.convatlas.compute.InvalidArgumentException when the engine rejects the parameters
     */
    CaseResult evaluate(CaseParams params, CaseInputs inputs);
}
