package org.convatlas.render.image;

import java.util.Objects;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A picture ready to draw: {@code width × height} opaque pixels {@code 0xFFRRGGBB}, row-major, pixel
 * {@code (x, y)} at {@code argb[y*width + x]}. It is filled off the JavaFX thread when a lesson prepares; its
 * JavaFX image is made on the first draw with one {@code PixelWriter.setPixels} over the whole buffer and then
 * reused by every frame, so stepping through a lesson never touches the pixels again. A lesson that prepares often
 * (a kernel value being dragged) may have {@link ToneMap} paint a raster that is no longer on show again: the next
 * draw then writes the new pixels into the same image, and nothing of either size is allocated.
 */
public final class Raster {

    private final int width;
    private final int height;
    private final int[] argb;
    /** Made on the JavaFX thread by the first draw. */
    private WritableImage image;
    /** True while the pixels hold something the image does not show yet. */
    private boolean changed = true;
    /** The picture shrunk to the size last asked for; null until then and after a repaint. */
    private WritableImage shrunk;
    /** The size last asked of {@link #image(int, int)} since the pixels were painted; 0 × 0 for none. */
    private int askedWidth;
    private int askedHeight;

    /**
     * A raster over {@code argb}, opaque pixels, which it keeps (not copied): the caller hands it over and changes it
     * no more.
     *
     * @throws IllegalArgumentException if the buffer does not hold {@code width × height} pixels
     */
    public Raster(int width, int height, int[] argb) {
        Objects.requireNonNull(argb, "argb");
        if (width < 1 || height < 1 || argb.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " raster needs " + (long) width * height
                    + " pixels (got " + argb.length + ")");
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at column {@code x}, row {@code y}, as {@code 0xAARRGGBB}. */
    public int argb(int x, int y) {
        return argb[y * width + x];
    }

    /**
     * The picture as a JavaFX image, made on the first call and refreshed after a repaint; call on the JavaFX thread.
     * The pixels are handed over as premultiplied, which opaque pixels are, so that JavaFX copies them unchanged.
     */
    public Image image() {
        if (image == null) {
            image = new WritableImage(width, height);
        }
        if (changed) {
            image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), argb, 0, width);
            changed = false;
        }
        return image;
    }

    /**
     * The picture to draw over {@code width × height} device pixels: when that is smaller than the picture, and
     * {@code atOnce} or the same size was asked for before since the pixels were last painted, the picture
     * {@link AreaShrink shrunk} to exactly that size by area averaging, to be drawn pixel for pixel; else the
     * picture itself, for the caller to scale. JavaFX's software renderer shrinks an image with smoothing at every
     * frame, at far greater cost than a copy, but the shrunk copy costs a few milliseconds to make: on screen, a
     * picture drawn only once (one of a run of kernel edits) is not worth it, a picture drawn again (stepping
     * through a lesson) is; a file wants the better picture at once. The copy is kept until another size is asked
     * for or the pixels are painted anew. Call on the JavaFX thread.
     *
     * @param atOnce whether to shrink at the first request rather than the second
     */
    public Image image(int width, int height, boolean atOnce) {
        if (width >= this.width || height >= this.height) {
            return image();
        }
        boolean askedBefore = width == askedWidth && height == askedHeight;
        askedWidth = width;
        askedHeight = height;
        if (shrunk != null && (int) shrunk.getWidth() == width && (int) shrunk.getHeight() == height) {
            return shrunk;
        }
        if (!askedBefore && !atOnce) {
            return image();
        }
        shrunk = new WritableImage(width, height);
        shrunk.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(),
                AreaShrink.of(argb, this.width, this.height, width, height), 0, width);
        return shrunk;
    }

    /** The pixels, for {@link ToneMap} to paint into; call {@link #changed} when done. */
    int[] pixels() {
        return argb;
    }

    /** The pixels were painted anew: the next {@link #image} shows them. */
    void changed() {
        changed = true;
        shrunk = null;
        askedWidth = 0;
        askedHeight = 0;
    }
}
