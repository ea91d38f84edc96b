package org.convatlas.lesson;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.convatlas.compute.Tensor;

/**
 * A picture a lesson works on, as the engine reads pictures: a tensor {@code [3, H, W]} of red, green and blue
 * in {@code [0, 1]}, row-major ({@code data[(c*H + y)*W + x]}), with the name to show for it. A picture read from a
 * file is decoded at once; a bundled one ({@link SampleImage}) when its pixels are first asked for, which lessons do
 * on their worker thread. Immutable.
 */
public final class InputImage {

    /**
     * The most pixels an opened picture may have: 40 megapixels, for example 8000 × 5000. A larger file is refused
     * by its header, before its pixels are decoded, rather than scaled down: the lessons show the picture's actual
     * pixel values, which a scaled-down copy would not have, and its planes alone would take over 480 MB.
     */
    public static final long MAX_PIXELS = 40_000_000L;

    private final String name;
    /** The file it was read from, or null. */
    private final Path file;
    private Resource resource;
    private Tensor pixels;

    /** A picture bundled on the classpath. */
    private record Resource(String path) {

        Tensor decode(String name) {
            InputStream in = InputImage.class.getResourceAsStream(path);
            if (in == null) {
                throw new IllegalStateException("the bundled picture " + path + " is missing");
            }
            try {
                return ImageDecoder.read(name, in);
            } catch (ImageFileException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private InputImage(String name, Path file, Tensor pixels, Resource resource) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = file;
        this.pixels = pixels == null ? null : checked(pixels);
        this.resource = resource;
    }

    /** An image named {@code name} with a copy of the given {@code [3, H, W]} pixels. */
    public static InputImage of(String name, Tensor pixels) {
        return new InputImage(name, null, checked(pixels).copy(), null);
    }

    /**
     * Reads a PNG, JPEG, GIF or BMP file, after checking that it exists, is readable and not empty, is one of these
     * formats and has at most {@link #MAX_PIXELS} pixels (from its header, before decoding). Grey pictures keep their
     * stored values; transparent pixels are laid over white.
     *
     * @throws ImageFileException naming the file and what is wrong with it
     */
    public static InputImage read(Path file) throws ImageFileException {
        return new InputImage(String.valueOf(file.getFileName()), file.toAbsolutePath(), ImageDecoder.read(file), null);
    }

    /** The picture at {@code path} on the classpath, named {@code name}, decoded when its pixels are first needed. */
    static InputImage bundled(String name, String path) {
        return new InputImage(name, null, null, new Resource(path));
    }

    private static Tensor checked(Tensor pixels) {
        if (pixels.rank() != 3 || pixels.dim(0) != 3) {
            throw new IllegalArgumentException("an input image is a [3, H, W] tensor (got "
                    + Arrays.toString(pixels.shape()) + ")");
        }
        return pixels;
    }

    /** The pixels, decoding a bundled picture the first time. */
    private synchronized Tensor decoded() {
        if (pixels == null) {
            pixels = checked(resource.decode(name));
            resource = null;
        }
        return pixels;
    }

    public String name() {
        return name;
    }

    /** The file the picture was read from (absolute); empty for a bundled or made one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The width in pixels (decodes a bundled picture). */
    public int width() {
        return decoded().dim(2);
    }

    /** The height in pixels (decodes a bundled picture). */
    public int height() {
        return decoded().dim(1);
    }

    /** A copy of the pixels, {@code [3, H, W]} (decodes a bundled picture). */
    public Tensor pixels() {
        return decoded().copy();
    }

    @Override
    public String toString() {
        return name;
    }
}
