package org.convatlas.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Draws on a real canvas, headless, and reads the pixels back. */
public final class Pixels {

    private Pixels() {
    }

    /** Starts JavaFX (once per test run). */
    public static void startJavaFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** What {@code drawing} paints on a {@code width × height} canvas, on the JavaFX thread. */
    public static WritableImage paint(int width, int height, Consumer<GraphicsContext> drawing) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Canvas canvas = new Canvas(width, height);
            drawing.accept(canvas.getGraphicsContext2D());
            return canvas.snapshot(null, null);
        });
    }

    public static Color at(WritableImage image, double x, double y) {
        return image.getPixelReader().getColor((int) x, (int) y);
    }

    /** Equal colours, up to the rounding of one 8-bit level per channel. */
    public static void assertColor(Color expected, Color actual, String where) {
        double level = 1.5 / 255;
        boolean close = Math.abs(expected.getRed() - actual.getRed()) < level
                && Math.abs(expected.getGreen() - actual.getGreen()) < level
                && Math.abs(expected.getBlue() - actual.getBlue()) < level;
        assertTrue(close, where + ": expected " + expected + " but was " + actual);
    }
}
