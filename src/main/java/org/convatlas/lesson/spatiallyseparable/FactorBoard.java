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
import org.convatlas.render.grid.BoardGrids;
import org.convatlas.render.grid.GridBoard;

/**
 * The kernel drawn as its column times its row, {@code w = c·rᵀ}: the kernel, the {@code kH×1} column and the
 * {@code 1×kW} row side by side with cells of one size, each a heat map (its numbers over it when they fit), and under
 * them the singular values {@code σ = 3.46, 0, 0} as {@link KernelRank} counts them. A kernel that is not rank 1 is
 * only approximately a column times a row, so the board adds the best rank-1 approximation {@code c·rᵀ} for the eye
 * to set against the kernel. The factor the pass on show uses is outlined in the highlight colour. The one pass played
 * to compare has a board of its own ({@link BoardGrids#comparison}).
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
                BoardGrids.of(Message.of("figure.kernel", kernel.rows(), kernel.columns()), Role.KERNEL, KERNEL, kernel.toTensor(),
                        true),
                BoardGrids.of(Message.of(keys + (exact ? "figure.column" : "figure.approximateColumn"), kernel.rows()),
                        Role.KERNEL, COLUMN, column, true),
                BoardGrids.of(Message.of(keys + "figure.row", kernel.columns()), Role.KERNEL, ROW, row, true)));
        if (!exact) {
            board.add(BoardGrids.of(Message.of(keys + "figure.approximation"), Role.KERNEL, APPROXIMATION,
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
        marked.set(index, BoardGrids.outlined(marked.get(index)));
        return GridBoard.ofRow(marked, strip, EnumSet.of(Role.KERNEL, Role.HIGHLIGHT));
    }
}
