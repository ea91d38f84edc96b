package org.convatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convatlas.cases.CaseEvaluator;
import org.convatlas.cases.CaseInputs;
import org.convatlas.cases.CaseOperation;
import org.convatlas.cases.CaseOperations;
import org.convatlas.cases.CaseParams;
import org.convatlas.cases.CaseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code convatlas eval}, run in process on reference cases and on broken copies of one, made in a temporary folder. */
class EvalCommandTest {

    private static final String GOOD_NAME = "conv2d_classic_4x4_k3x3_valid";

    @TempDir
    Path folder;

    private String good;

    @BeforeEach
    void readGoodCase() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/cases/" + GOOD_NAME + ".json")) {
            good = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes the good case with {@code part} replaced to {@code fileName} in the temporary folder. */
    private Path variant(String fileName, String part, String replacement) throws IOException {
        assertTrue(good.contains(part), "the good case has " + part);
        return Files.writeString(folder.resolve(fileName), good.replace(part, replacement));
    }

    private Path goodCopy(String fileName) throws IOException {
        return Files.writeString(folder.resolve(fileName), good);
    }

    private static CommandRun eval(Object... paths) {
        String[] args = new String[paths.length + 1];
        args[0] = "eval";
        for (int i = 0; i < paths.length; i++) {
            args[i + 1] = paths[i].toString();
        }
        return CommandRun.of(ConvAtlasCommand.commandLine(() -> {
            throw new AssertionError("eval opens no window");
        }), args);
    }

    /** The one error line a bad file gives, with nothing on the output stream. */
    private static void assertRejected(Path file, String reason) {
        CommandRun run = eval(file);
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of("error: " + file + ": " + reason), run.errLines());
    }

    @Test
    void aGoodCasePrintsItsLineAndPasses() throws IOException {
        CommandRun run = eval(goodCopy("good.json"));
        assertEquals(0, run.exitCode());
        assertEquals(List.of("{\"name\":\"" + GOOD_NAME + "\",\"outputs\":{\"y\":{\"shape\":[1,2,2],\"data\":[1,5,6,2]}},"
                + "\"multiplies\":36,\"parameters\":9,\"pass\":true,\"max_abs_error\":0}"), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void aDirectoryStandsForItsJsonFilesInNameOrder() throws IOException {
        variant("b.json", "\"name\": \"" + GOOD_NAME + "\"", "\"name\": \"second\"");
        variant("a.json", "\"name\": \"" + GOOD_NAME + "\"", "\"name\": \"first\"");
        Files.writeString(folder.resolve("notes.txt"), "not a case");
        Files.createDirectory(folder.resolve("nested.json"));
        CommandRun run = eval(folder);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"name\":\"first\","), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"name\":\"second\","), lines.get(1));
    }

    @Test
    void theReferenceCasesOfConv2dAllPass() throws Exception {
        Path cases = Path.of(getClass().getResource("/cases").toURI());
        List<Path> conv2d;
        try (var files = Files.list(cases)) {
            conv2d = files.filter(f -> f.getFileName().toString().startsWith("conv2d_")).sorted().toList();
        }
        assertFalse(conv2d.isEmpty());
        CommandRun run = eval(conv2d.toArray());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(conv2d.size(), run.outLines().size());
        assertTrue(run.outLines().stream().allMatch(line -> line.contains("\"pass\":true")));
    }

    @Test
    void wrongExpectedValuesFailWithExitCode1() throws IOException {
        Path file = variant("wrong.json", "\"data\": [1, 5, 6, 2]", "\"data\": [1, 5, 6, 3]");
        CommandRun run = eval(file);
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("\"pass\":false,\"max_abs_error\":1}"), run.out());
        assertEquals(List.of("fail: " + file + ": output \"y\" is off by up to 1 (tolerance 1E-4)"), run.errLines());
    }

    @Test
    void malformedJsonIsRejected() throws IOException {
        Path file = variant("malformed.json", "\"op\": \"conv2d\",", "\"op\": \"conv2d\"");
        assertRejected(file, "not valid JSON at line 4, column 3: Unexpected character ('\"' (code 34)): "
                + "was expecting comma to separate Object entries");
    }

    @Test
    void aMissingFieldIsRejected() throws IOException {
        assertRejected(variant("no-op.json", "\"op\": \"conv2d\",", ""), "missing field \"op\"");
    }

    @Test
    void aShapeThatDoesNotFitItsDataIsRejected() throws IOException {
        Path file = variant("short.json", "[1, 2, 0, 3, 0, 1, 2, 1, 3, 1, 0, 2, 2, 0, 1, 1]",
                "[1, 2, 0, 3, 0, 1, 2, 1, 3, 1, 0, 2, 2, 0, 1]");
        assertRejected(file, "tensor \"x\": shape [1, 4, 4] needs 16 values (got 15)");
    }

    @Test
    void aParameterTheEngineRefusesIsRejected() throws IOException {
        assertRejected(variant("stride0.json", "\"stride\": [1, 1]", "\"stride\": [0, 1]"),
                "stride must be at least 1 (got 0)");
    }

    @Test
    void anUnknownOpIsRejected() throws IOException {
        CommandRun run = eval(variant("conv9d.json", "\"op\": \"conv2d\"", "\"op\": \"conv9d\""));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(": unknown op \"conv9d\"; known ops: avg_pool2d, "), run.err());
    }

    @Test
    void aMissingFileIsRejected() {
        assertRejected(folder.resolve("absent.json"), "no such file or directory");
    }

    @Test
    void aDirectoryWithoutCasesIsRejected() throws IOException {
        assertRejected(Files.createDirectory(folder.resolve("empty")), "no .json files in this directory");
    }

    @Test
    void badFilesDoNotStopTheOthersAndTheWorstExitCodeWins() throws IOException {
        Path first = goodCopy("1-good.json");
        Path wrong = variant("2-wrong.json", "\"data\": [1, 5, 6, 2]", "\"data\": [1, 5, 6, 3]");
        Path broken = variant("3-broken.json", "\"inputs\"", "\"inputz\"");
        Path last = goodCopy("4-good.json");
        CommandRun run = eval(first, wrong, broken, folder.resolve("5-absent.json"), last);
        assertEquals(2, run.exitCode());
        List<String> lines = run.outLines();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).endsWith("\"pass\":true,\"max_abs_error\":0}"), lines.get(0));
        assertTrue(lines.get(1).contains("\"pass\":false"), lines.get(1));
        assertTrue(lines.get(2).endsWith("\"pass\":true,\"max_abs_error\":0}"), lines.get(2));
        assertEquals(List.of(
                "fail: " + wrong + ": output \"y\" is off by up to 1 (tolerance 1E-4)",
                "error: " + broken + ": missing field \"inputs\"",
                "error: " + folder.resolve("5-absent.json") + ": no such file or directory"), run.errLines());
    }

    @Test
    void anOperationThatBreaksIsReportedInOneLineAndTheOthersStillRun() throws IOException {
        CaseOperation broken = new CaseOperation() {
            @Override
            public String op() {
                return "conv2d";
            }

            @Override
            public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
                throw new ArrayIndexOutOfBoundsException("Index 7 out of bounds for length 4");
            }
        };
        CommandLine commandLine = new CommandLine(new EvalCommand(() -> new CaseEvaluator(new CaseOperations(List.of(broken)))));
        Path file = goodCopy("good.json");
        CommandRun run = CommandRun.of(commandLine, file.toString(), folder.resolve("absent.json").toString());
        assertEquals(3, run.exitCode());
        assertEquals(List.of(
                "error: " + file + ": internal error, ArrayIndexOutOfBoundsException: Index 7 out of bounds for length 4",
                "error: " + folder.resolve("absent.json") + ": no such file or directory"), run.errLines());
    }

    @Test
    void evalNeedsAtLeastOnePath() {
        CommandRun run = eval();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Missing required parameter: 'FILE_OR_DIR'"), run.err());
    }
}
