package org.convatlas.render.grid;

import java.util.Optional;
import org.convatlas.compute.Pads2d;

/**
 * Where a {@link SlidingWindowFigure} puts its parts in a {@code width × height} area, all lengths in font sizes
 * ({@code u}) unless said otherwise: from left to right the input with its padding ring, the kernel (with the rotated
 * kernel under it when shown), the output, {@link #GAP} apart and centred on one horizontal line; a caption line
 * over each grid; the formula strip under the grids. The whole block is centred in the area.
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
    /** The smallest cell of the kernel when the input and output get smaller ones. */
    static final double KERNEL_MIN_CELL = 3;

    /**
     * The layout of an input {@code inputRows × inputColumns} padded by {@code pads}, a kernel
     * {@code kernelRows × kernelColumns} (two of them stacked when {@code rotatedShown}) and an output
     * {@code outputRows × outputColumns}; empty when the area is too small to draw anything.
     */
    public static Optional<SlidingWindowLayout> of(int inputRows, int inputColumns, Pads2d pads, int kernelRows,
                                            int kernelColumns, boolean rotatedShown, int outputRows,
                                            int outputColumns, double width, double height, double unit) {
        int paddedRows = inputRows + pads.top() + pads.bottom();
        int paddedColumns = inputColumns + pads.left() + pads.right();
        int kernels = rotatedShown ? 2 : 1;
        double gap = GAP * unit;
        double gridHeight = height - (CAPTION + STRIP) * unit;
        double kernelStackSpace = gridHeight - (kernels - 1) * CAPTION * unit;
        double bigRows = Math.max(paddedRows, outputRows);

        double kernelFit = kernelStackSpace / (kernels * kernelRows);
        double cell = Math.min(MAX_CELL * unit, Math.min(gridHeight / bigRows, kernelFit));
        cell = Math.min(cell, (width - 2 * gap) / (paddedColumns + kernelColumns + outputColumns));
        double kernelCell = cell;
        if (cell < KERNEL_MIN_CELL * unit) {
            kernelCell = Math.min(KERNEL_MIN_CELL * unit, kernelFit);
            cell = Math.min(gridHeight / bigRows, (width - 2 * gap - kernelCell * kernelColumns)
                    / (paddedColumns + outputColumns));
        }
        if (!(cell > 0.5) || !(kernelCell > 0.5)) {
            return Optional.empty();
        }

        double total = cell * (paddedColumns + outputColumns) + kernelCell * kernelColumns + 2 * gap;
        double left = (width - total) / 2;
        double stackHeight = kernels * kernelRows * kernelCell + (kernels - 1) * CAPTION * unit;
        double tallest = Math.max(cell * bigRows, stackHeight);
        double blockTop = (height - tallest - (CAPTION + STRIP) * unit) / 2;
        double middle = blockTop + CAPTION * unit + tallest / 2;
        GridGeometry in = new GridGeometry(left, middle - cell * paddedRows / 2, cell, -pads.top(), -pads.left(),
                paddedRows, paddedColumns);
        double kernelLeft = in.right() + gap;
        GridGeometry k = GridGeometry.at(kernelLeft, middle - stackHeight / 2, kernelCell, kernelRows, kernelColumns);
        GridGeometry r = rotatedShown ? k.movedTo(kernelLeft, k.bottom() + CAPTION * unit) : null;
        GridGeometry out = GridGeometry.at(k.right() + gap, middle - cell * outputRows / 2, cell, outputRows,
                outputColumns);
        return Optional.of(new SlidingWindowLayout(in, k, r, out, middle + tallest / 2 + STRIP * unit / 2));
    }
}
