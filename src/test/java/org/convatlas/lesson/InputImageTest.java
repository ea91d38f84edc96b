package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputImageTest {

    @TempDir
    Path folder;

    @Test
    void readsPlanesOfRedGreenAndBlueInZeroToOne() throws IOException {
        BufferedImage picture = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, 0xFF0000);
        picture.setRGB(1, 0, 0x00FF00);
        picture.setRGB(2, 1, 0x0000FF);
        picture.setRGB(0, 1, 0x336699);
        Path file = folder.resolve("tiny.png");
        ImageIO.write(picture, "png", file.toFile());

        InputImage image = InputImage.read(file);
        Tensor pixels = image.pixels();
        assertEquals("tiny.png", image.name());
        assertArrayEquals(new int[] {3, 2, 3}, pixels.shape());
        assertEquals(1f, pixels.get(0, 0, 0));
        assertEquals(1f, pixels.get(1, 0, 1));
        assertEquals(1f, pixels.get(2, 1, 2));
        assertEquals(0f, pixels.get(2, 0, 0));
        assertEquals(0x33 / 255f, pixels.get(0, 1, 0));
        assertEquals(0x66 / 255f, pixels.get(1, 1, 0));
        assertEquals(0x99 / 255f, pixels.get(2, 1, 0));
    }

    @Test
    void pixelsAreCopies() {
        InputImage image = InputImage.of("flat", Tensor.filled(0.5f, 3, 1, 1));
        image.pixels().set(1f, 0, 0, 0);
        assertEquals(0.5f, image.pixels().get(0, 0, 0));
    }

    @Test
    void aFileThatIsNoImageIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.png"), "not a picture");
        assertThrows(IOException.class, () -> InputImage.read(file));
        assertThrows(IllegalArgumentException.class, () -> InputImage.of("grey", Tensor.zeros(1, 4, 4)));
    }
}
