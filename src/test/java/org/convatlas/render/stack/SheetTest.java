package org.convatlas.render.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.render.Role;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.grid.GridCell;
import org.junit.jupiter.api.Test;

class SheetTest {

    /** Channel 1 of a [2, 2, 3] tensor, 0 ... 11, with one cell of padding around it. */
    private static final Sheet PADDED = Sheet.padded(Role.INPUT, 4, 5, new CellRange(1, 1, 2, 3),
            new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 6);

    @Test
    void aPaddedSheetHoldsItsValuesInsideAndPaddingThatReadsZeroAround() {
        assertEquals(Role.PADDING, PADDED.roleAt(0, 0));
        assertEquals(0f, PADDED.valueAt(0, 0));
        assertEquals(Role.INPUT, PADDED.roleAt(1, 1));
        assertEquals(6f, PADDED.valueAt(1, 1));
        assertEquals(8f, PADDED.valueAt(1, 3));
        assertEquals(9f, PADDED.valueAt(2, 1));
        assertEquals(Role.PADDING, PADDED.roleAt(2, 4));
        assertTrue(PADDED.isPadded());
        assertEquals(6, PADDED.written());
    }

    @Test
    void valuesPastTheWrittenCountAreBlank() {
        Sheet written = Sheet.of(Role.OUTPUT, 2, 2, new float[] {1, 2, 3, 4}, 0).writtenUpTo(3);
        assertEquals(3f, written.valueAt(1, 0));
        assertEquals(Role.OUTPUT, written.roleAt(1, 0));
        assertEquals(Float.NaN, written.valueAt(1, 1));
        assertNull(written.roleAt(1, 1), "a blank cell");
        assertEquals(4, written.writtenUpTo(9).written(), "at most every value");
        assertFalse(written.isPadded());
    }

    @Test
    void windowsAndCaptionAddUp() {
        Sheet sheet = PADDED.withWindow(new CellRange(0, 0, 3, 3)).withWindow(CellRange.cell(1, 1)).withCaption("x[1]");
        assertEquals(List.of(new CellRange(0, 0, 3, 3), CellRange.cell(1, 1)), sheet.windows());
        assertEquals("x[1]", sheet.caption());
        assertEquals("", PADDED.caption());
    }

    @Test
    void theOriginNamesEveryCellAsItsTensorDoes() {
        assertEquals(Optional.empty(), PADDED.coordinatesOf(1, 1));
        Sheet named = PADDED.withOrigin(Coordinates.of(1, -1, -1));
        assertEquals(Coordinates.of(1, -1, -1), named.coordinatesOf(0, 0).orElseThrow());
        assertEquals(Coordinates.of(1, 1, 2), named.coordinatesOf(2, 3).orElseThrow());
    }

    @Test
    void aSheetOfPaddingHasNothingInside() {
        Sheet padding = Sheet.padding(3, 3);
        assertEquals(Role.PADDING, padding.roleAt(1, 1));
        assertTrue(padding.inside().isEmpty());
        assertNull(padding.heat());
    }

    @Test
    void theValuesMustFitTheSheet() {
        assertThrows(IllegalArgumentException.class,
                () -> Sheet.padded(Role.INPUT, 2, 2, new CellRange(1, 1, 2, 2), new float[4], 0));
        assertThrows(IllegalArgumentException.class, () -> Sheet.of(Role.INPUT, 0, 2, new float[0], 0));
    }

    @Test
    void aRangeGrowsToHoldTheCellsAdded() {
        CellRange range = CellRange.EMPTY.including(2, 3).including(4, 1);
        assertEquals(new CellRange(2, 1, 3, 3), range);
        assertTrue(range.contains(4, 3));
        assertFalse(range.contains(5, 3));
    }

    @Test
    void aTiltedSheetMapsItsCellsBackFromTheScreen() {
        SheetProjection tilted = SheetProjection.TILTED;
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                var centre = tilted.point(4, c + 0.5, r + 0.5, 10, 20, 16);
                assertEquals(Optional.of(new GridCell(r, c)),
                        tilted.cellAt(4, 5, centre.getX(), centre.getY(), 10, 20, 16));
            }
        }
        assertEquals(Optional.empty(), tilted.cellAt(4, 5, 11, 21, 10, 20, 16), "the corner left of the far edge");
    }
}
