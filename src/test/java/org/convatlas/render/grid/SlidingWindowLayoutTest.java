package org.convatlas.render.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.convatlas.compute.Pads2d;
import org.convatlas.render.grid.SlidingWindowLayout.CaptionWidths;
import org.junit.jupiter.api.Test;

class SlidingWindowLayoutTest {

    private static final double UNIT = 16;

    private static SlidingWindowLayout layout(int size, int pad, int kernel, boolean rotated, int output,
                                              double width, double height) {
        return SlidingWindowLayout.of(size, size, Pads2d.uniform(pad), kernel, kernel, rotated, output, output,
                CaptionWidths.NONE, width, height, UNIT).orElseThrow();
    }

    @Test
    void smallGridsShareOneCellSizeLeftToRightWithinTheArea() {
        SlidingWindowLayout l = layout(5, 1, 3, false, 5, 900, 600);
        assertEquals(l.input().cell(), l.kernel().cell());
        assertEquals(l.input().cell(), l.output().cell());
        assertEquals(-1, l.input().firstRow(), "the padding ring is numbered from -pad");
        assertEquals(7, l.input().rows());
        assertTrue(l.input().left() >= 0 && l.output().right() <= 900);
        assertEquals(SlidingWindowLayout.GAP * UNIT, l.kernel().left() - l.input().right(), 1e-9);
        assertEquals(SlidingWindowLayout.GAP * UNIT, l.output().left() - l.kernel().right(), 1e-9);
        assertTrue(l.input().top() >= SlidingWindowLayout.CAPTION * UNIT, "room for the caption");
        assertTrue(l.stripY() > l.input().bottom() && l.stripY() < 600, "the strip under the grids");
        assertNull(l.rotated());
    }

    @Test
    void cellsStopGrowingOnALargeStage() {
        SlidingWindowLayout l = layout(4, 0, 3, false, 2, 4000, 3000);
        assertEquals(SlidingWindowLayout.MAX_CELL * UNIT, l.input().cell());
    }

    @Test
    void theRotatedKernelSitsUnderTheKernelWithRoomForItsCaption() {
        SlidingWindowLayout l = layout(5, 0, 3, true, 3, 900, 600);
        assertEquals(l.kernel().left(), l.rotated().left());
        assertEquals(SlidingWindowLayout.CAPTION * UNIT, l.rotated().top() - l.kernel().bottom(), 1e-9);
    }

    @Test
    void aLargeInputLeavesTheKernelReadable() {
        SlidingWindowLayout l = layout(64, 1, 3, false, 64, 900, 600);
        assertEquals(SlidingWindowLayout.KERNEL_MIN_CELL * UNIT, l.kernel().cell(), 1e-9);
        assertTrue(l.input().cell() < l.kernel().cell());
        assertTrue(l.output().right() <= 900 + 1e-9, "still within the width");
        assertTrue(l.input().height() <= 600, "still within the height");
    }

    @Test
    void captionsWiderThanTheirGridsWidenTheGapsToKeepApart() {
        // a 3x3 input and kernel under captions 10 font sizes wide, a 1x1 output under one 4 wide; the height
        // leaves cells of (150 - 4.6 u) / 3 = 1.6 u, so every caption is wider than its grid
        CaptionWidths captions = new CaptionWidths(10 * UNIT, 10 * UNIT, 4 * UNIT);
        SlidingWindowLayout l = SlidingWindowLayout.of(3, 3, Pads2d.NONE, 3, 3, false, 1, 1, captions, 900, 150,
                UNIT).orElseThrow();
        double inputCaptionRight = l.input().left() + l.input().width() / 2 + captions.input() / 2;
        double kernelCaptionLeft = l.kernel().left() + l.kernel().width() / 2 - captions.kernel() / 2;
        double kernelCaptionRight = kernelCaptionLeft + captions.kernel();
        double outputCaptionLeft = l.output().left() + l.output().width() / 2 - captions.output() / 2;
        assertEquals(SlidingWindowLayout.CAPTION_SPACE * UNIT, kernelCaptionLeft - inputCaptionRight, 1e-6);
        assertEquals(SlidingWindowLayout.CAPTION_SPACE * UNIT, outputCaptionLeft - kernelCaptionRight, 1e-6);
        assertTrue(l.input().left() >= 0 && l.output().right() <= 900, "within the width");
    }

    @Test
    void captionsWiderThanTheWholeAreaLeaveTheGridsTheirPlainGaps() {
        CaptionWidths captions = new CaptionWidths(500, 500, 500);
        SlidingWindowLayout l = SlidingWindowLayout.of(3, 3, Pads2d.NONE, 3, 3, false, 1, 1, captions, 900, 300,
                UNIT).orElseThrow();
        assertEquals(SlidingWindowLayout.GAP * UNIT, l.kernel().left() - l.input().right(), 1e-9);
    }

    @Test
    void aTinyAreaDrawsNothing() {
        assertEquals(Optional.empty(), SlidingWindowLayout.of(5, 5, Pads2d.NONE, 3, 3, false, 3, 3,
                CaptionWidths.NONE, 40, 20, UNIT));
    }
}
