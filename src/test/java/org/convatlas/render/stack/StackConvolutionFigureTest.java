package org.convatlas.render.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.grid.CellRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Lays out and draws a stack convolution on a real canvas, headless. */
class StackConvolutionFigureTest {

    private static final int UNIT = 16;
    private static final DrawContext CONTEXT =
            new DrawContext(Palette.LIGHT, Font.font(UNIT), role -> role.name().toLowerCase());

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /**
     * Three padded 5×5 channels (values 0 to 74) named as channels of x, a 3×3 kernel on each with its window at
     * padded cell (1, 1), and a 2×3×3 output being written at (0, 1, 1); channel 1 pulled out when {@code pulled}.
     */
    private static StackConvolution scene(boolean pulled, boolean padded) {
        float[] x = new float[75];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        int pad = padded ? 1 : 0;
        int side = 5 + 2 * pad;
        SheetStack input = SheetStack.of(3, c -> Sheet.padded(Role.INPUT, side, side, new CellRange(pad, pad, 5, 5),
                x, 25 * c).withWindow(new CellRange(1, 1, 3, 3)).withCaption("x[" + c + "]")
                .withOrigin(Coordinates.of(c, -pad, -pad)));
        List<StackConvolution.Facing> facings = new ArrayList<>();
        List<StackConvolution.Term> terms = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            terms.add(StackConvolution.Term.sum(c));
            facings.add(new StackConvolution.Facing(c, Sheet.of(Role.KERNEL, 3, 3, new float[9], 0)
                    .withOrigin(Coordinates.of(0, c, 0, 0)), terms.get(c)));
        }
        SheetStack output = SheetStack.of(2, s -> Sheet.of(Role.OUTPUT, 3, 3, new float[18], 9 * s)
                .writtenUpTo(s == 0 ? 5 : 0).withOrigin(Coordinates.of(s, 0, 0)));
        StackConvolution.PulledOut pulledOut = pulled
                ? new StackConvolution.PulledOut(1, input.shown().get(1).sheet(), facings.get(1)) : null;
        StackConvolution.Captions captions = new StackConvolution.Captions(Message.of("in"), Message.of("w"),
                Message.of("out"));
        return new StackConvolution(captions, input, facings, terms, 1, 4, Coordinates.of(0, 1, 1), output,
                new StackConvolution.Target(0, 1, 1), pulledOut, null);
    }

    @Test
    void theLayoutFitsTheSpaceAndStopsGrowingAtTheLargestCell() {
        for (boolean pulled : new boolean[] {false, true}) {
            for (double[] size : new double[][] {{400, 300}, {700, 560}, {1150, 850}}) {
                StackConvolutionFigure.Layout layout = StackConvolutionFigure.Layout.fitting(scene(pulled, true),
                        size[0], size[1], CONTEXT);
                assertTrue(layout.width <= size[0] && layout.height <= size[1],
                        layout.width + "x" + layout.height + " in " + size[0] + "x" + size[1]);
                assertTrue(layout.width > 0.9 * size[0] || layout.height > 0.9 * size[1], "fills one side");
            }
            StackConvolutionFigure.Layout roomy = StackConvolutionFigure.Layout.fitting(scene(pulled, true), 5000,
                    5000, CONTEXT);
            assertEquals(StackConvolutionFigure.MAX_CELL * UNIT, roomy.cell);
        }
    }

    @Test
    void theLegendNamesPaddingOnlyWhenThereIsSome() {
        assertEquals(EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.PADDING, Role.HIGHLIGHT),
                new StackConvolutionFigure(scene(false, true)).roles());
        assertEquals(EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT),
                new StackConvolutionFigure(scene(false, false)).roles());
    }

    @Test
    void numbersArePrintedWhenTheyFitAndGiveWayToAHeatMapWhenNot() {
        Sheet sheet = scene(false, true).input().shown().get(2).sheet();
        assertNotNull(SheetPainter.uprightFont(sheet, SheetProjection.TILTED, 3 * UNIT, CONTEXT));
        assertNull(SheetPainter.uprightFont(sheet, SheetProjection.TILTED, UNIT, CONTEXT), "too small to read");
        assertNull(SheetPainter.uprightFont(Sheet.padding(3, 3), SheetProjection.TILTED, 3 * UNIT, CONTEXT),
                "nothing to print on padding");
    }

    @Test
    void theWindowIsOutlinedInTheHighlightColourOnEveryChannel() {
        StackConvolution scene = scene(true, true);
        int width = 1150;
        int height = 850;
        StackConvolutionFigure.Layout layout = StackConvolutionFigure.Layout.fitting(scene, width, height, CONTEXT);
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Canvas canvas = new Canvas(width, height);
            new StackConvolutionFigure(scene).draw(canvas.getGraphicsContext2D(), width, height, CONTEXT);
            return canvas.snapshot(null, null);
        });
        double left = layout.left(width);
        double top = layout.top(height);
        Color highlight = Palette.LIGHT.color(Role.HIGHLIGHT);
        for (int item = 0; item < 3; item++) {
            // the window's corner at grid point (1, 1), a little inside the outline's middle
            Point2D corner = SheetProjection.TILTED.point(7, 1, 1.03, left + layout.inputX,
                    top + layout.inputItemTop(item), layout.cell);
            assertClose(highlight, image.getPixelReader().getColor((int) corner.getX(), (int) corner.getY()),
                    "window corner on channel " + item);
        }
        Point2D node = layout.node.add(left, top);
        assertClose(highlight, image.getPixelReader().getColor((int) (node.getX() + StackConvolutionFigure.NODE_RADIUS
                * UNIT), (int) node.getY()), "the summing node's rim");
    }

    @Test
    void theFigureNamesTheCellUnderThePointerAsTheEngineDoes() {
        StackConvolution scene = scene(true, true);
        StackConvolutionFigure figure = new StackConvolutionFigure(scene);
        double width = 1150;
        double height = 850;
        StackConvolutionFigure.Layout layout = StackConvolutionFigure.Layout.fitting(scene, width, height, CONTEXT);
        double left = layout.left(width);
        double top = layout.top(height);
        Point2D onChannel2 = SheetProjection.TILTED.point(7, 3.5, 0.5, left + layout.inputX,
                top + layout.inputItemTop(2), layout.cell);
        assertEquals(Optional.of(new Hit(Role.INPUT, Coordinates.of(2, -1, 2))),
                figure.hitTest(onChannel2.getX(), onChannel2.getY(), width, height, CONTEXT));
        Point2D onOutput = SheetProjection.TILTED.point(3, 2.5, 1.5, left + layout.outputX,
                top + layout.outputItemTop(1), layout.cell);
        assertEquals(Optional.of(new Hit(Role.OUTPUT, Coordinates.of(1, 1, 2))),
                figure.hitTest(onOutput.getX(), onOutput.getY(), width, height, CONTEXT));
        Point2D onPanelKernel = new Point2D(left + layout.panelKernelX + 2.5 * layout.panelCell,
                top + layout.panelSheetsTop() + 0.5 * layout.panelCell);
        assertEquals(Optional.of(new Hit(Role.KERNEL, Coordinates.of(0, 1, 0, 2))),
                figure.hitTest(onPanelKernel.getX(), onPanelKernel.getY(), width, height, CONTEXT));
        assertEquals(Optional.empty(), figure.hitTest(1, 1, width, height, CONTEXT));
    }

    @Test
    void theStripAddsTheSheetsSumsAndTheBias() {
        StackConvolutionFigure figure = new StackConvolutionFigure(scene(false, true));
        assertEquals("y[0,1,1] = 0 + 1 + 2 + 1 = 4", figure.stripText());
        assertEquals("in, w, out. y[0,1,1] = 0 + 1 + 2 + 1 = 4", figure.describe(CONTEXT));
    }

    /**
     * {@link #scene} with padding cell {@code x[1,-1,2]} pointed at: it is read by {@code y[0,0,1]} and
     * {@code y[1,2,0]}, whose cells are outlined.
     */
    private static StackConvolution readersScene() {
        StackConvolution base = scene(false, true);
        SheetStack output = SheetStack.of(2, s -> base.output().shown().get(s).sheet()
                .withWindow(s == 0 ? CellRange.cell(0, 1) : CellRange.cell(2, 0)));
        StackConvolution.Readers readers = new StackConvolution.Readers(Coordinates.of(1, -1, 2), 0,
                List.of(Coordinates.of(0, 0, 1), Coordinates.of(1, 2, 0)));
        return new StackConvolution(base.captions(), base.input(), base.facings(), base.terms(), base.bias(),
                base.result(), base.written(), output, base.target(), null, readers);
    }

    @Test
    void theOutputsThatReadTheCellPointedAtAreOutlinedAndNamed() {
        int width = 1150;
        int height = 850;
        StackConvolution plain = scene(false, true);
        StackConvolution readers = readersScene();
        Color highlight = Palette.LIGHT.color(Role.HIGHLIGHT);
        for (StackConvolution scene : List.of(plain, readers)) {
            StackConvolutionFigure.Layout layout = StackConvolutionFigure.Layout.fitting(scene, width, height,
                    CONTEXT);
            WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                Canvas canvas = new Canvas(width, height);
                new StackConvolutionFigure(scene).draw(canvas.getGraphicsContext2D(), width, height, CONTEXT);
                return canvas.snapshot(null, null);
            });
            // the top-right corner of output cell (2, 0) of sheet 1, a little inside the outline's middle
            Point2D corner = layout.projection.point(3, 1, 2.03, layout.left(width) + layout.outputX,
                    layout.top(height) + layout.outputItemTop(1), layout.cell);
            Color drawn = image.getPixelReader().getColor((int) corner.getX(), (int) corner.getY());
            if (scene == readers) {
                assertClose(highlight, drawn, "the reader y[1,2,0]");
            } else {
                assertTrue(!isClose(highlight, drawn), "not outlined while no cell is pointed at: " + drawn);
            }
        }
        StackConvolutionFigure figure = new StackConvolutionFigure(readers);
        assertEquals("x[1,\u22121,2] = 0 \u2192 y[0,0,1], y[1,2,0]", figure.stripText());
        assertEquals("in, w, out, figure.stack.readers. x[1,\u22121,2] = 0 \u2192 y[0,0,1], y[1,2,0]",
                figure.describe(CONTEXT));
    }

    private static boolean isClose(Color expected, Color actual) {
        double tolerance = 0.12;
        return Math.abs(expected.getRed() - actual.getRed()) < tolerance
                && Math.abs(expected.getGreen() - actual.getGreen()) < tolerance
                && Math.abs(expected.getBlue() - actual.getBlue()) < tolerance;
    }

    private static void assertClose(Color expected, Color actual, String where) {
        assertTrue(isClose(expected, actual), where + ": expected " + expected + " but was " + actual);
    }
}
