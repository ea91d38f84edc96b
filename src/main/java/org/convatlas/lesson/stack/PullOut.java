package org.convatlas.lesson.stack;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.lesson.BooleanParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;

/**
 * The choice of one input sheet to pull out of its stack and draw flat, with its numbers: a switch, and the sheet,
 * numbered from 0 as the captions number them.
 */
public final class PullOut {

    /** Whether a sheet is pulled out. */
    public final BooleanParameter shown;
    /** Which sheet. */
    public final IntParameter sheet;

    /** The parameters of a lesson whose stacks have at most {@code maxSheets} sheets. */
    public PullOut(boolean shownAtFirst, int maxSheets) {
        shown = new BooleanParameter("pullOut", "lesson.stacks.pullOut", shownAtFirst);
        sheet = new IntParameter("pulledSheet", "lesson.stacks.pulledSheet", 0, maxSheets - 1, 0);
    }

    /** A lesson's parameters: its {@code own}, then the switch and the sheet. */
    public List<Parameter<?>> after(Parameter<?>... own) {
        List<Parameter<?>> parameters = new ArrayList<>(List.of(own));
        parameters.add(shown);
        parameters.add(sheet);
        return List.copyOf(parameters);
    }

    /** Whether {@code parameter} has a say: which sheet only while one is pulled out. */
    public boolean isRelevant(Parameter<?> parameter, ParameterValues values) {
        return parameter != sheet || values.get(shown);
    }

    /** {@code values} with sheet {@code pulled} pulled out. */
    ParameterValues pulling(ParameterValues values, int pulled) {
        return values.with(shown, true).with(sheet, pulled);
    }

    /**
     * The sheet to pull out of a stack of {@code sheets}, or -1 for none.
     *
     * @throws InvalidArgumentException if the sheet chosen is not in the stack
     */
    int sheet(ParameterValues values, int sheets) {
        if (!values.get(shown)) {
            return -1;
        }
        int chosen = values.get(sheet);
        if (chosen >= sheets) {
            throw new InvalidArgumentException("the sheet to pull out must be one of the " + sheets
                    + " input sheets, 0 to " + (sheets - 1) + " (got " + chosen + ")");
        }
        return chosen;
    }
}
