package org.convatlas.render.image;

/**
 * A rectangle of pixels, in the coordinates of a picture: rows {@code top ... top + rows - 1} and columns
 * {@code left ... left + columns - 1}. It may reach outside the picture (into padding).
 */
public record PixelRegion(int top, int left, int rows, int columns) {

    public PixelRegion {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a region has at least one row and one column (got " + rows + "x"
                    + columns + ")");
        }
    }
}
