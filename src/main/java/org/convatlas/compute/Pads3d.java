package org.convatlas.compute;

/** Zero padding around a volume, per side, in the order of the case files: {@code [front, top, left, back, bottom, right]}. */
public record Pads3d(int front, int top, int left, int back, int bottom, int right) {

    public static final Pads3d NONE = new Pads3d(0, 0, 0, 0, 0, 0);

    public Pads3d {
        Checks.atLeast("padding", Math.min(Math.min(front, back), Math.min(Math.min(top, left), Math.min(bottom, right))), 0);
    }

    public static Pads3d uniform(int pad) {
        return new Pads3d(pad, pad, pad, pad, pad, pad);
    }

    /** {@code [front, top, left, back, bottom, right]}. */
    public static Pads3d of(int[] pads) {
        if (pads.length != 6) {
            throw new InvalidArgumentException("pads must have 6 values [front, top, left, back, bottom, right] (got "
                    + pads.length + ")");
        }
        return new Pads3d(pads[0], pads[1], pads[2], pads[3], pads[4], pads[5]);
    }
}
