package org.convatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.text.Font;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.export.ExportFormat;
import org.convatlas.export.ExportSettings;
import org.convatlas.export.ExportSubject;
import org.convatlas.export.Exporter;
import org.convatlas.export.HeadlessJavaFx;
import org.convatlas.export.PixelSize;
import org.convatlas.export.StepSelection;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.render.Palette;
import org.convatlas.ui.AppFonts;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code convatlas export}: renders a lesson's frames without a display (JavaFX on Monocle's headless platform) to
 * PNG, a PNG sequence, GIF or MP4, the same pictures the app's Export dialog writes, or writes them as data to one
 * JSON document; or, with {@code --all}, every
 * lesson's presets into a folder, one file per preset ({@code <lesson>-<preset>.<ext>}). Progress goes to the
 * error stream. A bad lesson id, preset, parameter, option or path is reported in one plain line, exit code
 * {@value ExitCodes#INVALID_INPUT}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = ConvAtlasVersion.class,
        description = "Export a lesson's frames as PNG, a PNG sequence, GIF, MP4 or JSON, without a display.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the export is written",
                "2:bad lesson id, preset, parameter, option or path, or the target cannot be written",
                "3:internal error (a bug)"})
final class ExportCommand implements Callable<Integer> {

    /** Either one lesson or all of them. */
    static final class What {

        @ArgGroup(exclusive = false)
        One one;

        @Option(names = "--all", required = true,
                description = "Every lesson's presets (its default values if it has none), one file each, into the "
                        + "folder --out.")
        boolean all;
    }

    /** One lesson, at a preset and/or values. */
    static final class One {

        @Option(names = "--lesson", required = true, paramLabel = "ID", description = "The lesson (see `lessons`).")
        String lesson;

        @Option(names = "--preset", paramLabel = "NAME", description = "Start from this preset.")
        String preset;

        @Option(names = "--set", paramLabel = "PARAM=VALUE", description = "Set a parameter (repeatable).")
        List<String> assignments = new ArrayList<>();
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private What what;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "png",
            description = "png, png-seq, gif, mp4 or json (the frames' texts and the result's numbers) "
                    + "(default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--steps", paramLabel = "STEPS",
            description = "all, current (the first) or a range A-B from 1 (default: current for png, else all).")
    private String steps;

    @Option(names = "--every", paramLabel = "N", defaultValue = "1",
            description = "Keep every N-th step, and the last (default: ${DEFAULT-VALUE}).")
    private int every;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x720",
            description = "Picture size in pixels (default: ${DEFAULT-VALUE}).")
    private String size;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "Type size, 1 being 1/40 of the height (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "light or dark background (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Option(names = "--no-annotations", description = "Only the stage: no title, parameters, counts or formula.")
    private boolean noAnnotations;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "" + ExportSettings.DEFAULT_DELAY_MILLIS,
            description = "How long each frame shows, in milliseconds (default: ${DEFAULT-VALUE}).")
    private int delay;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the texts: en or zh-CN (default: ${DEFAULT-VALUE}).")
    private String language;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write (a PNG sequence: its numbered siblings); with --all, a folder.")
    private Path out;

    private final LessonRegistry registry;

    ExportCommand(LessonRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() throws InterruptedException {
        try {
            ExportFormat chosenFormat = ExportFormat.named(format);
            Locale locale = language(language);
            Palette palette = palette(theme);
            StepSelection selection = (steps == null ? chosenFormat.animated() ? StepSelection.all()
                    : StepSelection.current() : StepSelection.parse(steps)).every(every);
            PixelSize pixels = PixelSize.parse(size);
            List<Job> jobs = what.all ? allJobs(chosenFormat) : List.of(oneJob());
            HeadlessJavaFx.start();
            String family = AppFonts.familyFor(locale).orElse(Font.getDefault().getFamily());
            ExportSettings settings = new ExportSettings(chosenFormat, pixels, scale, palette, !noAnnotations,
                    selection, delay, locale, family);
            for (Job job : jobs) {
                write(ExportSubject.prepare(job.lesson(), job.values(), job.preset()), settings, job.target());
            }
            return ExitCodes.OK;
        } catch (InvalidArgumentException e) {
            return error(e.getMessage());
        } catch (IOException e) {
            return error("cannot write " + out + ": " + PlainErrors.io(e));
        }
    }

    /** One lesson at some values, from the preset named {@code preset} (or null), to be written to {@code target}. */
    private record Job(Lesson lesson, ParameterValues values, String preset, Path target) {
    }

    /** The lesson of {@code --lesson} at {@code --preset} and {@code --set}, to {@code --out}, checked. */
    private Job oneJob() {
        Lesson lesson = registry.find(what.one.lesson).orElseThrow(() -> new InvalidArgumentException(
                "no lesson " + what.one.lesson + " (see the lessons command)"));
        ParameterValues values = ParameterValues.defaults(lesson.parameters());
        if (what.one.preset != null) {
            values = ParameterAssignments.preset(lesson, what.one.preset).applyTo(values);
        }
        values = ParameterAssignments.apply(lesson, values, what.one.assignments);
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidArgumentException("cannot write " + out + ": no such folder " + folder);
        }
        return new Job(lesson, values, what.one.preset, out);
    }

    /** Every lesson's presets (or defaults), each to {@code <lesson>-<preset>.<ext>} in {@code --out}, made if missing. */
    private List<Job> allJobs(ExportFormat format) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidArgumentException("cannot write into " + out + ": not a folder");
        }
        Files.createDirectories(out);
        List<Job> jobs = new ArrayList<>();
        for (Lesson lesson : registry.lessons()) {
            ParameterValues defaults = ParameterValues.defaults(lesson.parameters());
            if (lesson.presets().isEmpty()) {
                jobs.add(new Job(lesson, defaults, null, out.resolve(lesson.id() + format.extension())));
            }
            for (Preset preset : lesson.presets()) {
                jobs.add(new Job(lesson, preset.applyTo(defaults), preset.name(),
                        out.resolve(lesson.id() + "-" + preset.name() + format.extension())));
            }
        }
        return jobs;
    }

    /** Writes one export, saying on the error stream how far it is: a line per tenth of the frames. */
    private void write(ExportSubject subject, ExportSettings settings, Path target)
            throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Exporter.export(subject, settings, target, new Exporter.Progress() {
            private int reportedTenths = -1;

            @Override
            public void update(int done, int total) {
                int tenths = done * 10 / total;
                if (tenths != reportedTenths) {
                    reportedTenths = tenths;
                    err.println(target + ": " + done + " of " + total + " frames");
                    err.flush();
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
    }

    private static Locale language(String tag) {
        return I18n.SUPPORTED.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(tag)
                || l.getLanguage().equals(tag)).findFirst()
                .orElseThrow(() -> new InvalidArgumentException("lang must be en or zh-CN (got " + tag + ")"));
    }

    private static Palette palette(String name) {
        return switch (name) {
            case "light" -> Palette.LIGHT;
            case "dark" -> Palette.DARK;
            default -> throw new InvalidArgumentException("theme must be light or dark (got " + name + ")");
        };
    }

    private int error(String message) {
        spec.commandLine().getErr().println("error: " + message);
        return ExitCodes.INVALID_INPUT;
    }
}
