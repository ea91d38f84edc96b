package org.convatlas.render.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.convatlas.render.Role;
import org.junit.jupiter.api.Test;

class SheetStackTest {

    private static Sheet sheet(int index) {
        return Sheet.of(Role.INPUT, 1, 1, new float[] {index}, 0);
    }

    private static List<Object> layout(SheetStack stack) {
        return stack.items().stream().map(item -> item instanceof SheetStack.Shown s ? (Object) s.index()
                : "..." + ((SheetStack.Elided) item).count()).toList();
    }

    @Test
    void aShortStackShowsEverySheet() {
        SheetStack stack = SheetStack.of(SheetStack.MAX_SHOWN, SheetStackTest::sheet);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), layout(stack));
        assertEquals(5f, stack.shown().get(5).sheet().valueAt(0, 0));
    }

    @Test
    void aTallStackShowsTheFirstSheetsTheLastAndThoseAskedForWithTheCountsLeftOut() {
        assertEquals(List.of(0, 1, 2, "...188", 191), layout(SheetStack.of(192, SheetStackTest::sheet)));
        assertEquals(List.of(0, 1, 2, "...97", 100, "...90", 191),
                layout(SheetStack.of(192, SheetStackTest::sheet, 100, -1, 192)));
        assertEquals(List.of(0, 1, 2, 3, "...5", 9), layout(SheetStack.of(10, SheetStackTest::sheet, 3)));
    }

    @Test
    void itemsAreFoundBySheet() {
        SheetStack stack = SheetStack.of(192, SheetStackTest::sheet, 100);
        assertEquals(4, stack.itemOf(100));
        assertEquals(6, stack.itemOf(191));
        assertEquals(-1, stack.itemOf(50), "left out");
    }
}
