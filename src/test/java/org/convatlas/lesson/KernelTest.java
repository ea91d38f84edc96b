package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;

class KernelTest {

    private final Kernel sobel = Kernel.of(3, 3, 1, 0, -1, 2, 0, -2, 1, 0, -1);

    @Test
    void weightsAreRowMajor() {
        assertEquals(-2, sobel.weight(1, 2));
        Tensor t = sobel.toTensor();
        assertArrayEquals(new int[] {3, 3}, t.shape());
        assertEquals(-2, t.get(1, 2));
    }

    @Test
    void changesMakeNewKernels() {
        Kernel changed = sobel.withWeight(0, 0, 9);
        assertEquals(1, sobel.weight(0, 0));
        assertEquals(9, changed.weight(0, 0));
    }

    @Test
    void resizingKeepsTheTopLeftAndFillsZeros() {
        assertEquals(Kernel.of(2, 4, 1, 0, -1, 0, 2, 0, -2, 0), sobel.resized(2, 4));
        assertEquals(Kernel.of(1, 1, 1), sobel.resized(1, 1));
    }

    @Test
    void badShapesAndCellsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Kernel.of(2, 2, 1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> Kernel.zeros(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> sobel.weight(3, 0));
    }
}
