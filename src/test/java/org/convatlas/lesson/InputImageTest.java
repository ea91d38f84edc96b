package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.convatlas.compute.Tensor;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.ImageFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputImageTest {

    /** Red, green, blue; a grey-blue, white, black: row by row. */
    private static final int[][] COLOURS = {{0xFF0000, 0x00FF00, 0x0000FF}, {0x336699, 0xFFFFFF, 0x000000}};

    @TempDir
    Path folder;

    /** The side of each colour's square in {@link #sixColours()}: the JDK's GIF writer garbles tinier pictures. */
    private static final int BLOCK = 4;

    /** A picture of the six {@link #COLOURS} in squares of {@link #BLOCK} pixels, three across and two down. */
    private static BufferedImage sixColours() {
        BufferedImage picture = new BufferedImage(3 * BLOCK, 2 * BLOCK, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2 * BLOCK; y++) {
            for (int x = 0; x < 3 * BLOCK; x++) {
                picture.setRGB(x, y, COLOURS[y / BLOCK][x / BLOCK]);
            }
        }
        return picture;
    }

    private Path write(BufferedImage picture, String format, String name) throws IOException {
        Path file = folder.resolve(name);
        assertTrue(ImageIO.write(picture, format, file.toFile()), "no " + format + " writer for this picture");
        return file;
    }

    private static void assertColours(Tensor pixels, float tolerance) {
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                int rgb = COLOURS[y][x];
                for (int c = 0; c < 3; c++) {
                    float expected = ((rgb >> (16 - 8 * c)) & 0xFF) / 255f;
                    assertEquals(expected, pixels.get(c, y * BLOCK, x * BLOCK), tolerance,
                            "channel " + c + " at (" + y + ", " + x + ")");
                }
            }
        }
    }

    private static ImageFileException refusal(Path file, Problem expected) {
        ImageFileException e = assertThrows(ImageFileException.class, () -> InputImage.read(file));
        assertEquals(expected, e.problem(), e.getMessage());
        assertEquals(file.getFileName().toString(), e.userMessage().arguments().get(0), "the message names the file");
        assertEquals(expected.messageKey(), e.userMessage().key());
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "bmp", "gif"})
    void readsLosslessFormatsExactly(String format) throws IOException {
        InputImage image = InputImage.read(write(sixColours(), format, "tiny." + format));
        assertEquals("tiny." + format, image.name());
        assertEquals(3 * BLOCK, image.width());
        assertEquals(2 * BLOCK, image.height());
        assertArrayEquals(new int[] {3, 2 * BLOCK, 3 * BLOCK}, image.pixels().shape());
        assertColours(image.pixels(), 0);
    }

    @Test
    void readsJpegUpToItsLoss() throws IOException {
        BufferedImage flat = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                flat.setRGB(x, y, 0x336699);
            }
        }
        Tensor pixels = InputImage.read(write(flat, "jpg", "flat.jpg")).pixels();
        assertEquals(0x33 / 255f, pixels.get(0, 8, 8), 0.03);
        assertEquals(0x66 / 255f, pixels.get(1, 8, 8), 0.03);
        assertEquals(0x99 / 255f, pixels.get(2, 8, 8), 0.03);
    }

    @Test
    void greyPicturesKeepTheirStoredValues() throws IOException {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 212);
        grey.getRaster().setSample(1, 0, 0, 64);
        Tensor pixels = InputImage.read(write(grey, "png", "grey.png")).pixels();
        for (int c = 0; c < 3; c++) {
            assertEquals(212 / 255f, pixels.get(c, 0, 0), "not brightened as linear light");
            assertEquals(64 / 255f, pixels.get(c, 0, 1));
        }
    }

    @Test
    void transparentPixelsAreLaidOverWhite() throws IOException {
        BufferedImage picture = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, 0x00000000);
        picture.setRGB(1, 0, 0x80FF0000);
        Tensor pixels = InputImage.read(write(picture, "png", "clear.png")).pixels();
        assertEquals(1f, pixels.get(0, 0, 0));
        assertEquals(1f, pixels.get(2, 0, 0), "fully transparent is white");
        float alpha = 0x80 / 255f;
        assertEquals(1f, pixels.get(0, 0, 1), 1e-6);
        assertEquals(1 - alpha, pixels.get(1, 0, 1), 1e-6, "half-transparent red is pink");
    }

    @Test
    void pixelsAreCopies() {
        InputImage image = InputImage.of("flat", Tensor.filled(0.5f, 3, 1, 1));
        image.pixels().set(1f, 0, 0, 0);
        assertEquals(0.5f, image.pixels().get(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> InputImage.of("grey", Tensor.zeros(1, 4, 4)));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        refusal(Files.createFile(folder.resolve("empty.png")), Problem.EMPTY);
    }

    @Test
    void aTextFileNamedPngIsNoImage() throws IOException {
        refusal(Files.writeString(folder.resolve("notes.png"), "not a picture"), Problem.NOT_AN_IMAGE);
    }

    @Test
    void aTruncatedPngIsDamaged() throws IOException {
        BufferedImage noise = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        byte[] whole = Files.readAllBytes(write(noise, "png", "noise.png"));
        assertTrue(whole.length > 4096, "the picture has pixel data worth cutting");
        Path cut = Files.write(folder.resolve("cut.png"), java.util.Arrays.copyOf(whole, whole.length / 2));
        refusal(cut, Problem.DAMAGED);
    }

    @Test
    void aHugeHeaderIsRefusedBySizeBeforeDecoding() throws IOException {
        Path file = Files.write(folder.resolve("huge.png"), pngHeader(10_000, 10_000));
        ImageFileException e = refusal(file, Problem.TOO_LARGE);
        // without pixel data, decoding would have failed as DAMAGED: the size was checked first
        assertEquals(List.of("huge.png", 10_000, 10_000, 100.0, 40L), e.userMessage().arguments());
    }

    @Test
    void aHeaderJustWithinTheLimitIsDecodedAndFoundDamaged() throws IOException {
        refusal(Files.write(folder.resolve("big.png"), pngHeader(8000, 5000)), Problem.DAMAGED);
    }

    @Test
    void missingFilesAndFoldersAreNamed() throws IOException {
        refusal(folder.resolve("gone.png"), Problem.MISSING);
        refusal(Files.createDirectory(folder.resolve("photos.png")), Problem.NOT_A_FILE);
    }

    @Test
    void everyProblemHasItsOwnMessageKey() {
        assertEquals(Problem.values().length,
                java.util.Arrays.stream(Problem.values()).map(Problem::messageKey).distinct().count());
        Message message = new ImageFileException(Problem.EMPTY, null, "a.png").userMessage();
        assertEquals(Message.of("image.error.empty", "a.png"), message);
    }

    @Test
    void bundledSamplesDecodeOnFirstUse() {
        assertEquals("camera.png", SampleImage.CAMERA.image().name());
        assertEquals(512, SampleImage.CAMERA.image().width());
        Tensor camera = SampleImage.CAMERA.image().pixels();
        assertEquals(camera.get(0, 100, 100), camera.get(2, 100, 100), "a grey picture has equal planes");
        assertEquals(212 / 255f, camera.get(0, 100, 100), "the stored grey value");
        assertEquals(451, SampleImage.CHELSEA.image().width());
        assertEquals(300, SampleImage.CHELSEA.image().height());
        for (SampleImage sample : SampleImage.values()) {
            assertTrue(sample.image().width() > 100, sample.fileName());
            assertEquals(sample.image(), sample.image(), "one instance per sample");
        }
    }

    /** A PNG of only its signature, header chunk and end chunk: no pixel data. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, adaptive filter, not interlaced
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
