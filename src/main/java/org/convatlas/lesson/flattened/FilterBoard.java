package org.convatlas.lesson.flattened;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.convatlas.compute.FlattenedKernel;
import org.convatlas.compute.Tensor;
import org.convatlas.i18n.Message;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.BoardGrid;
import org.convatlas.render.grid.BoardGrids;
import org.convatlas.render.grid.GridBoard;

/**
 * The {@code C×k×k} filter drawn as three 1-D filters multiplied out: its {@code C} sheets {@code K[c]}, and beside or under them
 * the channel weights ({@code 1×C}), the column ({@code k×1}) and the row ({@code 1×k}) the three passes use, with
 * cells of one size, each a heat map with its numbers over it when they fit; under them the relative error of the
 * rank-1 approximation, {@code ‖K − K′‖/‖K‖}, as {@link FlattenedKernel} finds it. A filter that is not rank 1 is only
 * approximately the three multiplied out, so the board adds the sheets of its best rank-1 approximation under its
 * own, for the eye to set against them. The factor the pass on show uses is outlined in the highlight colour.
 */
final class FilterBoard {

    private final List<List<BoardGrid>> sheets;
    private final List<BoardGrid> factors;
    private final FormulaStrip strip;

    /**
     * @param kernel  the filter {@code [C, k, k]}
     * @param flat    its factorization
     * @param filters the three 1-D filters the passes use
     * @param error   the relative error of the approximation, as the lesson counts it
     * @param exact   whether the filter is rank 1
     * @param keys    the lesson's bundle keys' start
     */
    FilterBoard(Tensor kernel, FlattenedKernel flat, FlattenedKernel.Filters filters, double error, boolean exact,
                String keys) {
        int c = kernel.dim(0);
        int k = kernel.dim(1);
        List<List<BoardGrid>> rows = new ArrayList<>(List.of(sheetsOf(kernel, Message.of(keys + "figure.sheet"), 0)));
        if (!exact) {
            rows.add(sheetsOf(flat.approximation(), Message.of(keys + "figure.approximationSheet"), c));
        }
        this.sheets = List.copyOf(rows);
        int index = 2 * c;
        this.factors = List.of(
                BoardGrids.of(Message.of(keys + (exact ? "figure.channel" : "figure.approximateChannel"), c),
                        Role.KERNEL, index, filters.channel().reshape(1, c), true),
                BoardGrids.of(Message.of(keys + "figure.column", k), Role.KERNEL, index + 1,
                        filters.column().reshape(k, 1), true),
                BoardGrids.of(Message.of(keys + "figure.row", k), Role.KERNEL, index + 2,
                        filters.row().reshape(1, k), true));
        this.strip = new FormulaStrip(List.of(Piece.plain("\u2016K \u2212 K\u2032\u2016 / \u2016K\u2016 = ")),
                List.of(List.of(new Piece(NumberText.of(error), Role.KERNEL))), Piece.plain(""),
                List.of());
    }

    /** The sheets of {@code kernel [C, k, k]} as grids, captioned {@code caption} and their index, from {@code first}. */
    private static List<BoardGrid> sheetsOf(Tensor kernel, Message caption, int first) {
        int k = kernel.dim(1);
        List<BoardGrid> grids = new ArrayList<>();
        for (int c = 0; c < kernel.dim(0); c++) {
            Tensor sheet = kernel.reshape(kernel.dim(0), k * k).crop(c, 0, 1, k * k).reshape(k, k);
            grids.add(BoardGrids.of(Message.of(caption.key(), c), Role.KERNEL, first + c, sheet, true));
        }
        return grids;
    }

    /** The board while the pass using factor {@code factor} (0 channel, 1 column, 2 row) plays, that factor outlined. */
    GridBoard during(int factor) {
        List<BoardGrid> marked = new ArrayList<>(factors);
        marked.set(factor, BoardGrids.outlined(marked.get(factor)));
        List<List<BoardGrid>> rows = new ArrayList<>(sheets);
        rows.add(marked);
        return new GridBoard(rows, sheets.size(), strip, EnumSet.of(Role.KERNEL, Role.HIGHLIGHT));
    }
}
