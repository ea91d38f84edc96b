package org.convatlas.lesson.imagefilter;

import org.convatlas.lesson.Kernel;
import org.convatlas.render.image.ToneMap;

/** How the filtered picture is shown: the user's choice of {@link ToneMap}, or one chosen from the kernel. */
public enum ResultDisplay {
    /**
     * {@link ToneMap#CLIP} for a kernel whose weights sum to 1 (blurs, sharpening, embossing keep the brightness, so
     * the result stays near {@code [0, 1]}), {@link ToneMap#MAGNITUDE} otherwise (edge and Laplacian kernels sum to 0
     * and give signed values).
     */
    AUTOMATIC,
    CLIP,
    MAGNITUDE,
    DIVERGING;

    /** How far from 1 the sum of weights may be for {@link #AUTOMATIC} to call it 1. */
    static final double UNIT_SUM_TOLERANCE = 1e-3;

    /** The mapping for a result filtered by {@code kernel}. */
    public ToneMap toneMap(Kernel kernel) {
        return switch (this) {
            case AUTOMATIC -> Math.abs(sumOf(kernel) - 1) <= UNIT_SUM_TOLERANCE ? ToneMap.CLIP : ToneMap.MAGNITUDE;
            case CLIP -> ToneMap.CLIP;
            case MAGNITUDE -> ToneMap.MAGNITUDE;
            case DIVERGING -> ToneMap.DIVERGING;
        };
    }

    private static double sumOf(Kernel kernel) {
        double sum = 0;
        for (int r = 0; r < kernel.rows(); r++) {
            for (int c = 0; c < kernel.columns(); c++) {
                sum += kernel.weight(r, c);
            }
        }
        return sum;
    }
}
