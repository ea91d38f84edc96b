package org.convatlas.render;

/**
 * A point of a grid in the grid's own numbers, as real numbers: cell {@code (r, c)} has its centre at
 * {@code row = r, column = c} (the convention of {@link org.convatlas.compute.BilinearSample}).
 *
 * @param row    down, in cells
 * @param column right, in cells
 */
public record GridPoint(double row, double column) {
}
