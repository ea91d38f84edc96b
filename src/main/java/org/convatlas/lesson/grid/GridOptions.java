package org.convatlas.lesson.grid;

import java.util.Arrays;
import java.util.List;
import org.convatlas.lesson.ChoiceParameter.Option;

/** The options of the grid lessons' drop-down lists, labelled by their values' own bundle keys. */
public final class GridOptions {

    private GridOptions() {
    }

    /** The given input patterns, in this order. */
    public static List<Option<InputPattern>> patterns(InputPattern... patterns) {
        return Arrays.stream(patterns).map(p -> new Option<>(p, p.labelKey())).toList();
    }

    /** Every padding choice, in declaration order. */
    public static List<Option<PaddingChoice>> paddings() {
        return Arrays.stream(PaddingChoice.values()).map(p -> new Option<>(p, p.labelKey())).toList();
    }
}
