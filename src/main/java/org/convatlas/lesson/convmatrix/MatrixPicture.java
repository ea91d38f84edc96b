package org.convatlas.lesson.convmatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convatlas.compute.ConvMatrix;
import org.convatlas.compute.ConvMatrix.Entry;
import org.convatlas.compute.Tensor;
import org.convatlas.i18n.Message;
import org.convatlas.render.chrome.Captions;
import org.convatlas.render.grid.HeatMap;
import org.convatlas.render.grid.SlidingWindow;

/**
 * What every frame of the matrix picture of a convolution shares: the matrix {@code C} of {@link ConvMatrix}
 * ({@code Ho·Wo × H·W}) with the input {@code x} it multiplies and the output {@code y = C x}, and its transpose
 * {@code Cᵀ} ({@code H·W × Ho·Wo}) with the map {@code y′} it takes back and the result {@code x′ = Cᵀ y′}; the
 * captions; and, for matrices wider than {@link #NUMBER_COLUMNS} columns, their sparsity pictures. Made once per set
 * of parameters; {@link #row}, {@link #entry} and {@link #column} make the figure of each frame. Immutable apart from
 * the heat maps' kept images.
 */
public final class MatrixPicture {

    /** The most columns a matrix has and still shows its cells one by one. */
    public static final int NUMBER_COLUMNS = 64;

    /**
     * The captions over the grids, for example "C 4×16".
     *
     * @param input      over {@code x}
     * @param matrix     over {@code C}
     * @param output     over {@code y}
     * @param back       over {@code y′}
     * @param transposed over {@code Cᵀ}
     * @param result     over {@code x′}
     */
    public record Captions(Message input, Message matrix, Message output, Message back, Message transposed,
                           Message result) {

        public Captions {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(matrix, "matrix");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(back, "back");
            Objects.requireNonNull(transposed, "transposed");
            Objects.requireNonNull(result, "result");
        }
    }

    private final ConvMatrix matrix;
    private final SlidingWindow.Plane input;
    private final SlidingWindow.Plane output;
    private final SlidingWindow.Plane back;
    private final SlidingWindow.Plane result;
    private final Entry[] cells;
    private final List<List<Entry>> rows;
    private final List<List<Entry>> byColumn;
    private final Captions captions;
    private final HeatMap sparsity;
    private final HeatMap transposedSparsity;

    /**
     * @param matrix   the matrix {@code C}
     * @param input    {@code x [H, W]}
     * @param output   {@code y = C x [Ho, Wo]}
     * @param back     {@code y′ [Ho, Wo]}, the map {@code Cᵀ} takes back
     * @param result   {@code x′ = Cᵀ y′ [H, W]}
     * @param captions the captions over the grids
     */
    public MatrixPicture(ConvMatrix matrix, Tensor input, Tensor output, Tensor back, Tensor result,
                         Captions captions) {
        this.matrix = matrix;
        this.input = SlidingWindow.Plane.of("input", input);
        this.output = SlidingWindow.Plane.of("output", output);
        this.back = SlidingWindow.Plane.of("back", back);
        this.result = SlidingWindow.Plane.of("result", result);
        this.captions = Objects.requireNonNull(captions, "captions");
        int columns = matrix.columns();
        this.cells = new Entry[matrix.rows() * columns];
        this.rows = emptyLists(matrix.rows());
        this.byColumn = emptyLists(columns);
        float[] structure = new float[cells.length];
        float[] transposedStructure = new float[cells.length];
        for (Entry e : matrix.entries()) {
            cells[e.outputCell() * columns + e.inputCell()] = e;
            rows.get(e.outputCell()).add(e);
            byColumn.get(e.inputCell()).add(e);
            // the sparsity picture: 1 where the matrix holds a kernel weight (even a zero one), 0 elsewhere
            structure[e.outputCell() * columns + e.inputCell()] = 1;
            transposedStructure[e.inputCell() * matrix.rows() + e.outputCell()] = 1;
        }
        this.sparsity = new HeatMap(structure, matrix.rows(), columns);
        this.transposedSparsity = new HeatMap(transposedStructure, columns, matrix.rows());
    }

    private static List<List<Entry>> emptyLists(int count) {
        List<List<Entry>> lists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    /** The figure of row {@code row} of {@code C}: its entries, its window on {@code x}, its output cell. */
    public MatrixFigure row(int row) {
        return new MatrixFigure(this, MatrixFigure.Mode.ROW, row, null);
    }

    /** The figure of one entry of {@code C}: the tap it holds, the input cell it reads, the output cell it feeds. */
    public MatrixFigure entry(Entry entry) {
        return new MatrixFigure(this, MatrixFigure.Mode.ENTRY, entry.outputCell(), entry);
    }

    /** The figure of column {@code column} of {@code Cᵀ}: the cell of {@code y′} it takes and where its stamp lands. */
    public MatrixFigure column(int column) {
        return new MatrixFigure(this, MatrixFigure.Mode.COLUMN, column, null);
    }

    /**
     * The figure of column {@code column} of {@code C}, the input cell {@code x[column]}: its weights, and the output
     * cells it feeds.
     */
    public MatrixFigure feeds(int column) {
        return new MatrixFigure(this, MatrixFigure.Mode.FEED, column, null);
    }

    /**
     * The figure of row {@code row} of {@code Cᵀ}, the result cell {@code x′[row]}: its weights, and the cells of
     * {@code y′} it gathers.
     */
    public MatrixFigure gathers(int row) {
        return new MatrixFigure(this, MatrixFigure.Mode.GATHER, row, null);
    }

    /** The structural entry of {@code C} at {@code (row, column)}, or null where {@code C} holds a plain zero. */
    public Entry entryAt(int row, int column) {
        return cells[row * matrix.columns() + column];
    }

    ConvMatrix matrix() {
        return matrix;
    }

    /** The entries of row {@code row} of {@code C}, by rising column. */
    List<Entry> entriesOfRow(int row) {
        return rows.get(row);
    }

    /** The entries of column {@code column} of {@code C}, by rising row. */
    List<Entry> entriesOfColumn(int column) {
        return byColumn.get(column);
    }

    SlidingWindow.Plane input() {
        return input;
    }

    SlidingWindow.Plane output() {
        return output;
    }

    SlidingWindow.Plane back() {
        return back;
    }

    SlidingWindow.Plane result() {
        return result;
    }

    Captions captions() {
        return captions;
    }

    /** Whether the matrices show their cells one by one, or as sparsity pictures. */
    boolean cellsShown() {
        return matrix.columns() <= NUMBER_COLUMNS && matrix.rows() <= NUMBER_COLUMNS;
    }

    HeatMap sparsity() {
        return sparsity;
    }

    HeatMap transposedSparsity() {
        return transposedSparsity;
    }
}
