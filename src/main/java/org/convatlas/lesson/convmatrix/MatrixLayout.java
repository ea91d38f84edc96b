package org.convatlas.lesson.convmatrix;

import java.util.Optional;
import org.convatlas.render.grid.GridGeometry;
import org.convatlas.render.grid.SlidingWindowLayout;

/**
 * Where a {@link MatrixFigure} puts its grids in a {@code width × height} area, lengths in font sizes ({@code u})
 * unless said otherwise: two bands, one above the other and {@link #BAND_GAP} apart, each a row of three grids
 * {@link SlidingWindowLayout#GAP} apart with a caption line over each: {@code x}, {@code C}, {@code y} (read
 * {@code y = C x}), then {@code y′}, {@code Cᵀ}, {@code x′} ({@code x′ = Cᵀ y′}); the formula strip under them. All
 * grids share one cell size, the largest that fits, at most {@link SlidingWindowLayout#MAX_CELL}; each map keeps at
 * least {@link #MIN_SLOT} across for its caption, centred in it. When the matrices' cells are smaller than that place
 * and their band's height allow for a map (a sparsity picture of a large matrix), the maps take larger cells. The
 * block is centred in the area.
 *
 * @param input      {@code x}, {@code H × W}
 * @param matrix     {@code C}, {@code Ho·Wo × H·W}
 * @param output     {@code y}, {@code Ho × Wo}
 * @param back       {@code y′}, {@code Ho × Wo}
 * @param transposed {@code Cᵀ}, {@code H·W × Ho·Wo}
 * @param result     {@code x′}, {@code H × W}
 * @param stripY     the centre line of the formula strip
 */
record MatrixLayout(GridGeometry input, GridGeometry matrix, GridGeometry output, GridGeometry back,
                    GridGeometry transposed, GridGeometry result, double stripY) {

    /** The space between the two bands. */
    static final double BAND_GAP = 1;
    /** The least width a map's place in a band takes, so that its caption fits. */
    static final double MIN_SLOT = 8;

    /**
     * The layout for an input {@code inputRows × inputColumns} and an output {@code outputRows × outputColumns};
     * empty when the area is too small to draw anything.
     */
    static Optional<MatrixLayout> of(int inputRows, int inputColumns, int outputRows, int outputColumns, double width,
                                     double height, double unit) {
        int inputCells = inputRows * inputColumns;
        int outputCells = outputRows * outputColumns;
        int topRows = Math.max(Math.max(inputRows, outputRows), outputCells);
        int bottomRows = Math.max(Math.max(inputRows, outputRows), inputCells);
        int topColumns = inputColumns + inputCells + outputColumns;
        int bottomColumns = outputColumns + outputCells + inputColumns;
        double gap = SlidingWindowLayout.GAP * unit;
        double fixed = (2 * SlidingWindowLayout.CAPTION + BAND_GAP + SlidingWindowLayout.STRIP) * unit;
        double cell = Math.min(SlidingWindowLayout.MAX_CELL * unit, Math.min((height - fixed) / (topRows + bottomRows),
                (width - 2 * gap) / Math.max(topColumns, bottomColumns)));
        // the maps' places may be wider than the maps: the matrices get what they leave
        cell = Math.min(cell, (width - 2 * gap - 2 * MIN_SLOT * unit) / Math.max(inputCells, outputCells));
        if (!(cell > 0.5)) {
            return Optional.empty();
        }
        double top = (height - fixed - cell * (topRows + bottomRows)) / 2 + SlidingWindowLayout.CAPTION * unit;
        double topMiddle = top + cell * topRows / 2;
        double bottomMiddle = top + cell * topRows + (BAND_GAP + SlidingWindowLayout.CAPTION) * unit
                + cell * bottomRows / 2;
        double slot = MIN_SLOT * unit;
        int mapRows = Math.max(inputRows, outputRows);
        double mapCell = Math.max(cell, Math.min(slot / Math.max(inputColumns, outputColumns),
                cell * Math.min(topRows, bottomRows) / mapRows));
        GridGeometry[] upper = band(width, topMiddle, new double[] {mapCell, cell, mapCell}, gap, slot, new int[][] {{inputRows, inputColumns},
                {outputCells, inputCells}, {outputRows, outputColumns}});
        GridGeometry[] lower = band(width, bottomMiddle, new double[] {mapCell, cell, mapCell}, gap, slot, new int[][] {{outputRows, outputColumns},
                {inputCells, outputCells}, {inputRows, inputColumns}});
        return Optional.of(new MatrixLayout(upper[0], upper[1], upper[2], lower[0], lower[1], lower[2],
                bottomMiddle + cell * bottomRows / 2 + SlidingWindowLayout.STRIP * unit / 2));
    }

    /**
     * Three grids of the given {rows, columns} and cell sizes in a row centred across {@code width} and on
     * {@code middle}, each centred in a place at least {@code slot} wide.
     */
    private static GridGeometry[] band(double width, double middle, double[] cells, double gap, double slot,
                                       int[][] sizes) {
        double total = 2 * gap;
        for (int i = 0; i < sizes.length; i++) {
            total += Math.max(slot, sizes[i][1] * cells[i]);
        }
        double left = (width - total) / 2;
        GridGeometry[] grids = new GridGeometry[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            double cell = cells[i];
            double place = Math.max(slot, sizes[i][1] * cell);
            grids[i] = GridGeometry.at(left + (place - sizes[i][1] * cell) / 2, middle - cell * sizes[i][0] / 2, cell,
                    sizes[i][0], sizes[i][1]);
            left += place + gap;
        }
        return grids;
    }
}
