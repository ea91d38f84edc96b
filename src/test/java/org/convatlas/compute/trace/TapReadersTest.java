package org.convatlas.compute.trace;

import static org.convatlas.compute.trace.TraceAssertions.between;
import static org.convatlas.compute.trace.TraceAssertions.random;
import static org.convatlas.compute.trace.TraceAssertions.randomInputFor;
import static org.convatlas.compute.trace.TraceAssertions.randomWindow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Random;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Conv3dParams;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Pads3d;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.junit.jupiter.api.Test;

class TapReadersTest {

    @Test
    void everyCellOfThePaddedInputIsReadByTheStepsWhoseTapsNameIt() {
        Random r = new Random(29);
        int configs = 150;
        int readCells = 0;
        int unreadCells = 0;
        for (int config = 0; config < configs; config++) {
            int groups = between(r, 1, 2);
            int kh = between(r, 1, 4);
            int kw = between(r, 1, 4);
            Window2d window = randomWindow(r, 3, 2, 3);
            Tensor x = randomInputFor(r, groups * between(r, 1, 2), kh, kw, window, 4);
            Tensor w = random(r, groups * between(r, 1, 2), x.dim(0) / groups, kh, kw);
            Conv2dParams p = new Conv2dParams(window, groups, r.nextBoolean());
            boolean holes = r.nextBoolean();
            Trace<WeightedSumStep> trace = holes ? Traces.conv2dWithDilationHoles(x, w, null, p)
                    : Traces.conv2d(x, w, null, p);
            Pads2d pads = window.pads();
            int[] padded = {x.dim(0), pads.top() + x.dim(1) + pads.bottom(), pads.left() + x.dim(2) + pads.right()};
            TapReaders readers = new TapReaders(trace, Coordinates.of(0, -pads.top(), -pads.left()), padded);
            TapReaders indexed = new TapReaders(stepsOnly(trace), Coordinates.of(0, -pads.top(), -pads.left()),
                    padded);
            String context = "config " + config + ": " + p + ", input " + x + ", holes " + holes;
            for (int c = 0; c < padded[0]; c++) {
                for (int y = -pads.top(); y < x.dim(1) + pads.bottom(); y++) {
                    for (int xx = -pads.left(); xx < x.dim(2) + pads.right(); xx++) {
                        Coordinates cell = Coordinates.of(c, y, xx);
                        BitSet expected = readersByScanning(trace, cell);
                        assertEquals(expected, readers.of(cell), context + ", cell " + cell);
                        assertEquals(expected, indexed.of(cell), context + ", cell " + cell + ", indexed");
                        if (expected.isEmpty()) {
                            unreadCells++;
                        } else {
                            readCells++;
                        }
                    }
                }
            }
        }
        assertTrue(readCells > 20 * configs, "most cells are read by some step: " + readCells);
        assertTrue(unreadCells > configs, "strides and dilations skip some cells: " + unreadCells);
    }

    /** The same steps, without the window that lets the trace answer by arithmetic: readers come from an index. */
    private static <S extends Step> Trace<S> stepsOnly(Trace<S> trace) {
        return new Trace<>() {
            @Override
            public long stepCount() {
                return trace.stepCount();
            }

            @Override
            public S step(long index) {
                return trace.step(index);
            }

            @Override
            public long multipliesAfter(long index) {
                return trace.multipliesAfter(index);
            }

            @Override
            public int[] outputShape() {
                return trace.outputShape();
            }

            @Override
            public Tensor output() {
                return trace.output();
            }
        };
    }

    @Test
    void theReadersOfAVolumeAreThoseItsStepsTapsName() {
        Random r = new Random(31);
        int reads = 0;
        for (int config = 0; config < 40; config++) {
            int groups = between(r, 1, 2);
            int[] k = {between(r, 1, 3), between(r, 1, 3), between(r, 1, 3)};
            int[] pad = {r.nextInt(2), r.nextInt(2), r.nextInt(2)};
            Conv3dParams p = new Conv3dParams(between(r, 1, 2), between(r, 1, 2), between(r, 1, 2),
                    new Pads3d(pad[0], pad[1], pad[2], pad[0], pad[1], pad[2]), between(r, 1, 2), between(r, 1, 2),
                    between(r, 1, 2), groups);
            int[] size = new int[3];
            for (int a = 0; a < 3; a++) {
                size[a] = (k[a] - 1) * 2 + 1 + r.nextInt(3);
            }
            Tensor x = random(r, groups * between(r, 1, 2), size[0], size[1], size[2]);
            Tensor w = random(r, groups * between(r, 1, 2), x.dim(0) / groups, k[0], k[1], k[2]);
            Trace<WeightedSumStep> trace = Traces.conv3d(x, w, null, p);
            int[] padded = {x.dim(0), size[0] + 2 * pad[0], size[1] + 2 * pad[1], size[2] + 2 * pad[2]};
            Coordinates first = Coordinates.of(0, -pad[0], -pad[1], -pad[2]);
            TapReaders readers = new TapReaders(trace, first, padded);
            TapReaders indexed = new TapReaders(stepsOnly(trace), first, padded);
            for (int c = 0; c < padded[0]; c++) {
                for (int z = -pad[0]; z < size[0] + pad[0]; z++) {
                    for (int y = -pad[1]; y < size[1] + pad[1]; y++) {
                        for (int xx = -pad[2]; xx < size[2] + pad[2]; xx++) {
                            Coordinates cell = Coordinates.of(c, z, y, xx);
                            BitSet expected = indexed.of(cell);
                            assertEquals(expected, readers.of(cell), "config " + config + " " + p + ", cell " + cell);
                            reads += expected.cardinality();
                        }
                    }
                }
            }
        }
        assertTrue(reads > 1000, "the volumes are read: " + reads);
    }

    /** The specification: every step whose taps include one that reads {@code cell} as input or padding. */
    private static BitSet readersByScanning(Trace<WeightedSumStep> trace, Coordinates cell) {
        BitSet readers = new BitSet();
        for (int step = 0; step < trace.stepCount(); step++) {
            for (Tap tap : trace.step(step).taps()) {
                TapSource source = tap.source();
                boolean reads = source instanceof TapSource.Input input && input.at().equals(cell)
                        || source instanceof TapSource.Padding padding && padding.at().equals(cell);
                if (reads) {
                    readers.set(step);
                }
            }
        }
        return readers;
    }

    @Test
    void aDilationHoleIsNotReadAndACellOutsideThePaddingHasNoReaders() {
        // 1x5 input, kernel 1x2 at dilation 2, padding 1 on the left: windows at columns -1..1, 0..2, 1..3, 2..4
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5}, 1, 1, 5);
        Tensor w = Tensor.of(new float[] {1, 1}, 1, 1, 1, 2);
        Conv2dParams p = new Conv2dParams(new Window2d(1, 1, new Pads2d(0, 1, 0, 0), 1, 2), 1, false);
        TapReaders readers = new TapReaders(Traces.conv2dWithDilationHoles(x, w, null, p), Coordinates.of(0, 0, -1),
                1, 1, 6);
        assertEquals(BitSet.valueOf(new long[] {0b0001}), readers.of(Coordinates.of(0, 0, -1)), "padding, step 0");
        assertEquals(BitSet.valueOf(new long[] {0b0010}), readers.of(Coordinates.of(0, 0, 0)),
                "the hole of step 0 and the first tap of step 1");
        assertEquals(BitSet.valueOf(new long[] {0b0101}), readers.of(Coordinates.of(0, 0, 1)));
        assertEquals(new BitSet(), readers.of(Coordinates.of(0, 0, -2)));
        assertEquals(new BitSet(), readers.of(Coordinates.of(0, 1, 0)));
    }

    @Test
    void aPaddedInputThatMissesATapIsRefused() {
        Tensor x = Tensor.of(new float[] {1, 2, 3}, 1, 1, 3);
        Tensor w = Tensor.of(new float[] {1, 1}, 1, 1, 1, 2);
        Conv2dParams p = new Conv2dParams(new Window2d(1, 1, new Pads2d(0, 1, 0, 0), 1, 1), 1, false);
        TapReaders unpadded = new TapReaders(stepsOnly(Traces.conv2d(x, w, null, p)), Coordinates.of(0, 0, 0), 1, 1,
                3);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> unpadded.of(Coordinates.of(0, 0, 0)));
        assertEquals("a tap reads (0, 0, -1), outside the padded input of first cell (0, 0, 0) and shape [1, 1, 3]",
                e.getMessage());
    }
}
