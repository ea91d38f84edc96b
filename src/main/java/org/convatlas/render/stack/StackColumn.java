package org.convatlas.render.stack;

import java.util.List;

/**
 * Where the items of a {@link SheetStack} go, one under the other, for a given cell size: a shown sheet takes the
 * height of its projection, a run left out {@link #ELLIPSIS_HEIGHT} font sizes, and neighbours are
 * {@link #gap} apart. Distances in pixels, from the top-left corner of the stack's bounding box.
 *
 * @param tops    the top of each item
 * @param heights the height of each item
 * @param width   the width of the widest sheet
 * @param height  the height of the whole stack
 */
record StackColumn(double[] tops, double[] heights, double width, double height) {

    /** The height of an ellipsis, in font sizes. */
    static final double ELLIPSIS_HEIGHT = 1.6;
    /** The gap between neighbouring items, in heights of the tallest sheet (at least half a font size). */
    static final double GAP = 0.3;

    static StackColumn of(SheetStack stack, SheetProjection projection, double cell, double unit) {
        List<SheetStack.Item> items = stack.items();
        double[] heights = new double[items.size()];
        double width = 0;
        double tallest = 0;
        for (int i = 0; i < heights.length; i++) {
            if (items.get(i) instanceof SheetStack.Shown shown) {
                Sheet sheet = shown.sheet();
                heights[i] = projection.height(sheet.rows(), cell);
                width = Math.max(width, projection.width(sheet.rows(), sheet.columns(), cell));
                tallest = Math.max(tallest, heights[i]);
            } else {
                heights[i] = ELLIPSIS_HEIGHT * unit;
            }
        }
        double gap = gap(tallest, unit);
        double[] tops = new double[heights.length];
        double y = 0;
        for (int i = 0; i < heights.length; i++) {
            tops[i] = y;
            y += heights[i] + gap;
        }
        return new StackColumn(tops, heights, width, heights.length == 0 ? 0 : y - gap);
    }

    /** The gap between items of a stack whose tallest sheet is {@code tallest} pixels high. */
    static double gap(double tallest, double unit) {
        return Math.max(0.5 * unit, GAP * tallest);
    }

    /** The vertical middle of item {@code i}. */
    double middle(int i) {
        return tops[i] + heights[i] / 2;
    }
}
