package org.convatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.convatlas.cases.CaseEvaluator;
import org.convatlas.cases.CaseFormatException;
import org.convatlas.cases.CaseJsonLines;
import org.convatlas.cases.CaseOutcome;
import org.convatlas.compute.InvalidArgumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convatlas eval FILE_OR_DIR...}: evaluates reference cases and prints one JSON line per case on the
 * output stream ({@link CaseJsonLines}). A file that cannot be evaluated is reported as {@code error: FILE: reason}
 * on the error stream, a case that misses its expected values as {@code fail: FILE: reason}; the other files are
 * still evaluated, and the exit code is the worst one met.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = ConvAtlasVersion.class,
        description = "Evaluate reference cases and print one JSON line per case.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every case computed, and matched its expected values",
                "1:a case did not match its expected values or multiply count",
                "2:a file is missing, unreadable or not a valid case (bad JSON, missing field, "
                        + "shape/data mismatch, unknown op, parameter rejected)",
                "3:internal error (a bug)"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = "Case files (.json); a directory stands for its *.json files, by name.")
    private List<Path> paths;

    /** Makes the evaluator when the command runs: its JSON reader takes a while to load, which no other command needs. */
    private final Supplier<CaseEvaluator> evaluatorFactory;

    EvalCommand(Supplier<CaseEvaluator> evaluatorFactory) {
        this.evaluatorFactory = evaluatorFactory;
    }

    @Override
    public Integer call() {
        CaseEvaluator evaluator = evaluatorFactory.get();
        int worst = ExitCodes.OK;
        for (Path path : paths) {
            worst = Math.max(worst, Files.isDirectory(path) ? evaluateDirectory(evaluator, path)
                    : evaluateFile(evaluator, path));
        }
        return worst;
    }

    private int evaluateDirectory(CaseEvaluator evaluator, Path directory) {
        List<Path> files;
        try (Stream<Path> entries = Files.list(directory)) {
            files = entries.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return error(directory, PlainErrors.io(e));
        }
        if (files.isEmpty()) {
            return error(directory, "no .json files in this directory");
        }
        int worst = ExitCodes.OK;
        for (Path file : files) {
            worst = Math.max(worst, evaluateFile(evaluator, file));
        }
        return worst;
    }

    private int evaluateFile(CaseEvaluator evaluator, Path file) {
        CaseOutcome outcome;
        try {
            outcome = evaluator.evaluate(file);
        } catch (IOException e) {
            return error(file, PlainErrors.io(e));
        } catch (CaseFormatException | InvalidArgumentException e) {
            return error(file, e.getMessage());
        } catch (RuntimeException e) {
            error(file, PlainErrors.unexpected(e));
            return ExitCodes.INTERNAL_ERROR;
        }
        out().println(CaseJsonLines.line(outcome));
        if (outcome.passed()) {
            return ExitCodes.OK;
        }
        err().println("fail: " + file + ": " + String.join("; ", outcome.failures()));
        return ExitCodes.CHECK_FAILED;
    }

    /** Reports a file that could not be evaluated; returns {@link ExitCodes#INVALID_INPUT}. */
    private int error(Path file, String reason) {
        err().println("error: " + file + ": " + reason);
        return ExitCodes.INVALID_INPUT;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
