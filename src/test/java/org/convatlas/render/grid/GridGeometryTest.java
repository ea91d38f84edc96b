package org.convatlas.render.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GridGeometryTest {

    /** A 5×5 input with a padding ring of 1: rows and columns -1 ... 5, cells of 10 px from (100, 50). */
    private final GridGeometry padded = new GridGeometry(100, 50, 10, -1, -1, 7, 7);

    @Test
    void cellsAreNumberedAsTheTensorNumbersThem() {
        assertEquals(100, padded.x(-1));
        assertEquals(110, padded.x(0));
        assertEquals(60, padded.y(0));
        assertEquals(165, padded.centreX(5));
        assertEquals(170, padded.right());
        assertEquals(120, padded.bottom());
        assertEquals(5, padded.lastRow());
        assertTrue(padded.contains(-1, 5));
        assertFalse(padded.contains(6, 0));
    }

    @Test
    void thePointFindsItsCell() {
        assertEquals(Optional.of(new GridCell(-1, -1)), padded.cellAt(100, 50));
        assertEquals(Optional.of(new GridCell(2, 0)), padded.cellAt(119.9, 89));
        assertEquals(Optional.of(new GridCell(5, 5)), padded.cellAt(169.99, 119.99));
        assertEquals(Optional.empty(), padded.cellAt(170, 60), "the right edge is outside");
        assertEquals(Optional.empty(), padded.cellAt(99, 60));
    }

    @Test
    void movingKeepsTheCells() {
        GridGeometry moved = padded.movedTo(0, 0);
        assertEquals(0, moved.x(-1));
        assertEquals(padded.width(), moved.width());
        assertEquals(padded.firstRow(), moved.firstRow());
    }

    @Test
    void anEmptyGridIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GridGeometry.at(0, 0, 10, 0, 3));
        assertTrue(e.getMessage().contains("0x3"), e.getMessage());
    }
}
