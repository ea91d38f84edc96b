package org.convatlas.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code convatlas lessons}: lists every lesson's id and title, its parameters (id, default value, what it takes)
 * and its presets, by the names {@code export} takes.
 */
@Command(name = "lessons", mixinStandardHelpOptions = true, versionProvider = ConvAtlasVersion.class,
        description = "List the lessons with their parameters and presets, as the export command names them.")
final class LessonsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final LessonRegistry registry;

    LessonsCommand(LessonRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Lesson lesson : registry.lessons()) {
            out.println(lesson.id() + "  " + I18n.format(Locale.ENGLISH, lesson.titleKey()));
            ParameterValues defaults = ParameterValues.defaults(lesson.parameters());
            for (Parameter<?> parameter : lesson.parameters()) {
                out.println("    --set " + parameter.id() + "=" + defaults.format(parameter) + "    "
                        + parameter.syntax());
            }
            for (Preset preset : lesson.presets()) {
                out.println("    --preset " + preset.name() + "    "
                        + I18n.format(Locale.ENGLISH, preset.labelKey()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
