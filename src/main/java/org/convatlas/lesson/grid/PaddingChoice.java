package org.convatlas.lesson.grid;

import org.convatlas.compute.PaddingMode;
import org.convatlas.compute.Pads2d;

/** How a lesson pads its input: one of the engine's named {@link PaddingMode}s, or explicit pads per side. */
public enum PaddingChoice {
    VALID(PaddingMode.VALID, "valid"),
    SAME(PaddingMode.SAME, "same"),
    FULL(PaddingMode.FULL, "full"),
    EXPLICIT(null, "explicit");

    private final PaddingMode mode;
    private final String keySuffix;

    PaddingChoice(PaddingMode mode, String keySuffix) {
        this.mode = mode;
        this.keySuffix = keySuffix;
    }

    /** The bundle key of the choice's name, {@code padding.<name>}. */
    public String labelKey() {
        return "padding." + keySuffix;
    }

    /**
     * The pads for an input {@code height × width} and a kernel {@code kernelHeight × kernelWidth} at
     * {@code stride} and {@code dilation} on both axes: {@code explicit} itself for {@link #EXPLICIT}, else the
     * named mode resolved by the engine.
     *
     * @throws org.convatlas.compute.InvalidArgumentException if the engine refuses a size
     */
    public Pads2d pads(int height, int width, int kernelHeight, int kernelWidth, int stride, int dilation,
                       Pads2d explicit) {
        return mode == null ? explicit
                : mode.resolve(height, width, kernelHeight, kernelWidth, stride, stride, dilation, dilation);
    }
}
