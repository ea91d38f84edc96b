package org.convatlas.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.convatlas.compute.Tensor;

/**
 * Runs cases and checks them: every expected tensor must have the shape of the output of the same name and lie
 * within the case's tolerance of it (largest absolute difference per element), and the multiply count, when the
 * case gives one, must equal the operation's.
 */
public final class CaseEvaluator {

    private final CaseOperations operations;
    private final CaseReader reader;

    public CaseEvaluator(CaseOperations operations) {
        this.operations = operations;
        this.reader = new CaseReader(operations);
    }

    /** An evaluator of the standard operations. */
    public static CaseEvaluator standard() {
        return new CaseEvaluator(CaseOperations.standard());
    }

    /**
     * Reads, runs and checks one case file.
     *
     * @throws IOException                                    when the file cannot be read
     * @throws CaseFormatException                            when it is not a valid case
     * @throws org.convatlas.compute.InvalidArgumentException when the engine rejects its parameters or inputs
     */
    public CaseOutcome evaluate(Path file) throws IOException {
        return evaluate(reader.read(file));
    }

    /** Runs and checks one case; throws as {@link #evaluate(Path)} does for invalid content. */
    public CaseOutcome evaluate(CaseFile caseFile) {
        CaseResult result = operations.require(caseFile.op()).evaluate(caseFile.params(), caseFile.inputs());
        List<String> failures = new ArrayList<>();
        double maxAbsError = 0;
        for (Map.Entry<String, Tensor> entry : caseFile.expected().entrySet()) {
            String name = entry.getKey();
            Tensor expected = entry.getValue();
            Tensor actual = result.outputs().get(name);
            if (actual == null) {
                failures.add("there is no output \"" + name + "\" (" + caseFile.op() + " gives "
                        + String.join(", ", result.outputs().keySet()) + ")");
            } else if (!Arrays.equals(actual.shape(), expected.shape())) {
                failures.add("output \"" + name + "\" has shape " + Arrays.toString(actual.shape()) + ", expected "
                        + Arrays.toString(expected.shape()));
            } else {
                double error = actual.maxAbsDifference(expected);
                maxAbsError = Math.max(maxAbsError, error);
                if (!(error <= caseFile.tolerance())) {
                    failures.add("output \"" + name + "\" is off by up to " + CompactNumbers.format(error)
                            + " (tolerance " + CompactNumbers.format(caseFile.tolerance()) + ")");
                }
            }
        }
        caseFile.multiplies().ifPresent(expected -> checkMultiplies(expected, result, failures));
        return new CaseOutcome(caseFile, result, maxAbsError, failures);
    }

    private static void checkMultiplies(long expected, CaseResult result, List<String> failures) {
        if (result.count() == null) {
            failures.add("the case gives multiplies, but the operation counts none");
        } else if (result.count().multiplies() != expected) {
            failures.add("multiplies: counted " + result.count().multiplies() + ", expected " + expected);
        }
    }
}
