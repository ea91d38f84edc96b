package org.convatlas.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference case under {@code cases/} on the test class path (a copy of the shared cases of the operations
 * registered here), evaluated as {@code convatlas eval} does: each expected tensor within the case's tolerance,
 * and the multiply count equal where the case gives one.
 */
class ReferenceCasesTest {

    /** The ops whose every case carries {@code multiplies} (docs/case-format.md), so that check cannot be skipped. */
    private static final Set<String> COUNTED_OPS = Set.of("conv2d", "conv3d", "depthwise_separable");

    private static final CaseEvaluator EVALUATOR = CaseEvaluator.standard();

    static List<Path> caseFiles() throws IOException, URISyntaxException {
        URL folder = ReferenceCasesTest.class.getResource("/cases");
        assertNotNull(folder, "the test class path has a cases/ folder");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static Stream<Named<Path>> cases() throws IOException, URISyntaxException {
        return caseFiles().stream().map(f -> Named.of(f.getFileName().toString(), f));
    }

    @Test
    void thereAreCasesForEveryOperation() throws IOException, URISyntaxException {
        List<Path> files = caseFiles();
        assertFalse(files.isEmpty());
        for (String op : CaseOperations.standard().names()) {
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith(op + "_")),
                    "a case of " + op);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesItsExpectedValues(Path file) throws IOException {
        CaseOutcome outcome = EVALUATOR.evaluate(file);
        CaseFile caseFile = outcome.caseFile();
        assertEquals(file.getFileName().toString(), caseFile.name() + ".json");
        assertTrue(caseFile.hasExpected(), "the case has expected values");
        assertEquals(COUNTED_OPS.contains(caseFile.op()), caseFile.multiplies().isPresent(), "multiplies given");
        assertTrue(outcome.passed(), () -> String.join("; ", outcome.failures()));
        assertTrue(CaseJsonLines.line(outcome).endsWith("\"pass\":true,\"max_abs_error\":"
                + CompactNumbers.format((float) outcome.maxAbsError()) + "}"));
    }
}
