package org.convatlas.lesson.convmatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.convatlas.compute.ConvMatrix;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Pixels;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.GridGeometry;
import org.convatlas.render.grid.GridPainter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The matrix picture of the classic 4×4 input and a 3×3 kernel of the weights 1 to 9. */
class MatrixFigureTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 700;
    private static final DrawContext CONTEXT = new DrawContext(Palette.LIGHT, Font.font(14), Role::name);
    private static final Tensor X = Tensor.of(new float[] {1, 2, 0, 3, 0, 1, 2, 1, 3, 1, 0, 2, 2, 0, 1, 1}, 4, 4);
    private static final Tensor W = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 3, 3);

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        Pixels.startJavaFx();
    }

    private static MatrixPicture picture(Tensor x, Window2d window) {
        ConvMatrix c = ConvMatrix.of(W, x.dim(0), x.dim(1), window);
        Tensor y = c.multiply(x);
        Message m = Message.of("m");
        return new MatrixPicture(c, x, y, y, c.multiplyTransposed(y), new MatrixPicture.Captions(m, m, m, m, m, m));
    }

    @Test
    void everyGridAnswersThePointerWithItsBandAndCell() {
        MatrixFigure figure = picture(X, Window2d.DEFAULT).row(0);
        Set<Hit> hits = new HashSet<>();
        for (int y = 0; y < HEIGHT; y += 3) {
            for (int x = 0; x < WIDTH; x += 3) {
                figure.hitTest(x, y, WIDTH, HEIGHT, CONTEXT).ifPresent(hits::add);
            }
        }
        assertTrue(hits.contains(new Hit(Role.INPUT, Coordinates.of(0, 3, 3))), "x");
        assertTrue(hits.contains(new Hit(Role.KERNEL, Coordinates.of(0, 3, 15))), "C is 4 x 16");
        assertTrue(hits.contains(new Hit(Role.OUTPUT, Coordinates.of(0, 1, 1))), "y");
        assertTrue(hits.contains(new Hit(Role.OUTPUT, Coordinates.of(1, 1, 1))), "y'");
        assertTrue(hits.contains(new Hit(Role.KERNEL, Coordinates.of(1, 15, 3))), "C^T is 16 x 4");
        assertTrue(hits.contains(new Hit(Role.INPUT, Coordinates.of(1, 3, 3))), "x'");
        assertEquals(16 + 64 + 4 + 4 + 64 + 16, hits.size(), "no other cells");
    }

    @Test
    void theStripsSayWhatIsMarked() {
        MatrixPicture picture = picture(X, Window2d.DEFAULT);
        assertEquals("y[1,1] = 1\u00B71 + 2\u00B72 + 3\u00B71 + 4\u00B71 + 5\u00B70 + 6\u00B72 + 7\u00B70 + 8\u00B71 "
                + "+ 9\u00B71 = 41", picture.row(3).stripText());
        assertEquals("C[0,0] = w[0,0] = 1:  y[0,0] += w[0,0]\u00B7x[0,0]",
                picture.entry(picture.entryAt(0, 0)).stripText());
        assertTrue(picture.column(3).stripText().startsWith("y\u2032[1,1] = 41:  x\u2032[1,1] += 1\u00B741, "),
                picture.column(3).stripText());
    }

    @Test
    void aWideMatrixIsDrawnAsItsSparsity() {
        Tensor x = Tensor.zeros(9, 9);
        MatrixPicture picture = picture(x, Window2d.DEFAULT);
        assertFalse(picture.cellsShown(), "81 columns");
        Pixels.paint(WIDTH, HEIGHT, g -> picture.row(0).draw(g, WIDTH, HEIGHT, CONTEXT));
    }

    @Test
    void aPinnedRowOfASparsityPictureIsMagnifiedWithItsWeights() {
        Tensor x = Tensor.zeros(9, 9);
        MatrixPicture picture = picture(x, Window2d.DEFAULT);
        ConvMatrix c = picture.matrix();
        int row = 24; // the window at (3, 3) of the 7 x 7 output
        MatrixFigure figure = picture.row(row);
        MatrixLayout layout = MatrixLayout.of(9, 9, 7, 7, WIDTH, HEIGHT, CONTEXT.unit()).orElseThrow();
        GridGeometry grid = figure.excerpt(layout, WIDTH, CONTEXT).orElseThrow().grid();
        assertEquals(row - 1, grid.firstRow(), "the row and one neighbour on either side");
        assertEquals(3, grid.rows());
        assertTrue(grid.cell() >= GridPainter.NUMBER_MIN_CELL * CONTEXT.unit(), "legible: " + grid.cell());
        WritableImage image = Pixels.paint(WIDTH, HEIGHT, g -> figure.draw(g, WIDTH, HEIGHT, CONTEXT));
        int entries = 0;
        for (int r = grid.firstRow(); r <= grid.lastRow(); r++) {
            for (int col = grid.firstColumn(); col <= grid.lastColumn(); col++) {
                boolean entry = picture.entryAt(r, col) != null;
                entries += entry ? 1 : 0;
                Color corner = Pixels.at(image, grid.x(col) + grid.cell() * 0.2, grid.y(r) + grid.cell() * 0.2);
                assertEquals(!entry, corner.equals(Palette.LIGHT.background()), "C[" + r + "," + col + "]");
                assertEquals(new Hit(Role.KERNEL, Coordinates.of(0, r, col)),
                        figure.hitTest(grid.centreX(col), grid.centreY(r), WIDTH, HEIGHT, CONTEXT).orElseThrow());
            }
        }
        assertEquals(3 * 9, entries, "every weight of the three rows, and the span holds them all");
        assertTrue(c.entries().stream().filter(e -> Math.abs(e.outputCell() - row) <= 1)
                .allMatch(e -> grid.contains(e.outputCell(), e.inputCell())));
    }

    @Test
    void aPinnedColumnOfTheTransposeIsMagnifiedAcrossItsRows() {
        MatrixPicture picture = picture(Tensor.zeros(9, 9), Window2d.DEFAULT);
        MatrixLayout layout = MatrixLayout.of(9, 9, 7, 7, WIDTH, HEIGHT, CONTEXT.unit()).orElseThrow();
        GridGeometry grid = picture.column(24).excerpt(layout, WIDTH, CONTEXT).orElseThrow().grid();
        assertEquals(23, grid.firstColumn(), "C^T: the columns are the rows of C");
        assertEquals(3, grid.columns());
        assertTrue(grid.contains(30, 24) && grid.contains(50, 24), "the rows of x' the column stamps onto");
    }

    @Test
    void aSmallMatrixHasNoExcerpt() {
        MatrixLayout layout = MatrixLayout.of(4, 4, 2, 2, WIDTH, HEIGHT, CONTEXT.unit()).orElseThrow();
        assertTrue(picture(X, Window2d.DEFAULT).row(0).excerpt(layout, WIDTH, CONTEXT).isEmpty());
    }

    @Test
    void pointingAtAnInputCellMarksItsColumnOfCAndTheOutputsItFeeds() {
        MatrixPicture picture = picture(X, Window2d.DEFAULT);
        // x[1,2] = 2 is read by all four windows, through w[1,2], w[1,1], w[0,2], w[0,1]
        assertEquals("x[1,2] = 2:  y[0,0] += 6\u00B72, y[0,1] += 5\u00B72, y[1,0] += 3\u00B72, y[1,1] += 2\u00B72",
                picture.feeds(6).stripText());
        Tensor back = picture.matrix().multiplyTransposed(picture.matrix().multiply(X));
        assertTrue(picture.gathers(6).stripText().startsWith("x\u2032[1,2] = 6\u00B7"), picture.gathers(6).stripText());
        assertTrue(picture.gathers(6).stripText().endsWith(" = " + NumberText.of(back.data()[6])));
        MatrixLayout layout = MatrixLayout.of(4, 4, 2, 2, WIDTH, HEIGHT, CONTEXT.unit()).orElseThrow();
        WritableImage image = Pixels.paint(WIDTH, HEIGHT, g -> picture.feeds(6).draw(g, WIDTH, HEIGHT, CONTEXT));
        GridGeometry c = layout.matrix();
        Color highlight = Pixels.at(image, c.x(6) + c.cell() * 0.2, c.y(0) + c.cell() * 0.2);
        Color kernel = Pixels.at(image, c.x(5) + c.cell() * 0.2, c.y(0) + c.cell() * 0.2);
        assertFalse(highlight.equals(kernel), "C[0,6] is marked, C[0,5] is not");
    }
}
