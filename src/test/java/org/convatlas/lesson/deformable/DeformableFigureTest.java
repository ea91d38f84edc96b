package org.convatlas.lesson.deformable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The field's arrows are cut to the input grid by arithmetic. */
class DeformableFigureTest {

    private static final double[] BOX = {0, 0, 10, 10};

    @Test
    void aSegmentInsideIsKept() {
        double[] s = {1, 2, 3, 4};
        assertTrue(DeformableFigure.clipped(s, BOX));
        assertArrayEquals(new double[] {1, 2, 3, 4}, s, 1e-12);
    }

    @Test
    void aSegmentLeavingIsCutAtTheEdge() {
        double[] s = {5, 5, 15, 5};
        assertTrue(DeformableFigure.clipped(s, BOX));
        assertArrayEquals(new double[] {5, 5, 10, 5}, s, 1e-12);
        double[] diagonal = {-5, -5, 5, 5};
        assertTrue(DeformableFigure.clipped(diagonal, BOX));
        assertArrayEquals(new double[] {0, 0, 5, 5}, diagonal, 1e-12);
    }

    @Test
    void aSegmentOutsideIsDropped() {
        assertFalse(DeformableFigure.clipped(new double[] {11, 1, 12, 9}, BOX));
        assertFalse(DeformableFigure.clipped(new double[] {-3, 2, 2, -3}, BOX));
    }
}
