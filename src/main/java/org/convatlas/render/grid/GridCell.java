package org.convatlas.render.grid;

/** One cell of a grid, by row and column as its tensor numbers them (negative in a padding ring). */
public record GridCell(int row, int column) {
}
