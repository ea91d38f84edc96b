package org.convatlas.lesson.spatiallyseparable;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.convatlas.compute.KernelRank;
import org.convatlas.compute.Tensor;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Kernel;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.BoardGrid;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.grid.GridBoard;
import org.convatlas.render.grid.GridPainter;
import org.convatlas.render.grid.HeatMap;

/**
 * The kernel drawn as its column times its row, {@code w = c·rᵀ}: the kernel, the {@code kH×1} column and the
 * {@code 1×kW} row side by side with cells of one size, each a heat map (its numbers over it when they fit), and under
 * them the singular values {@code σ = 3.46, 0, 0} as {@link KernelRank} counts them. A kernel that is not rank 1 is
 * only approximately a column times a row, so the board adds the best rank-1 approximation {@code c·rᵀ} for the eye
 * to set against the kernel. The factor the pass on show uses is outlined in the highlight colour. The one pass played
 * to compare has a board of its own: the two passes' output, drawn as the output it is set against (its numbers, or
 * a heat map when that has one), and their largest difference {@code max |Δ|}.
 */
final class FactorBoard {

    /** The grids' places in the row, which also name their cells to the pointer. */
    private static final int KERNEL = 0;
    private static final int COLUMN = 1;
    private static final int ROW = 2;
    private static final int APPROXIMATION = 3;

    private final List<BoardGrid> grids;
    private final FormulaStrip strip;

    FactorBoard(Kernel kernel, KernelRank rank, String keys) {
        Tensor column = rank.columnKernel();
        Tensor row = rank.rowKernel();
        boolean exact = rank.isSeparable();
        List<BoardGrid> board = new ArrayList<>(List.of(
                grid(Message.of("figure.kernel", kernel.rows(), kernel.columns()), Role.KERNEL, KERNEL, kernel.toTensor(),
                        true),
                grid(Message.of(keys + (exact ? "figure.column" : "figure.approximateColumn"), kernel.rows()),
                        Role.KERNEL, COLUMN, column, true),
                grid(Message.of(keys + "figure.row", kernel.columns()), Role.KERNEL, ROW, row, true)));
        if (!exact) {
            board.add(grid(Message.of(keys + "figure.approximation"), Role.KERNEL, APPROXIMATION,
                    rank.separableApproximation(),
                    true));
        }
        this.grids = List.copyOf(board);
        List<List<Piece>> values = new ArrayList<>();
        for (double s : rank.countedSingularValues()) {
            values.add(List.of(new Piece(NumberText.of(s), Role.KERNEL)));
        }
        this.strip = new FormulaStrip(List.of(Piece.plain("\u03C3 = ")), values, Piece.plain(", "), List.of());
    }

    /**
     * A grid of the last two dimensions of {@code values} in the look of {@code role}, with its numbers; drawn as a
     * heat map of them, the numbers over it when they fit, when {@code heat}.
     */
    private static BoardGrid grid(Message caption, Role role, int index, Tensor values, boolean heat) {
        int rows = values.dim(values.rank() - 2);
        int columns = values.dim(values.rank() - 1);
        BoardGrid grid = BoardGrid.of(caption, role, index, values.data(), rows, columns, role);
        return heat ? grid.withHeat(new HeatMap(values.data(), rows, columns), (long) rows * columns) : grid;
    }

    /** The factors during the column pass, the column outlined. */
    GridBoard columnPass() {
        return marking(COLUMN);
    }

    /** The factors during the row pass, the row outlined. */
    GridBoard rowPass() {
        return marking(ROW);
    }

    private GridBoard marking(int index) {
        List<BoardGrid> marked = new ArrayList<>(grids);
        BoardGrid used = marked.get(index);
        marked.set(index, used.marked(List.of(new BoardGrid.Mark(
                new CellRange(0, 0, used.cells().rows(), used.cells().columns()), true))));
        return GridBoard.ofRow(marked, strip, EnumSet.of(Role.KERNEL, Role.HIGHLIGHT));
    }

    /**
     * The two passes' output {@code [1, Ho, Wo]} under {@code caption}, answering the pointer as the output it is
     * compared with, and under it their largest difference from the one pass's output, {@code max |Δ| = 0}.
     */
    static GridBoard comparison(Message caption, Tensor twoPasses, double difference) {
        boolean large = twoPasses.dim(1) > GridPainter.NUMBER_LIMIT || twoPasses.dim(2) > GridPainter.NUMBER_LIMIT;
        return GridBoard.ofRow(List.of(grid(caption, Role.OUTPUT, 0, twoPasses, large)),
                new FormulaStrip(List.of(Piece.plain("max |\u0394| = ")), List.of(List.of(
                        new Piece(NumberText.of(difference), Role.OUTPUT))), Piece.plain(""), List.of()),
                EnumSet.of(Role.OUTPUT));
    }
}
