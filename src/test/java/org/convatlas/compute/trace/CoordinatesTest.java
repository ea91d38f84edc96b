package org.convatlas.compute.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.convatlas.compute.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void aFlatIndexAndItsCoordinatesAreInverse() {
        int[] shape = {2, 3, 4};
        for (long i = 0; i < 24; i++) {
            assertEquals(i, Coordinates.ofFlatIndex(i, shape).flatIndexIn(shape));
        }
        assertEquals(Coordinates.of(1, 2, 3), Coordinates.ofFlatIndex(23, shape));
        assertEquals(Coordinates.of(1, 0, 1), Coordinates.ofFlatIndex(13, shape));
    }

    @Test
    void coordinatesAreValuesThatCannotBeChangedFromOutside() {
        int[] values = {1, -1};
        Coordinates c = Coordinates.of(values);
        values[0] = 7;
        c.toArray()[1] = 7;

        assertArrayEquals(new int[] {1, -1}, c.toArray());
        assertEquals(Coordinates.of(1, -1), c);
        assertEquals(Coordinates.of(1, -1).hashCode(), c.hashCode());
        assertNotEquals(Coordinates.of(1, -1, 0), c);
        assertEquals("(1, -1)", c.toString());
        assertEquals(2, c.rank());
        assertEquals(-1, c.get(1));
    }

    @Test
    void indicesOutsideTheShapeAreRefused() {
        assertEquals("flat index must be between 0 and 5 for shape [2, 3] (got 6)",
                assertThrows(InvalidArgumentException.class, () -> Coordinates.ofFlatIndex(6, 2, 3)).getMessage());
        assertEquals("coordinates (0, 3) are outside shape [2, 3]",
                assertThrows(InvalidArgumentException.class, () -> Coordinates.of(0, 3).flatIndexIn(2, 3)).getMessage());
    }
}
