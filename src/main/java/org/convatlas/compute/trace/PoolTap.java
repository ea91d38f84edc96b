package org.convatlas.compute.trace;

/**
 * One cell of a pooling window: its value and the running maximum or sum after it. Pooling has no kernel factor.
 *
 * @param source  an input element, or padding
 * @param window  the cell's place in the window, {@code (i, j)} ({@code (y, x)} for a global average)
 * @param value   the input element; on padding {@code -infinity} for a maximum (padding never wins, as PyTorch pads
 *                max pooling) and 0 for an average
 * @param running the maximum, or the sum, of this and every earlier cell of the window (sum accumulated in
 *                {@code double}, rounded to {@code float})
 */
public record PoolTap(TapSource source, Coordinates window, float value, float running) {
}
