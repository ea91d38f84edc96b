package org.convatlas.lesson;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.convatlas.compute.Tensor;

/**
 * A picture a lesson works on, as the engine reads pictures: a tensor {@code [3, H, W]} of red, green and blue
 * in {@code [0, 1]}, row-major ({@code data[(c*H + y)*W + x]}), with the name to show for it.
 */
public final class InputImage {

    private final String name;
    private final Tensor pixels;

    private InputImage(String name, Tensor pixels) {
        this.name = Objects.requireNonNull(name, "name");
        if (pixels.rank() != 3 || pixels.dim(0) != 3) {
            throw new IllegalArgumentException("an input image is a [3, H, W] tensor (got "
                    + Arrays.toString(pixels.shape()) + ")");
        }
        this.pixels = pixels;
    }

    /** An image named {@code name} with a copy of the given {@code [3, H, W]} pixels. */
    public static InputImage of(String name, Tensor pixels) {
        return new InputImage(name, pixels.copy());
    }

    /**
     * Reads a PNG, JPEG, GIF or BMP file; transparency is dropped.
     *
     * @throws IOException if the file cannot be read or is no image
     */
    public static InputImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not an image: " + file);
        }
        return new InputImage(file.getFileName().toString(), rgbPlanes(image));
    }

    /** The planes of {@code image}: channel 0 red, 1 green, 2 blue, each sample / 255. */
    private static Tensor rgbPlanes(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        float[] data = new float[3 * h * w];
        int plane = h * w;
        for (int i = 0; i < plane; i++) {
            int p = argb[i];
            data[i] = ((p >> 16) & 0xFF) / 255f;
            data[plane + i] = ((p >> 8) & 0xFF) / 255f;
            data[2 * plane + i] = (p & 0xFF) / 255f;
        }
        return Tensor.of(data, 3, h, w);
    }

    public String name() {
        return name;
    }

    public int width() {
        return pixels.dim(2);
    }

    public int height() {
        return pixels.dim(1);
    }

    /** A copy of the pixels, {@code [3, H, W]}. */
    public Tensor pixels() {
        return pixels.copy();
    }
}
