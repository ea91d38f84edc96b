package org.convatlas.compute.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.junit.jupiter.api.Test;

class ZeroInsertedGridTest {

    private static final Tensor X = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);

    @Test
    void strideMinusOneZerosGoBetweenTheInputsAndTheBorderIsTheReachLessThePadding() {
        // kernel 4x4, stride 2, padding 1: the usual x2 upsampler
        ConvTranspose2dParams p = ConvTranspose2dParams.DEFAULT.withWindow(Window2d.of(2, 1, 1));
        ZeroInsertedGrid grid = ZeroInsertedGrid.of(X.shape(), new int[] {1, 1, 4, 4}, p);
        assertEquals(3, grid.height());
        assertEquals(3, grid.width());
        assertEquals(2, grid.top(), "1·(4 − 1) − 1");
        assertEquals(2, grid.bottom());
        assertEquals(Tensor.of(new float[] {1, 0, 2, 0, 0, 0, 3, 0, 4}, 1, 3, 3), grid.insert(X));
        assertTrue(grid.isInput(2, 0));
        assertFalse(grid.isInput(1, 0));
        assertEquals(Coordinates.of(0, 1, 0), grid.inputAt(0, 2, 0));
    }

    @Test
    void theOutputPaddingWidensTheBorderBelowAndRightAndALargePaddingCrops() {
        ConvTranspose2dParams p = new ConvTranspose2dParams(new Window2d(2, 3, new Pads2d(3, 0, 1, 0), 1, 1), 1, 2, 1);
        ZeroInsertedGrid grid = ZeroInsertedGrid.of(X.shape(), new int[] {1, 1, 3, 3}, p);
        assertEquals(4, grid.width(), "(2 − 1)·3 + 1");
        assertEquals(-1, grid.top(), "2 − 3: cropped");
        assertEquals(2, grid.left());
        assertEquals(2, grid.bottom(), "2 − 1 + 1");
        assertEquals(4, grid.right(), "2 − 0 + 2");
    }

    @Test
    void theBorderIsTheWindowsPadsAndIsRefusedWhenThePaddingWouldCropTheGrid() {
        int[] w = {1, 1, 3, 3};
        ConvTranspose2dParams p = new ConvTranspose2dParams(new Window2d(2, 1, new Pads2d(1, 0, 2, 2), 1, 1), 1, 0, 1);
        assertEquals(new Pads2d(1, 2, 1, 0), ZeroInsertedGrid.of(X.shape(), w, p).border(),
                "2 − 1, 2 − 0, 2 − 2 + 1, 2 − 2");

        InvalidArgumentException top = assertThrows(InvalidArgumentException.class, () -> ZeroInsertedGrid.of(
                new int[] {1, 6, 6}, w, ConvTranspose2dParams.DEFAULT.withWindow(Window2d.of(1, 3, 1))).border());
        assertEquals("padding 3 is more than dilation·(kernel − 1) = 2: the zero-insertion picture would crop its "
                + "input; lower the padding", top.getMessage());
        ConvTranspose2dParams right = new ConvTranspose2dParams(new Window2d(3, 3, new Pads2d(0, 0, 0, 4), 1, 1), 0, 1,
                1);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> ZeroInsertedGrid.of(X.shape(), w, right).border());
        assertEquals("padding 4 is more than dilation·(kernel − 1) + output padding = 3: the zero-insertion picture "
                + "would crop its input; lower the padding", e.getMessage());
    }

    @Test
    void theGatherTracesTapsLandOnTheGridsCells() {
        ConvTranspose2dParams p = ConvTranspose2dParams.DEFAULT.withWindow(Window2d.of(2, 0, 1));
        Tensor w = Tensor.of(new float[] {1, 10, 100, 1000}, 1, 1, 2, 2);
        ZeroInsertedGrid grid = ZeroInsertedGrid.of(X.shape(), w.shape(), p);
        Trace<WeightedSumStep> trace = Traces.convTranspose2dGather(X, w, null, p);
        Tensor inserted = grid.insert(X);
        for (long s = 0; s < trace.stepCount(); s++) {
            for (Tap tap : trace.step(s).taps()) {
                Coordinates at = grid.cellOf(tap.source());
                boolean inside = at.get(1) >= 0 && at.get(1) < grid.height() && at.get(2) >= 0
                        && at.get(2) < grid.width();
                assertEquals(inside ? inserted.get(at.toArray()) : 0, tap.input(), "step " + s + " " + tap);
                assertEquals(tap.source().kind() == TapSource.Kind.INPUT, inside && grid.isInput(at.get(1), at.get(2)));
            }
        }
    }
}
