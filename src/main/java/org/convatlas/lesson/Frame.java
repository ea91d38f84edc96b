package org.convatlas.lesson;

import java.util.List;
import java.util.Objects;
import org.convatlas.i18n.Message;
import org.convatlas.render.Figure;

/**
 * What one step of a lesson shows: the picture on the stage, the counts so far and the formula.
 *
 * @param figure  the picture
 * @param counts  the lines of the counts card, for example "multiplications: 27 of 243"
 * @param formula the formula of this step in LaTeX (numbers and symbols only, so that it needs no translation);
 *                empty for none
 */
public record Frame(Figure figure, List<Message> counts, String formula) {

    /** A frame that shows nothing. */
    public static final Frame EMPTY = new Frame(Figure.NONE, List.of(), "");

    public Frame {
        Objects.requireNonNull(figure, "figure");
        counts = List.copyOf(counts);
        Objects.requireNonNull(formula, "formula");
    }
}
