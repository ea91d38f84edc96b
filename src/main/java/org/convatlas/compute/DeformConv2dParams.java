package org.convatlas.compute;

/**
 * Parameters of {@link DeformConv2d}: the regular window the offsets are added to, the weight groups,
 * and the offset groups (input channel {@code c} uses offset group {@code floor(c / (Cin/offsetGroups))}).
 */
public record DeformConv2dParams(Window2d window, int groups, int offsetGroups) {

    public static final DeformConv2dParams DEFAULT = new DeformConv2dParams(Window2d.DEFAULT, 1, 1);

    public DeformConv2dParams {
        if (window == null) {
            throw new InvalidArgumentException("window is missing");
        }
        Checks.atLeast("groups", groups, 1);
        Checks.atLeast("offset groups", offsetGroups, 1);
    }
}
