package org.convatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConvAtlasCommandTest {

    private int windowsOpened;

    private CommandRun run(String... args) {
        return CommandRun.of(ConvAtlasCommand.commandLine(() -> windowsOpened++), args);
    }

    @Test
    void noArgumentsOpensTheWindow() {
        CommandRun run = run();
        assertEquals(0, run.exitCode());
        assertEquals(1, windowsOpened);
        assertEquals("", run.out() + run.err());
    }

    /** The usual start, with no arguments, opens the window without building the command line first. */
    @Test
    void theWindowOpensWithoutTheCommandLineAsWithIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, ConvAtlasCommand.openWindow(() -> windowsOpened++, new PrintStream(err, true)));
        assertEquals(1, windowsOpened);
        assertEquals(3, ConvAtlasCommand.openWindow(() -> {
            throw new IllegalStateException("no display\nsecond line");
        }, new PrintStream(err, true)));
        assertEquals(List.of("error: internal error, IllegalStateException: no display"),
                err.toString().lines().toList());
    }

    @Test
    void appOpensTheWindow() {
        assertEquals(0, run("app").exitCode());
        assertEquals(1, windowsOpened);
    }

    @Test
    void theProbesAreHiddenAndAProbeNotInItsFormIsRefusedPlainly() {
        assertFalse(run("app", "--help").out().contains("probe"));
        CommandRun bad = run("app", "--pace-probe", "image-filter:sobel");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("a pace probe is LESSON:PRESET:SECONDS or LESSON:PRESET:SECONDS:drag"
                + " (got image-filter:sobel)"), bad.err());
        assertEquals(0, windowsOpened);
    }

    @Test
    void helpListsTheCommands() {
        CommandRun run = run("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: convatlas [-hV] [COMMAND]"), run.out());
        assertTrue(run.out().contains("  app "), run.out());
        assertTrue(run.out().contains("  eval "), run.out());
        assertEquals(0, windowsOpened);
    }

    @ParameterizedTest
    @ValueSource(strings = {"app", "eval"})
    void everySubcommandHasHelpAndVersion(String command) {
        CommandRun help = run(command, "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: convatlas " + command + " [-hV]"), help.out());
        CommandRun version = run(command, "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("convatlas "), version.out());
        assertEquals(0, windowsOpened);
    }

    @Test
    void versionNamesTheProgramAndJava() {
        List<String> lines = run("--version").outLines();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("convatlas "), lines.get(0));
        assertTrue(lines.get(1).startsWith("Java "), lines.get(1));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRun run = run("--colour");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Unknown option: '--colour'"), run.err());
        assertEquals(0, windowsOpened);
    }

    @Test
    void anUnexpectedFailureIsOnePlainLine() {
        CommandRun run = CommandRun.of(ConvAtlasCommand.commandLine(() -> {
            throw new IllegalStateException("no display\nsecond line");
        }), "app");
        assertEquals(3, run.exitCode());
        assertEquals(List.of("error: internal error, IllegalStateException: no display"), run.errLines());
    }
}
