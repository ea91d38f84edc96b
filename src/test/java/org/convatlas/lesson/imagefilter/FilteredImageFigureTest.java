package org.convatlas.lesson.imagefilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.image.ColourBar;
import org.convatlas.render.image.ImagePanel;
import org.convatlas.render.image.PixelRegion;
import org.convatlas.render.image.Raster;
import org.convatlas.render.image.ToneMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Draws a filtered-image figure on a real canvas, headless, and reads the pixels back. */
class FilteredImageFigureTest {

    private static final int UNIT = 20;
    private static final int WIDTH = 800;
    private static final int HEIGHT = 1000;
    private static final int SIDE = 20;
    private static final DrawContext CONTEXT = new DrawContext(Palette.LIGHT, Font.font(UNIT), Role::name,
            Message::key);

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** A flat picture {@code SIDE × SIDE} of one colour. */
    private static Raster flat(int argb) {
        int[] pixels = new int[SIDE * SIDE];
        Arrays.fill(pixels, argb);
        return new Raster(SIDE, SIDE, pixels);
    }

    /** The step of output (0, 0) of a 3 × 3 kernel over a 4 × 4 input with one row and column of padding. */
    private static WeightedSumStep paddedStep() {
        Window2d padded = Window2d.DEFAULT.withPads(Pads2d.uniform(1));
        return Traces.conv2d(Tensor.filled(0.5f, 1, 4, 4), Tensor.filled(1, 1, 1, 3, 3), null,
                new Conv2dParams(padded, 1, false)).step(0);
    }

    private static FilteredImageFigure figure(PixelRegion window) {
        ColourBar bar = new ColourBar(ToneMap.CLIP, 1, 1);
        return new FilteredImageFigure(
                new ImagePanel(flat(0xFF0000FF), SIDE, SIDE, List.of(Message.of("x")), bar, window),
                new ImagePanel(flat(0xFF00FF00), SIDE, SIDE, List.of(Message.of("y")), bar, null),
                new Magnifier(paddedStep(), 3, 3, Message.of("where")));
    }

    private static WritableImage paint(Figure figure) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            figure.draw(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, CONTEXT);
            return canvas.snapshot(null, null);
        });
    }

    private static void assertColor(Color expected, Color actual, String where) {
        double tolerance = 0.08;
        assertTrue(Math.abs(expected.getRed() - actual.getRed()) < tolerance
                && Math.abs(expected.getGreen() - actual.getGreen()) < tolerance
                && Math.abs(expected.getBlue() - actual.getBlue()) < tolerance,
                where + ": expected " + expected + " but was " + actual);
    }

    @Test
    void picturesSitSideBySideWithTheWindowMarked() {
        WritableImage image = paint(figure(new PixelRegion(10, 10, 3, 3)));
        // tall enough that each picture fills the width of its half: (800 - 2 units) / 2 = 380 px, scale 19
        double panelW = (WIDTH - 2 * UNIT) / 2.0;
        double scale = panelW / SIDE;
        Color input = at(image, scale * 3, scale * 3);
        assertColor(Color.BLUE, input, "the input picture");
        assertColor(Color.LIME, at(image, panelW + 2 * UNIT + scale * 3, scale * 3), "the output picture");
        double markLeft = 10 * scale;
        assertColor(Palette.LIGHT.color(Role.HIGHLIGHT), at(image, markLeft, 11.5 * scale), "the window's left side");
        assertColor(Color.BLUE, at(image, markLeft + 1.5 * scale, 11.5 * scale), "inside the window");
    }

    @Test
    void thePointerNamesThePixelUnderItInEitherPicture() {
        FilteredImageFigure figure = figure(null);
        double panelW = (WIDTH - 2 * UNIT) / 2.0;
        double scale = panelW / SIDE;
        assertEquals(Optional.of(new Hit(Role.INPUT, Coordinates.of(0, 2, 7))),
                figure.hitTest(7.5 * scale, 2.5 * scale, WIDTH, HEIGHT, CONTEXT));
        assertEquals(Optional.of(new Hit(Role.OUTPUT, Coordinates.of(0, 19, 0))),
                figure.hitTest(panelW + 2 * UNIT + 0.5 * scale, 19.5 * scale, WIDTH, HEIGHT, CONTEXT));
        assertEquals(Optional.empty(), figure.hitTest(panelW + UNIT, 5 * scale, WIDTH, HEIGHT, CONTEXT),
                "between the pictures");
        assertEquals(Optional.empty(), figure.hitTest(WIDTH / 2.0, HEIGHT - 5, WIDTH, HEIGHT, CONTEXT),
                "on the magnifier");
    }

    @Test
    void theFigureSaysItsCaptionsAndValueInWords() {
        assertEquals("x, y, where. y = 2", figure(null).describe(CONTEXT));
    }

    @Test
    void theLegendNamesPaddingOnlyWhenTheWindowReachesIt() {
        assertEquals(EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.PADDING, Role.HIGHLIGHT),
                figure(null).roles());
        WeightedSumStep inside = Traces.conv2d(Tensor.filled(0.5f, 1, 4, 4), Tensor.filled(1, 1, 1, 3, 3), null,
                Conv2dParams.DEFAULT).step(0);
        assertEquals(false, new Magnifier(inside, 3, 3, Message.of("where")).reachesPadding());
    }

    @Test
    void theMagnifiersCellsAreAsWideAsTheirNumbersNeedSoThatALowBandKeepsThemReadable() {
        // the band an export at 1280×720 leaves under the pictures: 1200 × 130 at labels of 18
        DrawContext context = new DrawContext(Palette.LIGHT, Font.font(18), role -> role.name().toLowerCase());
        Magnifier.Fit fit = new Magnifier(paddedStep(), 3, 3, Message.of("where")).fit(1200, 130, context);
        assertEquals(false, fit.wrap());
        assertTrue(fit.numberSize() >= 0.8 * 18, "numbers of " + fit.numberSize() + " pixels");
    }

    @Test
    void aMagnifierShowsOneChannelOfTaps() {
        assertThrows(IllegalArgumentException.class, () -> new Magnifier(paddedStep(), 2, 3, Message.of("where")));
    }

    private static Color at(WritableImage image, double x, double y) {
        return image.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }
}
