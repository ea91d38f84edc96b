package org.convatlas.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import org.convatlas.compute.Tensor;
import org.convatlas.render.Pixels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class AreaShrinkTest {

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        Pixels.startJavaFx();
    }

    private static int grey(int level) {
        return 0xFF000000 | level * 0x010101;
    }

    @Test
    void eachPixelIsTheMeanOfTheAreaItCoversPartsCountingForTheirShare() {
        // 3 columns into 2: the first covers column 0 and half of column 1, the second the other half and column 2
        int[] shrunk = AreaShrink.of(new int[] {BLACK, WHITE, BLACK}, 3, 1, 2, 1);
        assertArrayEquals(new int[] {grey(85), grey(85)}, shrunk);
        int[] halves = AreaShrink.of(new int[] {BLACK, BLACK, WHITE, WHITE, BLACK, BLACK, WHITE, WHITE}, 4, 2, 2, 1);
        assertArrayEquals(new int[] {BLACK, WHITE}, halves, "whole pixels averaged down and across");
    }

    @Test
    void aThinLineIsKeptAsAFainterOneNotDropped() {
        // a one-pixel white column in 10 shrunk to 4: a nearest-pixel copy could miss it, an average cannot
        int[] picture = new int[10];
        java.util.Arrays.fill(picture, BLACK);
        picture[4] = WHITE;
        int[] shrunk = AreaShrink.of(picture, 10, 1, 4, 1);
        int brightest = 0;
        for (int pixel : shrunk) {
            brightest = Math.max(brightest, pixel & 0xFF);
        }
        assertEquals(Math.round(255 / 2.5f), brightest, "the line's column lies within one result pixel");
    }

    @Test
    void refusesToGrow() {
        assertThrows(IllegalArgumentException.class, () -> AreaShrink.of(new int[4], 2, 2, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> AreaShrink.of(new int[4], 2, 2, 0, 1));
    }

    @Test
    void aRasterShrinksAPictureAskedForTwiceAndKeepsTheCopyUntilItIsPaintedAgain() {
        Tensor values = Tensor.filled(0.5f, 1, 40, 40);
        Raster raster = ToneMap.CLIP.raster(values, 1, 100);
        Image whole = image(raster, 10, 10);
        assertEquals(40, whole.getWidth(), "drawn once: the picture itself, for the canvas to scale");
        Image first = image(raster, 10, 10);
        assertEquals(10, first.getWidth(), "asked again: worth a shrunk copy");
        assertEquals(grey(128), first.getPixelReader().getArgb(3, 3));
        assertSame(first, image(raster, 10, 10), "kept");
        assertEquals(40, image(raster, 40, 40).getWidth(), "not shrunk to its own size");

        ToneMap.CLIP.paint(Tensor.filled(1, 1, 40, 40), 1, raster);
        assertEquals(40, image(raster, 10, 10).getWidth(), "painted anew: the picture itself once more");
        Image repainted = image(raster, 10, 10);
        assertNotSame(first, repainted, "made again after a repaint");
        assertEquals(WHITE, repainted.getPixelReader().getArgb(3, 3));
    }

    @Test
    void forAFileAPictureIsShrunkAtOnce() {
        Raster raster = ToneMap.CLIP.raster(Tensor.filled(0.5f, 1, 40, 40), 1, 100);
        assertEquals(10, WaitForAsyncUtils.waitForAsyncFx(10_000, () -> raster.image(10, 10, true)).getWidth());
    }

    private static Image image(Raster raster, int width, int height) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> raster.image(width, height, false));
    }
}
