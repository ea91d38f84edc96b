package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TensorCropTest {

    @Test
    void aCropKeepsTheWindowOfEveryChannel() {
        Tensor x = TestTensors.iota(2, 3, 4);
        assertEquals(Tensor.of(new float[] {5, 6, 9, 10, 17, 18, 21, 22}, 2, 2, 2), x.crop(1, 1, 2, 2));
    }

    @Test
    void everyCroppedElementIsTheOneAtTheShiftedIndex() {
        Random r = new Random(71);
        for (int trial = 0; trial < 300; trial++) {
            int[] shape = new int[2 + r.nextInt(3)];
            for (int axis = 0; axis < shape.length; axis++) {
                shape[axis] = 1 + r.nextInt(5);
            }
            Tensor x = TestTensors.uniform(r, shape);
            int h = shape[shape.length - 2];
            int w = shape[shape.length - 1];
            int rows = 1 + r.nextInt(h);
            int columns = 1 + r.nextInt(w);
            int top = r.nextInt(h - rows + 1);
            int left = r.nextInt(w - columns + 1);
            Tensor crop = x.crop(top, left, rows, columns);
            String context = Arrays.toString(shape) + " cropped to " + rows + "x" + columns + " at (" + top + ", "
                    + left + ")";
            int[] expectedShape = shape.clone();
            expectedShape[shape.length - 2] = rows;
            expectedShape[shape.length - 1] = columns;
            assertArrayEquals(expectedShape, crop.shape(), context);
            for (int i = 0; i < crop.size(); i++) {
                int[] at = indexOf(i, crop.shape());
                at[at.length - 2] += top;
                at[at.length - 1] += left;
                assertEquals(x.get(at), crop.data()[i], context);
            }
            TestTensors.assertNotAllZero(crop, context);
        }
    }

    /** The full index of flat element {@code i} of a row-major tensor of the given shape. */
    private static int[] indexOf(int i, int[] shape) {
        int[] at = new int[shape.length];
        for (int axis = shape.length - 1, rest = i; axis >= 0; axis--) {
            at[axis] = rest % shape[axis];
            rest /= shape[axis];
        }
        return at;
    }

    @Test
    void theCentreCropLeavesAnOddMarginsExtraCellBelowAndRightAndKeepsASmallerTensorWhole() {
        Tensor x = TestTensors.iota(1, 5, 4);
        assertEquals(x.crop(1, 1, 2, 2), x.centreCrop(2, 2), "margins (5 − 2)/2 = 1 and (4 − 2)/2 = 1");
        assertEquals(x.crop(0, 1, 5, 2), x.centreCrop(9, 2), "9 rows are more than the 5 there are");
        assertEquals(x, x.centreCrop(5, 4));
    }

    @Test
    void aWindowOutsideTheTensorOrATensorWithoutRowsAndColumnsIsRefused() {
        Tensor x = Tensor.zeros(2, 3, 4);
        InvalidArgumentException outside = assertThrows(InvalidArgumentException.class, () -> x.crop(2, 0, 2, 4));
        assertEquals("crop of 2x4 at (2, 0) is not inside the 3x4 of shape [2, 3, 4]", outside.getMessage());
        assertThrows(InvalidArgumentException.class, () -> x.centreCrop(0, 2));
        InvalidArgumentException flat = assertThrows(InvalidArgumentException.class,
                () -> Tensor.zeros(4).centreCrop(2, 2));
        assertEquals("a crop needs at least two dimensions, rows and columns (got shape [4])", flat.getMessage());
    }
}
