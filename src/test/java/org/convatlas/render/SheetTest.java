package org.convatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetTest {

    /** Channel 1 of a [2, 2, 3] tensor, 0 ... 11, with one cell of padding around it. */
    private static final Sheet PADDED = Sheet.padded(Role.INPUT, 4, 5, new CellRange(1, 1, 2, 3),
            new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 6);

    @Test
    void aPaddedSheetHoldsItsValuesInsideAndPaddingAround() {
        assertEquals(Role.PADDING, PADDED.roleAt(0, 0));
        assertEquals(Role.INPUT, PADDED.roleAt(1, 1));
        assertEquals(6f, PADDED.valueAt(1, 1));
        assertEquals(8f, PADDED.valueAt(1, 3));
        assertEquals(9f, PADDED.valueAt(2, 1));
        assertEquals(Role.PADDING, PADDED.roleAt(2, 4));
        assertEquals(0f, PADDED.valueAt(3, 4));
        assertEquals(new ValueRange(6, 11), PADDED.valueRange());
    }

    @Test
    void cellsPastTheWrittenCountHaveNoValueYet() {
        Sheet written = Sheet.of(Role.OUTPUT, 2, 2, new float[] {1, 2, 3, 4}, 0).writtenUpTo(3);
        assertEquals(3f, written.valueAt(1, 0));
        assertEquals(Float.NaN, written.valueAt(1, 1));
        assertEquals(new ValueRange(1, 3), written.valueRange());
        assertNull(written.writtenUpTo(0).valueRange(), "nothing written");
    }

    @Test
    void windowsAndCaptionAddUp() {
        Sheet sheet = PADDED.withWindow(new CellRange(0, 0, 3, 3)).withWindow(CellRange.cell(1, 1)).withCaption("x[1]");
        assertEquals(List.of(new CellRange(0, 0, 3, 3), CellRange.cell(1, 1)), sheet.windows());
        assertEquals("x[1]", sheet.caption());
        assertEquals("", PADDED.caption());
    }

    @Test
    void aSheetOfPaddingHasNothingInside() {
        Sheet padding = Sheet.padding(3, 3);
        assertEquals(Role.PADDING, padding.roleAt(1, 1));
        assertNull(padding.valueRange());
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
        assertEquals(true, range.contains(4, 3));
        assertEquals(false, range.contains(5, 3));
    }
}
