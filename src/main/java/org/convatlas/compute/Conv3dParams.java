package org.convatlas.compute;

/** Parameters of {@link Conv3d}: stride and dilation per axis (depth, height, width), padding, groups. */
public record Conv3dParams(int strideD, int strideH, int strideW, Pads3d pads,
                           int dilationD, int dilationH, int dilationW, int groups) {

    public static final Conv3dParams DEFAULT = new Conv3dParams(1, 1, 1, Pads3d.NONE, 1, 1, 1, 1);

    public Conv3dParams {
        Checks.atLeast("stride", Math.min(strideD, Math.min(strideH, strideW)), 1);
        Checks.atLeast("dilation", Math.min(dilationD, Math.min(dilationH, dilationW)), 1);
        Checks.atLeast("groups", groups, 1);
        if (pads == null) {
            throw new InvalidArgumentException("pads are missing");
        }
    }
}
