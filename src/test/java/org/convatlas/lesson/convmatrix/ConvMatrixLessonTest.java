package org.convatlas.lesson.convmatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.text.Font;
import org.convatlas.compute.ConvMatrix;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.grid.InputPattern;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.GridPainter;
import org.junit.jupiter.api.Test;

class ConvMatrixLessonTest {

    private static final String DOT = "\u00B7";
    private final ConvMatrixLesson lesson = new ConvMatrixLesson();
    private final LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());

    /** A preset with the size of its matrix. */
    private record Expected(Preset preset, int rows, int columns) {
    }

    private ConvMatrixPlayback playback() {
        return (ConvMatrixPlayback) vm.playbackProperty().get();
    }

    private String strip() {
        return ((MatrixFigure) vm.frameProperty().get().figure()).stripText();
    }

    private static String strip(Frame frame) {
        return ((MatrixFigure) frame.figure()).stripText();
    }

    /** The engine's matrix for the lesson's current values. */
    private static ConvMatrix engine(ParameterValues values) {
        int size = values.get(ConvMatrixLesson.SIZE);
        return ConvMatrix.of(values.get(ConvMatrixLesson.KERNEL).toTensor(), size, size,
                Window2d.of(values.get(ConvMatrixLesson.STRIDE), values.get(ConvMatrixLesson.PADDING),
                        values.get(ConvMatrixLesson.DILATION)));
    }

    @Test
    void everyPresetShowsTheEnginesMatrix() {
        List<Expected> expected = List.of(new Expected(ConvMatrixLesson.CLASSIC, 4, 16),
                new Expected(ConvMatrixLesson.STRIDE_2, 9, 25), new Expected(ConvMatrixLesson.PADDED, 16, 16),
                new Expected(ConvMatrixLesson.LARGE, 64, 100));
        for (Expected e : expected) {
            vm.apply(e.preset());
            String name = e.preset().labelKey();
            ConvMatrix matrix = engine(vm.valuesProperty().get());
            assertEquals(e.rows(), matrix.rows(), name);
            assertEquals(e.columns(), matrix.columns(), name);
            long cells = (long) e.rows() * e.columns();
            int entries = matrix.entries().size();
            assertEquals(List.of(Message.of("counts.matrix.size", e.rows(), e.columns()),
                    Message.of("counts.matrix.entries", entries, cells, 1 - (double) entries / cells),
                    Message.of("counts.outputSize", matrix.outputHeight(), matrix.outputWidth())),
                    vm.countsProperty().get(), name);
            assertEquals(2L * e.rows(), playback().stepCount(), name);
            assertTrue(vm.formulaProperty().get().contains("\\mathbb{R}^{" + e.rows() + " \\times " + e.columns() + "}"),
                    vm.formulaProperty().get());
            int size = vm.valuesProperty().get().get(ConvMatrixLesson.SIZE);
            Tensor x = InputPattern.CLASSIC.tensor(size, size).reshape(size, size);
            Tensor y = matrix.multiply(x);
            for (int row = 0; row < e.rows(); row++) {
                String sum = strip(playback().frame(row));
                assertTrue(sum.endsWith(" = " + NumberText.of(y.data()[row])), name + ": " + sum);
            }
        }
    }

    @Test
    void theClassicRowSumsTheKernelTimesItsWindow() {
        vm.apply(ConvMatrixLesson.CLASSIC);
        // row 1 of C: the window at (0, 1) over the classic digits [1 2 0 3; 0 1 2 1; 3 1 0 2; 2 0 1 1]
        vm.transport().goTo(1);
        assertEquals("y[0,1] = 1" + DOT + "2 + 2" + DOT + "0 + 3" + DOT + "3 + 4" + DOT + "1 + 5" + DOT + "2 + 6"
                + DOT + "1 + 7" + DOT + "1 + 8" + DOT + "0 + 9" + DOT + "2 = 56", strip());
        vm.transport().goTo(4); // column 0 of C^T: y'[0,0] = y[0,0] stamps the kernel onto x'
        assertTrue(strip().startsWith("y\u2032[0,0] = 51:  x\u2032[0,0] += 1" + DOT + "51, x\u2032[0,1] += 2" + DOT
                + "51, "), strip());
    }

    @Test
    void pointingAtTheMatricesShowsARowAnEntryOrAColumn() {
        vm.apply(ConvMatrixLesson.CLASSIC);
        ConvMatrixPlayback playback = playback();
        assertEquals("C[1,6] = w[1,1] = 5:  y[0,1] += w[1,1]" + DOT + "x[1,2]",
                strip(playback.probe(0, new Hit(Role.KERNEL, Coordinates.of(0, 1, 6)))), "an entry: its tap");
        assertTrue(strip(playback.probe(0, new Hit(Role.KERNEL, Coordinates.of(0, 1, 0)))).startsWith("y[0,1] = "),
                "a zero of row 1: the row");
        assertTrue(strip(playback.probe(0, new Hit(Role.KERNEL, Coordinates.of(1, 5, 3)))).startsWith("y\u2032[1,1] = "),
                "a cell of column 3 of C^T: the column");
        assertTrue(strip(playback.probe(0, new Hit(Role.OUTPUT, Coordinates.of(0, 1, 0)))).startsWith("y[1,0] = "));
        assertTrue(strip(playback.probe(0, new Hit(Role.OUTPUT, Coordinates.of(1, 1, 0)))).startsWith("y\u2032[1,0] = "));
    }

    @Test
    void pointingAtACellOfXShowsTheColumnOfCThatMultipliesIt() {
        vm.apply(ConvMatrixLesson.CLASSIC);
        ConvMatrixPlayback playback = playback();
        // x[0,0] = 1 is read only by the window at (0, 0), through w[0,0] = 1
        assertEquals("x[0,0] = 1:  y[0,0] += 1" + DOT + "1",
                strip(playback.probe(0, new Hit(Role.INPUT, Coordinates.of(0, 0, 0)))));
        assertTrue(strip(playback.probe(0, new Hit(Role.INPUT, Coordinates.of(1, 0, 0))))
                .startsWith("x\u2032[0,0] = 1" + DOT + "51 = 51"), "x' gathers y' through its row of C^T");
    }

    @Test
    void theLargePresetMagnifiesThePinnedRowOfItsSparsityPicture() {
        vm.apply(ConvMatrixLesson.LARGE);
        ConvMatrixPlayback playback = playback();
        Frame frame = playback.probe(0, new Hit(Role.OUTPUT, Coordinates.of(0, 2, 3)));
        MatrixFigure figure = (MatrixFigure) frame.figure();
        DrawContext context = new DrawContext(Palette.LIGHT, Font.font(14), Role::name);
        int row = 2 * 8 + 3;
        ConvMatrix.Entry first = playback.matrix().entries().stream().filter(e -> e.outputCell() == row)
                .findFirst().orElseThrow();
        Hit weight = new Hit(Role.KERNEL, Coordinates.of(0, row, first.inputCell()));
        // the sparsity picture's cells are a few pixels wide; the excerpt's are large enough for their numbers
        long area = 0;
        for (int y = 0; y < 800; y += 2) {
            for (int x = 0; x < 1200; x += 2) {
                area += figure.hitTest(x, y, 1200, 800, context).filter(weight::equals).isPresent() ? 4 : 0;
            }
        }
        double legible = GridPainter.NUMBER_MIN_CELL * context.unit();
        assertTrue(area >= legible * legible, "C[" + row + "," + first.inputCell() + "] magnified: " + area + " px");
    }
}
