package org.convatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Draws on a real canvas, headless, and reads the pixels back. */
class StagePainterTest {

    private static final int UNIT = 20;
    private static final DrawContext CONTEXT =
            new DrawContext(Palette.LIGHT, Font.font(UNIT), role -> role.name().toLowerCase());

    /** A figure that fills its whole area with the output colour and lists two roles. */
    private static final Figure BLOCK = new Figure() {
        @Override
        public void draw(GraphicsContext g, double width, double height, DrawContext context) {
            g.setFill(context.palette().color(Role.OUTPUT));
            g.fillRect(0, 0, width, height);
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.INPUT, Role.KERNEL);
        }
    };

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static WritableImage paint(Figure figure, int width, int height) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Canvas canvas = new Canvas(width, height);
            StagePainter.paint(canvas.getGraphicsContext2D(), width, height, figure, CONTEXT);
            return canvas.snapshot(null, null);
        });
    }

    private static Color at(WritableImage image, double x, double y) {
        return image.getPixelReader().getColor((int) x, (int) y);
    }

    /** Equal colours, up to the rounding of one 8-bit level per channel. */
    private static void assertColor(Color expected, Color actual, String where) {
        double level = 1.5 / 255;
        boolean close = Math.abs(expected.getRed() - actual.getRed()) < level
                && Math.abs(expected.getGreen() - actual.getGreen()) < level
                && Math.abs(expected.getBlue() - actual.getBlue()) < level;
        assertEquals(true, close, where + ": expected " + expected + " but was " + actual);
    }

    @Test
    void figureGetsTheStageLessMarginAndLegend() {
        WritableImage image = paint(BLOCK, 400, 300);
        Color output = Palette.LIGHT.color(Role.OUTPUT);
        assertColor(Palette.LIGHT.background(), at(image, UNIT / 2.0, UNIT / 2.0), "margin");
        assertColor(output, at(image, UNIT + 1, UNIT + 1), "figure's top-left");
        assertColor(output, at(image, 400 - UNIT - 2, 300 - 2 * UNIT - 1.5 * UNIT - 2), "figure's bottom-right");
        assertColor(Palette.LIGHT.background(), at(image, 400 - UNIT - 2, 300 - UNIT - 1.5 * UNIT - UNIT / 2.0),
                "gap above the legend");
    }

    @Test
    void legendShowsEachRoleSwatchInOrder() {
        WritableImage image = paint(BLOCK, 400, 300);
        double swatchTop = 300 - UNIT - 1.5 * UNIT;
        assertColor(Palette.LIGHT.tint(Role.INPUT), at(image, UNIT + UNIT / 2.0, swatchTop + UNIT / 2.0), "input");
        double kernelLeft = UNIT + new Legend(EnumSet.of(Role.INPUT), 1000, CONTEXT).width() + UNIT;
        assertColor(Palette.LIGHT.tint(Role.KERNEL), at(image, kernelLeft + UNIT / 2.0, swatchTop + UNIT / 2.0),
                "kernel");
    }

    @Test
    void noRolesNoLegend() {
        WritableImage image = paint(Figure.NONE, 200, 100);
        for (int y = 0; y < 100; y += 5) {
            assertColor(Palette.LIGHT.background(), at(image, 100, y), "y " + y);
        }
    }

    @Test
    void legendWrapsWhenTheRowIsFull() {
        Legend oneLine = new Legend(EnumSet.of(Role.INPUT, Role.KERNEL), 1000, CONTEXT);
        Legend wrapped = new Legend(EnumSet.allOf(Role.class), 3 * UNIT, CONTEXT);
        assertEquals(1.5 * UNIT, oneLine.height());
        assertEquals(Role.values().length * 1.5 * UNIT, wrapped.height());
    }
}
