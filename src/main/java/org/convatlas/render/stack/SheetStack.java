package org.convatlas.render.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * A tensor drawn as a stack of sheets, sheet 0 on top: the channels of a {@code [C, H, W]} tensor, the depth slices
 * of a volume, the sheets of a kernel. A tall stack shows a few of its sheets and stands for each run of the others
 * with an ellipsis that says how many it leaves out.
 *
 * @param items the sheets shown and the runs left out, top to bottom
 */
public record SheetStack(List<Item> items) {

    /** Stacks of up to this many sheets show them all. */
    public static final int MAX_SHOWN = 8;
    /** A taller stack shows this many sheets from the top, the last one and the sheets it is asked to. */
    static final int SHOWN_FROM_TOP = 3;

    /** A sheet shown, or a run of sheets left out. */
    public sealed interface Item permits Shown, Elided {
    }

    /** Sheet number {@code index} of the whole stack. */
    public record Shown(int index, Sheet sheet) implements Item {
        public Shown {
            Objects.requireNonNull(sheet, "sheet");
        }
    }

    /** {@code count} consecutive sheets left out. */
    public record Elided(int count) implements Item {
    }

    public SheetStack {
        items = List.copyOf(items);
    }

    /**
     * The stack of sheets {@code 0 ... count-1}, where {@code sheet} makes sheet {@code i}: all of them when there are
     * at most {@link #MAX_SHOWN}, else the first {@link #SHOWN_FROM_TOP}, the last one and those listed in
     * {@code alsoShown}, with an ellipsis for each run left out.
     */
    public static SheetStack of(int count, IntFunction<Sheet> sheet, int... alsoShown) {
        TreeSet<Integer> shown = new TreeSet<>();
        if (count <= MAX_SHOWN) {
            for (int i = 0; i < count; i++) {
                shown.add(i);
            }
        } else {
            for (int i = 0; i < SHOWN_FROM_TOP; i++) {
                shown.add(i);
            }
            shown.add(count - 1);
            for (int i : alsoShown) {
                if (i >= 0 && i < count) {
                    shown.add(i);
                }
            }
        }
        List<Item> items = new ArrayList<>();
        int next = 0;
        for (int index : shown) {
            if (index > next) {
                items.add(new Elided(index - next));
            }
            items.add(new Shown(index, sheet.apply(index)));
            next = index + 1;
        }
        return new SheetStack(items);
    }

    /** The sheets shown, top to bottom. */
    public List<Shown> shown() {
        return items.stream().filter(Shown.class::isInstance).map(Shown.class::cast).toList();
    }

    /** The position in {@link #items()} of sheet {@code index}, or -1 when it is not shown. */
    public int itemOf(int index) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Shown shown && shown.index() == index) {
                return i;
            }
        }
        return -1;
    }
}
