package org.convatlas.lesson;

import static org.convatlas.lesson.ImageFileException.Problem.DAMAGED;
import static org.convatlas.lesson.ImageFileException.Problem.EMPTY;
import static org.convatlas.lesson.ImageFileException.Problem.MISSING;
import static org.convatlas.lesson.ImageFileException.Problem.NOT_AN_IMAGE;
import static org.convatlas.lesson.ImageFileException.Problem.NOT_A_FILE;
import static org.convatlas.lesson.ImageFileException.Problem.NO_MEMORY;
import static org.convatlas.lesson.ImageFileException.Problem.NO_PERMISSION;
import static org.convatlas.lesson.ImageFileException.Problem.TOO_LARGE;
import static org.convatlas.lesson.ImageFileException.Problem.UNREADABLE;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.convatlas.compute.Tensor;

/**
 * Reads a PNG, JPEG, GIF or BMP picture into planes {@code [3, H, W]} of red, green and blue in {@code [0, 1]},
 * {@code data[(c*H + y)*W + x]}. Everything that can be checked before decoding is: the file exists, is an ordinary
 * readable file and not empty, a reader of one of the four formats recognises it, and the width and height in its
 * header give at most {@link InputImage#MAX_PIXELS} pixels. Only then are the pixels decoded (the first picture of
 * an animated GIF).
 *
 * <p>A grey picture is read as the samples it stores, divided by {@code 2^bits - 1}: Java's conversion of grey to
 * RGB treats grey as linear light and would brighten it. Transparent pixels are laid over white:
 * {@code v = alpha*c + (1 - alpha)}.
 */
final class ImageDecoder {

    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "bmp");

    /** Pixels converted at a time, so that the conversion needs little memory beyond the decoded picture. */
    private static final int STRIP_PIXELS = 1 << 20;

    private ImageDecoder() {
    }

    /** Reads the picture in {@code file}; problems are named after the file. */
    static Tensor read(Path file) throws ImageFileException {
        String name = String.valueOf(file.getFileName());
        if (!Files.exists(file)) {
            throw new ImageFileException(MISSING, null, name);
        }
        if (!Files.isRegularFile(file)) {
            throw new ImageFileException(NOT_A_FILE, null, name);
        }
        if (!Files.isReadable(file)) {
            throw new ImageFileException(NO_PERMISSION, null, name);
        }
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new ImageFileException(UNREADABLE, e, name, String.valueOf(e.getMessage()));
        }
        if (bytes == 0) {
            throw new ImageFileException(EMPTY, null, name);
        }
        ImageInputStream in;
        try {
            in = new FileImageInputStream(file.toFile());
        } catch (IOException e) {
            throw new ImageFileException(UNREADABLE, e, name, String.valueOf(e.getMessage()));
        }
        return decodeAndClose(name, in);
    }

    /** Reads the picture in {@code stream}, which it closes; problems are named after {@code name}. */
    static Tensor read(String name, InputStream stream) throws ImageFileException {
        return decodeAndClose(name, new MemoryCacheImageInputStream(stream));
    }

    private static Tensor decodeAndClose(String name, ImageInputStream in) throws ImageFileException {
        try (in) {
            return decode(name, in);
        } catch (ImageFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageFileException(UNREADABLE, e, name, String.valueOf(e.getMessage()));
        }
    }

    private static Tensor decode(String name, ImageInputStream in) throws ImageFileException {
        ImageReader reader = readerFor(name, in);
        try {
            reader.setInput(in, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw new ImageFileException(DAMAGED, e, name);
            }
            if (width < 1 || height < 1) {
                throw new ImageFileException(DAMAGED, null, name);
            }
            long pixels = (long) width * height;
            if (pixels > InputImage.MAX_PIXELS) {
                throw new ImageFileException(TOO_LARGE, null, name, width, height, pixels / 1e6,
                        InputImage.MAX_PIXELS / 1_000_000);
            }
            try {
                return planes(reader.read(0));
            } catch (IOException | RuntimeException e) {
                // decoders report broken data with all sorts of exceptions, I/O and runtime alike
                throw new ImageFileException(DAMAGED, e, name);
            } catch (OutOfMemoryError e) {
                throw new ImageFileException(NO_MEMORY, e, name, width, height);
            }
        } finally {
            reader.dispose();
        }
    }

    /** The first reader of the four formats that recognises the stream's first bytes. */
    private static ImageReader readerFor(String name, ImageInputStream in) throws ImageFileException {
        Iterator<ImageReader> readers;
        try {
            readers = ImageIO.getImageReaders(in);
        } catch (RuntimeException e) {
            throw new ImageFileException(NOT_AN_IMAGE, e, name);
        }
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return reader;
                }
            } catch (IOException e) {
                // a reader that cannot even name its format is no use
            }
            reader.dispose();
        }
        throw new ImageFileException(NOT_AN_IMAGE, null, name);
    }

    private static Tensor planes(BufferedImage image) {
        ColorModel model = image.getColorModel();
        boolean grey = model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !(model instanceof IndexColorModel);
        return grey ? greyPlanes(image) : colourPlanes(image);
    }

    /** Red, green and blue as Java converts them to sRGB, 8 bits a channel. */
    private static Tensor colourPlanes(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int plane = w * h;
        float[] data = new float[3 * plane];
        int rows = Math.max(1, STRIP_PIXELS / w);
        int[] argb = new int[Math.min(h, rows) * w];
        for (int top = 0; top < h; top += rows) {
            int n = Math.min(rows, h - top);
            image.getRGB(0, top, w, n, argb, 0, w);
            for (int i = 0, at = top * w; i < n * w; i++, at++) {
                int p = argb[i];
                float alpha = (p >>> 24) / 255f;
                data[at] = overWhite(((p >> 16) & 0xFF) / 255f, alpha);
                data[plane + at] = overWhite(((p >> 8) & 0xFF) / 255f, alpha);
                data[2 * plane + at] = overWhite((p & 0xFF) / 255f, alpha);
            }
        }
        return Tensor.of(data, 3, h, w);
    }

    /** The stored grey samples (band 0, and alpha in band 1 if there is one), copied into all three planes. */
    private static Tensor greyPlanes(BufferedImage image) {
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        int plane = w * h;
        float greyMax = (1 << model.getComponentSize(0)) - 1;
        boolean hasAlpha = model.hasAlpha();
        boolean premultiplied = model.isAlphaPremultiplied();
        float alphaMax = hasAlpha ? (1 << model.getComponentSize(1)) - 1 : 1;
        float[] data = new float[3 * plane];
        int rows = Math.max(1, STRIP_PIXELS / w);
        float[] grey = new float[Math.min(h, rows) * w];
        float[] alpha = hasAlpha ? new float[grey.length] : null;
        for (int top = 0; top < h; top += rows) {
            int n = Math.min(rows, h - top);
            raster.getSamples(0, top, w, n, 0, grey);
            if (hasAlpha) {
                raster.getSamples(0, top, w, n, 1, alpha);
            }
            for (int i = 0, at = top * w; i < n * w; i++, at++) {
                float value = grey[i] / greyMax;
                if (hasAlpha) {
                    float a = alpha[i] / alphaMax;
                    // premultiplied samples already hold alpha*c
                    value = premultiplied ? value + 1 - a : overWhite(value, a);
                }
                data[at] = value;
                data[plane + at] = value;
                data[2 * plane + at] = value;
            }
        }
        return Tensor.of(data, 3, h, w);
    }

    /** {@code c} with opacity {@code alpha} over white; exactly {@code c} when opaque. */
    private static float overWhite(float c, float alpha) {
        return alpha == 1f ? c : alpha * c + (1 - alpha);
    }
}
