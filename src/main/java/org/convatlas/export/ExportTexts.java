package org.convatlas.export;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.render.Role;

/**
 * The texts of one export, in its language: the lesson's title and parameter line, made once, and each frame's
 * counts, captions and legend, made from the frame. An annotated picture draws them and a document as data writes
 * them, so that both say the same words and nothing is formatted twice.
 */
final class ExportTexts {

    private final Locale language;
    private final Function<Message, String> texts;
    private final String title;
    private final List<String> parameters;

    ExportTexts(ExportSubject subject, Locale language) {
        this.language = language;
        this.texts = message -> I18n.format(language, message.key(), message.arguments().toArray());
        this.title = texts.apply(Message.of(subject.lesson().titleKey()));
        this.parameters = ParameterLine.parts(subject.lesson(), subject.values(), texts);
    }

    /** The export's language. */
    Locale language() {
        return language;
    }

    /** The text of a message in the export's language. */
    String text(Message message) {
        return texts.apply(message);
    }

    /** The name of a role in a legend, in the export's language. */
    String roleLabel(Role role) {
        return text(Message.of(role.labelKey()));
    }

    /** The lesson's title. */
    String title() {
        return title;
    }

    /** The lesson's parameters, each as the parameter line shows it ({@link ParameterLine#parts}). */
    List<String> parameters() {
        return parameters;
    }

    /** The lesson's parameters in one line ({@link ParameterLine}). */
    String parameterLine() {
        return String.join(ParameterLine.SEPARATOR, parameters);
    }

    /** What {@code frame} says: its counts card, formula, figure captions and legend. */
    FrameTexts of(Frame frame) {
        return new FrameTexts(frame.counts().stream().map(this::text).toList(), frame.formula(),
                frame.figure().captions().stream().map(this::text).toList(),
                frame.figure().roles().stream().map(this::roleLabel).toList());
    }

    /**
     * The texts of one frame.
     *
     * @param counts   the lines of the counts card, as shown
     * @param formula  the step's formula, in LaTeX; empty for none
     * @param captions the figure's labels ({@link org.convatlas.render.Figure#captions()})
     * @param legend   the legend's names of the roles the figure shows, in its order
     */
    record FrameTexts(List<String> counts, String formula, List<String> captions, List<String> legend) {
    }
}
