package org.convatlas.lesson.deformable;

import org.convatlas.compute.DeformOffsets;
import org.convatlas.compute.Tensor;

/**
 * The offsets the lesson gives every output position alike, before any set by hand: none, a dilation's whole
 * offsets, a stretch, a turn or a shift, each made by the engine ({@link DeformOffsets}).
 */
public enum OffsetField {
    /** No offsets: the plain convolution. */
    ZERO("zero"),
    /** {@code (d - 1)·(i - c, j - c)}: the taps of a convolution of dilation {@code d}. */
    DILATION("dilation"),
    /** The grid stretched about its centre. */
    SCALE("scale"),
    /** The grid turned about its centre. */
    ROTATION("rotation"),
    /** Every tap moved by the same fraction of a cell. */
    SHIFT("shift");

    private final String keySuffix;

    OffsetField(String keySuffix) {
        this.keySuffix = keySuffix;
    }

    /** The bundle key of the field's name. */
    public String labelKey() {
        return "lesson." + DeformableConvolutionLesson.ID + ".field." + keySuffix;
    }

    /**
     * The offsets {@code [2*kH*kW, Ho, Wo]} of this field.
     *
     * @param rate    the dilation rate ({@link #DILATION})
     * @param percent the stretch in percent ({@link #SCALE})
     * @param degrees the turn, anticlockwise ({@link #ROTATION})
     * @param dy      the shift down in cells ({@link #SHIFT})
     * @param dx      the shift right in cells ({@link #SHIFT})
     */
    Tensor offsets(int kh, int kw, int ho, int wo, int rate, int percent, int degrees, float dy, float dx) {
        return switch (this) {
            case ZERO -> DeformOffsets.zeros(kh, kw, ho, wo);
            case DILATION -> DeformOffsets.scaled(kh, kw, ho, wo, rate);
            case SCALE -> DeformOffsets.scaled(kh, kw, ho, wo, percent / 100.0);
            case ROTATION -> DeformOffsets.rotated(kh, kw, ho, wo, degrees);
            case SHIFT -> DeformOffsets.uniform(kh, kw, ho, wo, dy, dx);
        };
    }
}
