package org.convatlas.render.grid;

import java.util.EnumSet;
import java.util.List;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;

/**
 * What the board lessons share: output grids that fill in step by step and cell names (pooling, unpooling, pixel
 * shuffle); grids of a tensor's last two dimensions and a board comparing two outputs (spatially separable,
 * flattened).
 */
public final class BoardGrids {

    private BoardGrids() {
    }

    /**
     * The one-channel map {@code map [1, H, W]} written up to cell {@code step} (row-major): earlier cells in the look
     * of an output, the cell {@code step} highlighted, later ones blank.
     */
    public static BoardGrid written(Message caption, Role role, int channel, Tensor map, long step) {
        int rows = map.dim(1);
        int columns = map.dim(2);
        float[] values = map.data();
        return new BoardGrid(caption, role, channel, new CellRange(0, 0, rows, columns), (r, c) -> {
            long i = (long) r * columns + c;
            return i < step ? Role.OUTPUT : i == step ? Role.HIGHLIGHT : null;
        }, (r, c) -> values[r * columns + c], null, 0, List.of());
    }

    /**
     * A grid of the last two dimensions of {@code values} in the look of {@code role}, with its numbers; drawn as a
     * heat map of them, the numbers over it when they fit, when {@code heat}.
     */
    public static BoardGrid of(Message caption, Role role, int index, Tensor values, boolean heat) {
        int rows = values.dim(values.rank() - 2);
        int columns = values.dim(values.rank() - 1);
        BoardGrid grid = BoardGrid.of(caption, role, index, values.data(), rows, columns, role);
        return heat ? grid.withHeat(new HeatMap(values.data(), rows, columns), (long) rows * columns) : grid;
    }

    /** {@code grid} outlined whole in the highlight colour: the factor the pass on show uses. */
    public static BoardGrid outlined(BoardGrid grid) {
        return grid.marked(List.of(new BoardGrid.Mark(new CellRange(0, 0, grid.cells().rows(),
                grid.cells().columns()), true)));
    }

    /**
     * The output {@code [1, Ho, Wo]} of the factorized passes under {@code caption}, answering the pointer as the
     * output it is compared with, and under it their largest difference from it, {@code max |Δ| = 0}: its numbers, or
     * a heat map when it is too large for them.
     */
    public static GridBoard comparison(Message caption, Tensor passes, double difference) {
        boolean large = passes.dim(1) > GridPainter.NUMBER_LIMIT || passes.dim(2) > GridPainter.NUMBER_LIMIT;
        return GridBoard.ofRow(List.of(of(caption, Role.OUTPUT, 0, passes, large)),
                new FormulaStrip(List.of(Piece.plain("max |\u0394| = ")), List.of(List.of(
                        new Piece(NumberText.of(difference), Role.OUTPUT))), Piece.plain(""), List.of()),
                EnumSet.of(Role.OUTPUT));
    }

    /** The row-major index, in {@code map [1, H, W]}, of the cell a hit names as {@code (channel, row, column)}. */
    public static long cellIndex(Hit hit, Tensor map) {
        return Coordinates.of(0, hit.at().get(1), hit.at().get(2)).flatIndexIn(map.shape());
    }

    /** {@code y[1,2]} for the element {@code (c, 1, 2)} of a one-channel map: row and column. */
    public static String name(String tensor, Coordinates at) {
        return tensor + "[" + NumberText.of(at.get(1)) + "," + NumberText.of(at.get(2)) + "]";
    }
}
