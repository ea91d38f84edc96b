package org.convatlas.render;

/**
 * What a drawn cell or shape stands for. Each role has one colour in every lesson, theme and export: the
 * Okabe–Ito colours, which colour-blind readers tell apart.
 */
public enum Role {
    /** Input values, blue {@code #0072B2}. */
    INPUT("input", 0x0072B2),
    /** Kernel weights, orange {@code #E69F00}. */
    KERNEL("kernel", 0xE69F00),
    /** Output values, bluish green {@code #009E73}. */
    OUTPUT("output", 0x009E73),
    /** Padding around the input, light grey, hatched. */
    PADDING("padding", 0xD9D9D9),
    /** Zeros a transposed convolution inserts between inputs, white with a dotted border. */
    INSERTED_ZERO("insertedZero", 0xFFFFFF),
    /** Positions a dilated kernel skips, hatched in the kernel's colour. */
    DILATION_HOLE("dilationHole", 0xE69F00),
    /** Input cells no path through a stack of layers reads (the gridding effect), hatched in the input's colour. */
    UNREAD("unread", 0x0072B2),
    /** What the current step works on, vermillion {@code #D55E00}. */
    HIGHLIGHT("highlight", 0xD55E00);

    private final String keySuffix;
    private final int rgb;

    Role(String keySuffix, int rgb) {
        this.keySuffix = keySuffix;
        this.rgb = rgb;
    }

    /** The colour as {@code 0xRRGGBB}. */
    public int rgb() {
        return rgb;
    }

    /** The bundle key of the role's name in a legend, {@code role.<name>}. */
    public String labelKey() {
        return "role." + keySuffix;
    }
}
