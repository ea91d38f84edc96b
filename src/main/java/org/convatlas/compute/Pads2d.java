package org.convatlas.compute;

/**
 * Zero padding around a 2-D map, in cells, per side (the order of the case files:
 * {@code [top, left, bottom, right]}). Every side is at least 0.
 */
public record Pads2d(int top, int left, int bottom, int right) {

    /** No padding. */
    public static final Pads2d NONE = new Pads2d(0, 0, 0, 0);

    public Pads2d {
        Checks.atLeast("padding top", top, 0);
        Checks.atLeast("padding left", left, 0);
        Checks.atLeast("padding bottom", bottom, 0);
        Checks.atLeast("padding right", right, 0);
    }

    /** The same padding on all four sides. */
    public static Pads2d uniform(int pad) {
        return new Pads2d(pad, pad, pad, pad);
    }

    /** {@code [top, left, bottom, right]}. */
    public static Pads2d of(int[] topLeftBottomRight) {
        if (topLeftBottomRight.length != 4) {
            throw new InvalidArgumentException("pads must have 4 values [top, left, bottom, right] (got "
                    + topLeftBottomRight.length + ")");
        }
        return new Pads2d(topLeftBottomRight[0], topLeftBottomRight[1], topLeftBottomRight[2], topLeftBottomRight[3]);
    }

    /** Whether every side is 0. */
    public boolean isNone() {
        return top == 0 && left == 0 && bottom == 0 && right == 0;
    }
}
