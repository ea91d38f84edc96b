package org.convatlas.compute;

/**
 * Parameters of {@link Conv2d}: the sliding window, the number of groups, and whether the kernel is
 * flipped (rotated 180°: true convolution) or not (cross-correlation, as deep-learning libraries do).
 */
public record Conv2dParams(Window2d window, int groups, boolean flip) {

    /** Stride 1, no padding, no dilation, one group, cross-correlation. */
    public static final Conv2dParams DEFAULT = new Conv2dParams(Window2d.DEFAULT, 1, false);

    public Conv2dParams {
        if (window == null) {
            throw new InvalidArgumentException("window is missing");
        }
        Checks.atLeast("groups", groups, 1);
    }

    public Conv2dParams withWindow(Window2d newWindow) {
        return new Conv2dParams(newWindow, groups, flip);
    }

    public Conv2dParams withGroups(int newGroups) {
        return new Conv2dParams(window, newGroups, flip);
    }

    public Conv2dParams withFlip(boolean newFlip) {
        return new Conv2dParams(window, groups, newFlip);
    }
}
