package org.convatlas.compute;

import static org.convatlas.compute.BilinearSample.Corner.BOTTOM_LEFT;
import static org.convatlas.compute.BilinearSample.Corner.BOTTOM_RIGHT;
import static org.convatlas.compute.BilinearSample.Corner.TOP_LEFT;
import static org.convatlas.compute.BilinearSample.Corner.TOP_RIGHT;
import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.convatlas.compute.BilinearSample.Corner;
import org.junit.jupiter.api.Test;

class BilinearSampleTest {

    /** A 3x4 map with {@code map[r, c] = 10*r + c + 1}: 1 2 3 4 / 11 12 13 14 / 21 22 23 24. */
    private static final float[] MAP = {1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 23, 24};

    private static BilinearSample onMap(float y, float x) {
        return new BilinearSample(y, x, 3, 4);
    }

    @Test
    void insideTheMapBlendsTheFourCornersOfTheCell() {
        BilinearSample s = onMap(0.25f, 1.5f);

        assertFalse(s.isOutsideMap());
        assertEquals(0.25f, s.rowFraction());
        assertEquals(0.5f, s.columnFraction());
        assertCorner(s, TOP_LEFT, 0, 1, 0.375f, true);
        assertCorner(s, TOP_RIGHT, 0, 2, 0.375f, true);
        assertCorner(s, BOTTOM_LEFT, 1, 1, 0.125f, true);
        assertCorner(s, BOTTOM_RIGHT, 1, 2, 0.125f, true);
        // 0.375*2 + 0.375*3 + 0.125*12 + 0.125*13
        assertEquals(5.0f, s.evaluate(MAP, 0), 1e-6);
    }

    @Test
    void aGridPointReadsItsCell() {
        BilinearSample s = onMap(2, 3);

        assertCorner(s, TOP_LEFT, 2, 3, 1, true);
        assertCorner(s, TOP_RIGHT, 2, 4, 0, false);
        assertCorner(s, BOTTOM_LEFT, 3, 3, 0, false);
        assertCorner(s, BOTTOM_RIGHT, 3, 4, 0, false);
        assertEquals(24, s.evaluate(MAP, 0));
        assertEquals(1, onMap(0, 0).evaluate(MAP, 0));
    }

    @Test
    void theBandJustOutsideTheBorderBlendsTheEdgeWithZeros() {
        BilinearSample above = onMap(-0.5f, 1);
        assertFalse(above.isOutsideMap());
        assertCorner(above, TOP_LEFT, -1, 1, 0.5f, false);
        assertCorner(above, BOTTOM_LEFT, 0, 1, 0.5f, true);
        assertEquals(1.0f, above.evaluate(MAP, 0), 1e-6); // 0.5 * map[0, 1]

        BilinearSample right = onMap(1, 3.25f);
        assertCorner(right, TOP_LEFT, 1, 3, 0.75f, true);
        assertCorner(right, TOP_RIGHT, 1, 4, 0.25f, false);
        assertEquals(10.5f, right.evaluate(MAP, 0), 1e-6); // 0.75 * map[1, 3]

        BilinearSample corner = onMap(-0.5f, -0.5f);
        assertEquals(0.25f, corner.evaluate(MAP, 0), 1e-6); // 0.25 * map[0, 0]
    }

    @Test
    void positionsOneCellOrMoreOutsideReadZero() {
        for (float[] yx : new float[][] {{-1, 1}, {-1.5f, 1}, {3, 1}, {3.2f, 0}, {1, -1}, {1, 4}, {1, 9.75f},
                {-7, -7}, {-16777216, 16777216}}) {
            BilinearSample s = onMap(yx[0], yx[1]);
            assertTrue(s.isOutsideMap(), s.toString());
            assertEquals(0, s.evaluate(MAP, 0), s.toString());
        }
        // At y = -1 the bottom corners are row 0 of the map, but their weight is 0.
        BilinearSample edge = onMap(-1, 1);
        assertTrue(edge.isInside(BOTTOM_LEFT));
        assertEquals(0, edge.weight(BOTTOM_LEFT));
    }

    @Test
    void evaluatingIsTheSumOfTheInsideCornersWeightedTerms() {
        Random random = new Random(7);
        int nonZero = 0;
        for (int n = 0; n < 2000; n++) {
            BilinearSample s = onMap(random.nextFloat() * 6 - 2, random.nextFloat() * 7 - 2);
            double sum = 0;
            double weights = 0;
            for (Corner c : Corner.values()) {
                weights += s.weight(c);
                if (s.isInside(c)) {
                    sum += s.weight(c) * MAP[s.row(c) * 4 + s.column(c)];
                }
            }
            assertEquals(1, weights, 1e-6, s.toString());
            float value = s.evaluate(MAP, 0);
            assertEquals(sum, value, 1e-5, s.toString());
            nonZero += value != 0 ? 1 : 0;
        }
        assertTrue(nonZero > 500, "most samples should land on the map");
    }

    @Test
    void evaluatesTheMapAtTheGivenOffset() {
        float[] planes = new float[2 * MAP.length];
        System.arraycopy(MAP, 0, planes, MAP.length, MAP.length);
        assertEquals(onMap(1.5f, 2).evaluate(MAP, 0), onMap(1.5f, 2).evaluate(planes, MAP.length));
        assertEquals(0, onMap(1.5f, 2).evaluate(planes, 0));
    }

    @Test
    void rejectsNonFinitePositionsEmptyMapsAndPlanesTooShort() {
        assertMessage("sample row y must be a finite number between -16777216 and 16777216 (got NaN)",
                () -> onMap(Float.NaN, 0));
        assertMessage("sample column x must be a finite number between -16777216 and 16777216 (got Infinity)",
                () -> onMap(0, Float.POSITIVE_INFINITY));
        assertMessage("map width must be at least 1 (got 0)",
                () -> new BilinearSample(0, 0, 3, 0));
        assertMessage("a 3x4 map at offset 1 does not fit in a plane of 12 values",
                () -> onMap(0, 0).evaluate(MAP, 1));
        assertMessage("plane is missing; it must hold a 3x4 map",
                () -> onMap(0, 0).evaluate(null, 0));
    }

    private static void assertCorner(BilinearSample s, Corner corner, int row, int column, float weight,
                                     boolean inside) {
        assertEquals(row, s.row(corner), corner + " row");
        assertEquals(column, s.column(corner), corner + " column");
        assertEquals(weight, s.weight(corner), 1e-7, corner + " weight");
        assertEquals(inside, s.isInside(corner), corner + " inside");
    }
}
