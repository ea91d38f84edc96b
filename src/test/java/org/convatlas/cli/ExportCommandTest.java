package org.convatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convatlas lessons} and {@code convatlas export}, run in process: the listing, an export with a preset and
 * values, {@code --all} into a folder (small pictures, one step each, so that it stays fast), and a plain message with
 * exit code 2 for every kind of bad input.
 */
class ExportCommandTest {

    @TempDir
    Path folder;

    private static CommandRun run(String... args) {
        return CommandRun.of(ConvAtlasCommand.commandLine(() -> {
            throw new AssertionError("export opens no window");
        }), args);
    }

    @Test
    void lessonsListsEveryLessonWithItsParametersAndPresets() {
        CommandRun run = run("lessons");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        for (Lesson lesson : LessonRegistry.builtIn().lessons()) {
            assertTrue(run.outLines().stream().anyMatch(line -> line.startsWith(lesson.id() + "  ")), lesson.id());
            for (Parameter<?> parameter : lesson.parameters()) {
                assertTrue(run.out().contains("--set " + parameter.id() + "="), parameter.id());
            }
        }
        assertTrue(run.out().contains("--preset stride2"));
    }

    @Test
    void exportsALessonAtAPresetWithValuesSet() throws IOException {
        Path png = folder.resolve("stride.png");
        CommandRun run = run("export", "--lesson", "single-channel-2d", "--preset", "stride2", "--set", "dilation=2",
                "--set", "kernel=sobelX", "--size", "200x100", "--lang", "zh-CN", "--theme", "dark", "--out",
                png.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(200, ImageIO.read(png.toFile()).getWidth());
        assertTrue(run.err().contains("1 of 1 frames"), "progress on the error stream");
    }

    /** The grouped convolution's counts card, with the groups set on the command line, in the JSON document. */
    @Test
    void exportsTheGroupedConvolutionsCountsAsJson() throws IOException {
        Path json = folder.resolve("grouped.json");
        CommandRun run = run("export", "--lesson", "grouped-conv", "--set", "groups=4", "--format", "json",
                "--steps", "current", "--out", json.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String document = Files.readString(json);
        assertTrue(document.contains("Weights: 8 filters of 2×3×3 = 144, the standard convolution’s 576 divided by 4"),
                document);
        assertTrue(document.contains("Multiplications: 1,296, the standard convolution’s 5,184 divided by 4"),
                document);
        assertTrue(document.contains("4 groups (bands 0 to 3), each 2 input channels, 2 filters and output channels"),
                document);
    }

    @Test
    void exportAllWritesOneFilePerPresetOfEveryLesson() throws IOException {
        Path out = folder.resolve("figures");
        CommandRun run = run("export", "--all", "--format", "png", "--size", "96x64", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> expected = new ArrayList<>();
        for (Lesson lesson : LessonRegistry.builtIn().lessons()) {
            if (lesson.presets().isEmpty()) {
                expected.add(lesson.id() + ".png");
            }
            lesson.presets().forEach(preset -> expected.add(lesson.id() + "-"
                    + preset.name() + ".png"));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(expected.stream().sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void badInputIsOnePlainLineAndExitCodeTwo() {
        String out = folder.resolve("x.gif").toString();
        String[][] cases = {
                {"no lesson nope", "--lesson", "nope", "--out", out},
                {"has no preset huge", "--lesson", "single-channel-2d", "--preset", "huge", "--out", out},
                {"has no parameter colour", "--lesson", "single-channel-2d", "--set", "colour=3", "--out", out},
                {"parameter stride takes a whole number from 1 to 4 (got 9)", "--lesson", "single-channel-2d",
                        "--set", "stride=9", "--out", out},
                {"parameter padding takes one of valid, same, full, explicit (got wide)", "--lesson",
                        "single-channel-2d", "--set", "padding=wide", "--out", out},
                {"--set takes param=value", "--lesson", "single-channel-2d", "--set", "stride", "--out", out},
                {"no such folder", "--lesson", "single-channel-2d", "--out",
                        folder.resolve("missing").resolve("x.png").toString()},
                {"format must be one of png, png-seq, gif, mp4, json (got bmp)", "--lesson", "single-channel-2d",
                        "--format", "bmp", "--out", out},
                {"steps must be all, current or a range", "--lesson", "single-channel-2d", "--steps", "3..4",
                        "--out", out},
                {"go past the last step", "--lesson", "single-channel-2d", "--format", "gif", "--steps", "1-99",
                        "--out", out},
                {"size must be WIDTHxHEIGHT", "--lesson", "single-channel-2d", "--size", "big", "--out", out},
                {"size of an mp4 must be even", "--lesson", "single-channel-2d", "--format", "mp4", "--size",
                        "101x100", "--out", out},
                {"lang must be en or zh-CN (got fr)", "--lesson", "single-channel-2d", "--lang", "fr", "--out", out},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length];
            args[0] = "export";
            System.arraycopy(c, 1, args, 1, c.length - 1);
            CommandRun run = run(args);
            assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("error: ") && run.err().contains(c[0]), run.err());
        }
        assertTrue(Files.notExists(Path.of(out)));
    }

    @Test
    void aTargetThatCannotBeWrittenIsExitCodeTwo() throws IOException {
        Path file = Files.writeString(folder.resolve("file"), "");
        CommandRun run = run("export", "--all", "--size", "96x64", "--out", file.toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals("error: cannot write into " + file + ": not a folder", run.err().strip());
    }
}
