package org.convatlas.render.grid;

import java.util.Optional;
import org.convatlas.compute.Pads2d;

/**
 * Where a {@link SlidingWindowFigure} puts its parts in a {@code width × height} area, all lengths in font sizes
 * ({@code u}) unless said otherwise: from left to right the input with its padding ring, the kernel (with the rotated
 * kernel under it when shown), the output, centred on one horizontal line; a caption line over each grid; the formula
 * strip under the grids. The whole block is centred in the area.
 *
 * <p>Two neighbouring grids are {@link #GAP} apart, or further when their captions, wider than the grids, need it to
 * keep {@link #CAPTION_SPACE} between them: {@code gap = max(GAP, overhang(left) + overhang(right) + CAPTION_SPACE)},
 * a caption's overhang being {@code (caption width − grid width) / 2} when positive (the kernel's caption the wider
 * of its two). When even grids of no width leave the captions no room, the grids keep their plain gaps.
 *
 * <p>All grids share one cell size, the largest that fits (at most {@link #MAX_CELL}), so that the kernel covers its
 * window cell for cell. When that cell is too small for the kernel's numbers ({@link #KERNEL_MIN_CELL}) the kernel
 * keeps readable cells and the input and output share what is left.
 *
 * @param input   the padded input, numbered from {@code -pads.top}, {@code -pads.left}
 * @param kernel  the kernel
 * @param rotated the rotated kernel, or null when not shown
 * @param output  the output
 * @param stripY  the centre line of the formula strip
 */
public record SlidingWindowLayout(GridGeometry input, GridGeometry kernel, GridGeometry rotated, GridGeometry output,
                           double stripY) {

    /** The height of a caption line over a grid. */
    public static final double CAPTION = 1.8;
    /** The height of the formula strip. */
    public static final double STRIP = 2.8;
    /** The space between two grids side by side. */
    public static final double GAP = 2.5;
    /** The largest cell. */
    public static final double MAX_CELL = 5;
    /** The least space between the captions of two neighbouring grids. */
    public static final double CAPTION_SPACE = 1;
    /** The smallest cell of the kernel when the input and output get smaller ones. */
    static final double KERNEL_MIN_CELL = 3;

    /**
     * The widths of the captions over the grids, in pixels.
     *
     * @param input  the input's
     * @param kernel the kernel's, or the rotated kernel's when that is wider
     * @param output the output's
     */
    public record CaptionWidths(double input, double kernel, double output) {

        /** Captions that need no room. */
        public static final CaptionWidths NONE = new CaptionWidths(0, 0, 0);
    }

    /**
     * The layout of an input {@code inputRows × inputColumns} padded by {@code pads}, a kernel
     * {@code kernelRows × kernelColumns} (two of them stacked when {@code rotatedShown}) and an output
     * {@code outputRows × outputColumns}, under captions of the given widths; empty when the area is too small to draw
     * anything.
     */
    public static Optional<SlidingWindowLayout> of(int inputRows, int inputColumns, Pads2d pads, int kernelRows,
                                                   int kernelColumns, boolean rotatedShown, int outputRows,
                                                   int outputColumns, CaptionWidths captions, double width,
                                                   double height, double unit) {
        int paddedRows = inputRows + pads.top() + pads.bottom();
        int paddedColumns = inputColumns + pads.left() + pads.right();
        int kernels = rotatedShown ? 2 : 1;
        double gridHeight = height - (CAPTION + STRIP) * unit;
        double kernelStackSpace = gridHeight - (kernels - 1) * CAPTION * unit;
        double bigRows = Math.max(paddedRows, outputRows);
        Gaps gaps = new Gaps(paddedColumns, kernelColumns, outputColumns, captions, unit);
        if (gaps.width(0, 0) > width) {
            gaps = new Gaps(paddedColumns, kernelColumns, outputColumns, CaptionWidths.NONE, unit);
        }

        double kernelFit = kernelStackSpace / (kernels * kernelRows);
        // the row's width grows with its cells: a caption's overhang shrinks at most half as fast as its grid grows
        Gaps fitted = gaps;
        double cell = Sizes.largest(c -> fitted.width(c, c) <= width,
                Math.min(MAX_CELL * unit, Math.min(gridHeight / bigRows, kernelFit)));
        double kernelCell = cell;
        if (cell < KERNEL_MIN_CELL * unit) {
            double readable = Math.min(KERNEL_MIN_CELL * unit, kernelFit);
            kernelCell = readable;
            cell = Sizes.largest(c -> fitted.width(c, readable) <= width, gridHeight / bigRows);
        }
        if (!(cell > 0.5) || !(kernelCell > 0.5)) {
            return Optional.empty();
        }

        double left = (width - gaps.width(cell, kernelCell)) / 2;
        double stackHeight = kernels * kernelRows * kernelCell + (kernels - 1) * CAPTION * unit;
        double tallest = Math.max(cell * bigRows, stackHeight);
        double blockTop = (height - tallest - (CAPTION + STRIP) * unit) / 2;
        double middle = blockTop + CAPTION * unit + tallest / 2;
        GridGeometry in = new GridGeometry(left, middle - cell * paddedRows / 2, cell, -pads.top(), -pads.left(),
                paddedRows, paddedColumns);
        double kernelLeft = in.right() + gaps.first(cell, kernelCell);
        GridGeometry k = GridGeometry.at(kernelLeft, middle - stackHeight / 2, kernelCell, kernelRows, kernelColumns);
        GridGeometry r = rotatedShown ? k.movedTo(kernelLeft, k.bottom() + CAPTION * unit) : null;
        GridGeometry out = GridGeometry.at(k.right() + gaps.second(cell, kernelCell), middle - cell * outputRows / 2,
                cell, outputRows, outputColumns);
        return Optional.of(new SlidingWindowLayout(in, k, r, out, middle + tallest / 2 + STRIP * unit / 2));
    }

    /** The gaps between the grids of a row of columns {@code input, kernel, output} wide under their captions. */
    private record Gaps(int input, int kernel, int output, CaptionWidths captions, double unit) {

        /** The gap between the input and the kernel at cells of {@code cell} and {@code kernelCell}. */
        double first(double cell, double kernelCell) {
            return gap(overhang(captions.input(), input * cell) + overhang(captions.kernel(), kernel * kernelCell));
        }

        /** The gap between the kernel and the output. */
        double second(double cell, double kernelCell) {
            return gap(overhang(captions.kernel(), kernel * kernelCell) + overhang(captions.output(), output * cell));
        }

        /** The width of the row. */
        double width(double cell, double kernelCell) {
            return (input + output) * cell + kernel * kernelCell + first(cell, kernelCell) + second(cell, kernelCell);
        }

        private double gap(double overhangs) {
            return Math.max(GAP * unit, overhangs + CAPTION_SPACE * unit);
        }

        private static double overhang(double caption, double grid) {
            return Math.max(0, (caption - grid) / 2);
        }
    }
}
