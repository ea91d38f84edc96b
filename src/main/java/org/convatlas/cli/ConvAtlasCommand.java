package org.convatlas.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.convatlas.cases.CaseEvaluator;
import org.convatlas.lesson.LessonRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command, {@code convatlas}: with no subcommand it opens the window, as {@code convatlas app} does. */
@Command(name = "convatlas", mixinStandardHelpOptions = true, versionProvider = ConvAtlasVersion.class,
        description = "Every convolution used in deep learning, animated. Without a command, opens the window.")
final class ConvAtlasCommand implements Callable<Integer> {

    private final Runnable openWindow;

    private ConvAtlasCommand(Runnable openWindow) {
        this.openWindow = openWindow;
    }

    /**
     * The whole command line: this root, {@code app}, {@code eval}, {@code lessons} and {@code export}. Unexpected
     * exceptions are reported in one plain line on the error stream, exit code {@value ExitCodes#INTERNAL_ERROR}.
     *
     * @param openWindow opens the application window and returns when it closes
     */
    static CommandLine commandLine(Runnable openWindow) {
        CommandLine commandLine = new CommandLine(new ConvAtlasCommand(openWindow))
                .addSubcommand(new AppCommand(openWindow))
                .addSubcommand(new EvalCommand(CaseEvaluator::standard))
                .addSubcommand(new LessonsCommand(LessonRegistry.builtIn()))
                .addSubcommand(new ExportCommand(LessonRegistry.builtIn()));
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println(errorLine(exception));
            return ExitCodes.INTERNAL_ERROR;
        });
        return commandLine;
    }

    /**
     * What the command line does with no arguments, without building it: opens the window and returns the exit
     * code, reporting an unexpected exception in one plain line on {@code err}. Making the command line's model of
     * every command takes about a third of a second, which the usual start (no arguments) need not wait for.
     */
    static int openWindow(Runnable openWindow, PrintStream err) {
        try {
            openWindow.run();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            err.println(errorLine(e));
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    private static String errorLine(Exception e) {
        return "error: " + PlainErrors.unexpected(e);
    }

    @Override
    public Integer call() {
        openWindow.run();
        return ExitCodes.OK;
    }
}
