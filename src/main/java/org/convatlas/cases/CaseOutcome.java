package org.convatlas.cases;

import java.util.List;

/**
 * A case evaluated and checked: what the operation gave, the largest absolute difference between an expected
 * tensor and the output of the same name (0 when nothing was compared), and each check that failed, in plain
 * words (empty when the case passed).
 */
public record CaseOutcome(CaseFile caseFile, CaseResult result, double maxAbsError, List<String> failures) {

    public CaseOutcome {
        failures = List.copyOf(failures);
    }

    /** Whether every check passed (trivially so for a case with nothing to check). */
    public boolean passed() {
        return failures.isEmpty();
    }
}
