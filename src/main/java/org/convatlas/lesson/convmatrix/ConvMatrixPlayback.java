package org.convatlas.lesson.convmatrix;

import java.util.List;
import org.convatlas.compute.ConvMatrix;
import org.convatlas.compute.ConvMatrix.Entry;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;

/**
 * The playback of a convolution as the matrix {@code C} of {@link ConvMatrix} and its transpose: first one step per
 * row of {@code C} ({@code y[r] = Σ C[r, j]·x[j]}), then one per column of {@code Cᵀ} (the cell {@code y′[r]} of the
 * map taken back, stamping its row of weights onto {@code x′}), with {@code y′ = y}, so that {@code x′ = Cᵀ C x}:
 * not {@code x}, for {@code Cᵀ} is no inverse. Pointing at a row of {@code C} or a cell of {@code y} shows that row,
 * at an entry of {@code C} its tap, at a column of {@code Cᵀ} or a cell of {@code y′} that column, at a cell of
 * {@code x} the column of {@code C} that multiplies it (the outputs it feeds), at a cell of {@code x′} the row of
 * {@code Cᵀ} that makes it.
 */
public final class ConvMatrixPlayback implements Playback {

    private final ConvMatrix matrix;
    private final MatrixPicture picture;
    private final List<Message> counts;
    private final String formula;

    /**
     * @param input  {@code x [H, W]}
     * @param kernel the kernel
     * @param window stride, padding and dilation
     * @throws org.convatlas.compute.InvalidArgumentException if the engine refuses the sizes
     */
    public ConvMatrixPlayback(Tensor input, Kernel kernel, Window2d window) {
        this.matrix = ConvMatrix.of(kernel.toTensor(), input.dim(0), input.dim(1), window);
        Tensor y = matrix.multiply(input);
        Tensor back = matrix.multiplyTransposed(y);
        int rows = matrix.rows();
        int columns = matrix.columns();
        this.picture = new MatrixPicture(matrix, input, y, y, back, new MatrixPicture.Captions(
                Message.of("figure.matrix.input", input.dim(0), input.dim(1)),
                Message.of("figure.matrix.c", rows, columns),
                Message.of("figure.matrix.output", y.dim(0), y.dim(1)),
                Message.of("figure.matrix.back", y.dim(0), y.dim(1)),
                Message.of("figure.matrix.transposed", columns, rows),
                Message.of("figure.matrix.result", back.dim(0), back.dim(1))));
        long cells = (long) rows * columns;
        int entries = matrix.entries().size();
        this.counts = List.of(Message.of("counts.matrix.size", rows, columns),
                Message.of("counts.matrix.entries", entries, cells, 1 - (double) entries / cells),
                Message.of("counts.outputSize", y.dim(0), y.dim(1)));
        this.formula = "y = C\\,x,\\; C \\in \\mathbb{R}^{" + rows + " \\times " + columns + "} \\qquad x' = C^{\\top} y',\\;"
                + " C^{\\top} \\in \\mathbb{R}^{" + columns + " \\times " + rows + "}";
    }

    /** The matrix the frames show. */
    public ConvMatrix matrix() {
        return matrix;
    }

    /** One step per row of {@code C}, then one per column of {@code Cᵀ}. */
    @Override
    public long stepCount() {
        return 2L * matrix.rows();
    }

    @Override
    public Frame frame(long step) {
        int row = (int) step;
        return frame(row < matrix.rows() ? picture.row(row) : picture.column(row - matrix.rows()));
    }

    @Override
    public Frame probe(long step, Hit hit) {
        boolean lower = hit.at().get(0) == 1;
        int r = hit.at().get(1);
        int c = hit.at().get(2);
        if (hit.role() == Role.KERNEL) {
            if (lower) {
                return frame(picture.column(c));
            }
            Entry entry = picture.entryAt(r, c);
            return frame(entry != null ? picture.entry(entry) : picture.row(r));
        }
        if (hit.role() == Role.OUTPUT) {
            int cell = r * matrix.outputWidth() + c;
            return frame(lower ? picture.column(cell) : picture.row(cell));
        }
        if (hit.role() == Role.INPUT) {
            int cell = r * matrix.inputWidth() + c;
            return frame(lower ? picture.gathers(cell) : picture.feeds(cell));
        }
        return frame(step);
    }

    private Frame frame(Figure figure) {
        return new Frame(figure, counts, formula);
    }
}
