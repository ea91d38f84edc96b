package org.convatlas.lesson.gridding;

import javafx.scene.canvas.GraphicsContext;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.grid.CellPainter;
import org.convatlas.render.grid.GridGeometry;
import org.convatlas.render.grid.GridPainter;
import org.convatlas.render.grid.HeatMap;
import org.convatlas.render.image.ImagePanel;

/**
 * How many paths of a stack reach each cell of one unit's receptive field, {@code size × size} cells, row-major
 * ({@code paths[row*size + column]}); a cell no path reaches is never read (not a dilation hole: a hole is a place a
 * kernel skips, these are cells the whole stack skips). Drawn small, each cell shows its number of paths, the cells
 * never read hatched ({@link Role#UNREAD}); drawn large, the counts are a {@link HeatMap} in the input's colour with
 * the cells never read hatched over it. The centre cell, under the unit, is outlined in the highlight colour. The
 * paths are read, not copied: the caller must not change them.
 */
public final class CoverageMap {

    private final float[] paths;
    private final int size;
    private final HeatMap heatMap;

    /**
     * @throws IllegalArgumentException unless there are {@code size × size} counts
     */
    public CoverageMap(float[] paths, int size) {
        this.paths = paths;
        this.size = size;
        this.heatMap = new HeatMap(paths, size, size);
    }

    /** The side of the field, in cells. */
    public int size() {
        return size;
    }

    /** Whether a path reaches the cell at {@code (row, column)}. */
    public boolean reaches(int row, int column) {
        return paths[row * size + column] > 0;
    }

    /** Whether some cell of the field is never read. */
    public boolean hasUnread() {
        for (float p : paths) {
            if (!(p > 0)) {
                return true;
            }
        }
        return false;
    }

    /** Draws the counts into {@code grid} ({@code size × size} cells from 0), cells never read and centre marked. */
    public void draw(GraphicsContext g, GridGeometry grid, DrawContext context) {
        if (GridPainter.showsNumbers(size, size, grid.cell(), context)) {
            GridPainter.paint(g, grid, (r, c) -> reaches(r, c) ? Role.INPUT : Role.UNREAD,
                    (r, c) -> reaches(r, c) ? paths[r * size + c] : Double.NaN, true, context);
        } else {
            heatMap.draw(g, grid, Role.INPUT, paths.length, context.palette());
            paintUnread(g, grid, context.palette());
        }
        outlineCentre(g, grid, context);
    }

    /**
     * Hatches every cell of {@code grid} never read, over whatever is drawn there (the picture the unit reads, say):
     * one area per run of such cells along a row, so that a row of them costs one cell's drawing.
     */
    public void paintUnread(GraphicsContext g, GridGeometry grid, Palette palette) {
        for (int r = 0; r < size; r++) {
            int c = 0;
            while (c < size) {
                if (reaches(r, c)) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < size && !reaches(r, c)) {
                    c++;
                }
                CellPainter.paintArea(g, Role.UNREAD, grid.x(start), grid.y(r), (c - start) * grid.cell(),
                        grid.cell(), grid.cell(), palette);
            }
        }
    }

    /**
     * Outlines the cell under the unit, the middle of the field, in the highlight colour; never smaller than
     * {@link ImagePanel#MIN_MARK} font sizes, so that it shows on a field of tiny cells.
     */
    public void outlineCentre(GraphicsContext g, GridGeometry grid, DrawContext context) {
        int centre = size / 2;
        double side = Math.max(grid.cell(), ImagePanel.MIN_MARK * context.unit());
        double line = Math.max(2, context.unit() / 8);
        g.save();
        g.setStroke(context.palette().color(Role.HIGHLIGHT));
        g.setLineWidth(line);
        g.strokeRect(grid.centreX(centre) - side / 2, grid.centreY(centre) - side / 2, side, side);
        g.restore();
    }
}
