package org.convatlas.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.convatlas.lesson.Frame;

/**
 * Draws exported frames on an offscreen canvas of the export's size and reads its pixels back: the picture of
 * {@link AnnotatedPicture}, as opaque RGB ({@link BufferedImage#TYPE_INT_RGB}). Must be used on the JavaFX thread;
 * the canvas and snapshot are made once and reused for every frame.
 */
final class FrameRenderer {

    private final AnnotatedPicture picture;
    private final Canvas canvas;
    private final WritableImage snapshot;
    private final SnapshotParameters parameters = new SnapshotParameters();

    FrameRenderer(AnnotatedPicture picture, int width, int height) {
        this.picture = picture;
        this.canvas = new Canvas(width, height);
        this.snapshot = new WritableImage(width, height);
    }

    /** {@code frame} as an opaque picture, fresh for every call. */
    BufferedImage render(Frame frame) {
        int width = (int) canvas.getWidth();
        int height = (int) canvas.getHeight();
        picture.paint(canvas.getGraphicsContext2D(), frame);
        canvas.snapshot(parameters, snapshot);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }
}
