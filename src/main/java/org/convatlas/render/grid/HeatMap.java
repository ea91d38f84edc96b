package org.convatlas.render.grid;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;

/**
 * A grid of values drawn as colours, for grids too large to show their numbers: one pixel per cell, written into a
 * kept image with one {@code setPixels} call and drawn scaled up without smoothing (docs/design.md, example 7), so a
 * 512×512 grid costs one image draw. With {@code [min, max]} the range of all the values, a cell takes a colour laid
 * over the background at an opacity {@code a}: when the values have one sign, the role's colour at
 * {@code a = FAINTEST + (1 - FAINTEST)·(v - min)/(max - min)}; when they have both, 0 stays the background, a positive
 * value takes the role's colour and a negative one the muted ink, at {@code a = |v| / max(-min, max)}. Cells from a
 * given flat index on are left blank (outputs not computed yet).
 *
 * <p>The values are read, not copied: the caller must not change them. The image is repainted only when the role,
 * the palette or the number of shown cells changes, so drawing the same heat map again is cheap; drawing is safe
 * from one thread at a time.
 */
public final class HeatMap {

    /** The opacity of the role's colour over the background at the smallest value. */
    private static final double FAINTEST = 0.08;

    private final float[] values;
    private final int rows;
    private final int columns;
    private final float min;
    private final float max;

    private WritableImage image;
    private int[] argb;
    private Role paintedRole;
    private Palette paintedPalette;
    private long paintedCells = -1;

    /** A heat map of {@code values}, row-major: the value of row {@code r}, column {@code c} is {@code values[r*columns + c]}. */
    public HeatMap(float[] values, int rows, int columns) {
        this(values, rows, columns, range(values));
    }

    /**
     * A heat map of {@code values} whose colours run from 0, not from the smallest value: a map of positive values is
     * coloured in proportion to them, so that it compares with the same map scaled down
     * ({@link #HeatMap(float[], int, int, HeatMap)}).
     */
    public static HeatMap fromZero(float[] values, int rows, int columns) {
        float[] range = range(values);
        return new HeatMap(values, rows, columns, new float[] {Math.min(0, range[0]), Math.max(0, range[1])});
    }

    /**
     * A heat map of {@code values} coloured as if their range were {@code like}'s: a map of values scaled down by a
     * factor below 1 is drawn that much fainter than {@code like} (a channel that squeeze-and-excitation dims).
     */
    public HeatMap(float[] values, int rows, int columns, HeatMap like) {
        this(values, rows, columns, new float[] {like.min, like.max});
    }

    private HeatMap(float[] values, int rows, int columns, float[] range) {
        if (rows < 1 || columns < 1 || values.length != rows * columns) {
            throw new IllegalArgumentException("a heat map of " + rows + "x" + columns + " needs as many values (got "
                    + values.length + ")");
        }
        this.values = values;
        this.rows = rows;
        this.columns = columns;
        this.min = range[0];
        this.max = range[1];
    }

    /** The smallest and the largest of {@code values}. */
    private static float[] range(float[] values) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new float[] {lo, hi};
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /**
     * Draws the first {@code shownCells} cells (in row-major order; the others are left in the background colour)
     * over {@code grid}, whose rows and columns must be this heat map's.
     */
    public synchronized void draw(GraphicsContext g, GridGeometry grid, Role role, long shownCells, Palette palette) {
        if (grid.rows() != rows || grid.columns() != columns) {
            throw new IllegalArgumentException("a heat map of " + rows + "x" + columns + " cannot fill a grid of "
                    + grid.rows() + "x" + grid.columns());
        }
        long shown = Math.max(0, Math.min(shownCells, values.length));
        if (image == null || role != paintedRole || !palette.equals(paintedPalette) || shown != paintedCells) {
            paint(role, (int) shown, palette);
        }
        g.save();
        g.setImageSmoothing(false);
        g.drawImage(image, grid.left(), grid.top(), grid.width(), grid.height());
        g.restore();
    }

    /** Fills the pixel buffer and hands it to the image in one call. */
    /** The step of a ramp for a share of the range, those outside a borrowed range held at its ends. */
    private static int level(float share) {
        return Math.max(0, Math.min(255, (int) (share * 255 + 0.5f)));
    }

    private void paint(Role role, int shown, Palette palette) {
        if (image == null) {
            image = new WritableImage(columns, rows);
            argb = new int[rows * columns];
        }
        Color background = palette.background();
        if (min < 0 && max > 0) {
            int[] positive = ramp(background, palette.color(role), 0);
            int[] negative = ramp(background, palette.mutedInk(), 0);
            float scale = Math.max(-min, max);
            for (int i = 0; i < shown; i++) {
                float v = values[i];
                int level = level(Math.abs(v) / scale);
                argb[i] = v >= 0 ? positive[level] : negative[level];
            }
        } else {
            int[] ramp = ramp(background, palette.color(role), FAINTEST);
            float span = max - min;
            for (int i = 0; i < shown; i++) {
                argb[i] = ramp[span > 0 ? level((values[i] - min) / span) : ramp.length - 1];
            }
        }
        Arrays.fill(argb, shown, argb.length, argb(background));
        image.getPixelWriter().setPixels(0, 0, columns, rows, PixelFormat.getIntArgbInstance(), argb, 0, columns);
        paintedRole = role;
        paintedPalette = palette;
        paintedCells = shown;
    }

    /** 256 colours from {@code to} laid over {@code from} at {@code faintest} up to {@code to} itself. */
    private static int[] ramp(Color from, Color to, double faintest) {
        int[] ramp = new int[256];
        for (int level = 0; level < ramp.length; level++) {
            ramp[level] = argb(from.interpolate(to, faintest + (1 - faintest) * level / 255.0));
        }
        return ramp;
    }

    private static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
