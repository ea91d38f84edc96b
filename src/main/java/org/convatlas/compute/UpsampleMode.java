package org.convatlas.compute;

/**
 * How {@link Upsample} fills the new cells: {@link #NEAREST} copies the source cell
 * {@code floor(y / scale)}; {@link #BILINEAR} interpolates with half-pixel centres
 * (PyTorch {@code align_corners=False}): source coordinate {@code (y + 0.5)/scale - 0.5}, clamped at 0.
 */
public enum UpsampleMode {
    NEAREST, BILINEAR
}
