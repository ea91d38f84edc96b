package org.convatlas.render.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Rectangle2D;
import javafx.scene.text.Font;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Palette;
import org.convatlas.render.Pixels;
import org.convatlas.render.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lays out a row of receptive fields: in one row, or in two where the grids would otherwise leave the height empty. */
class FieldRowFigureTest {

    private static final int UNIT = 16;
    private static final DrawContext CONTEXT =
            new DrawContext(Palette.LIGHT, Font.font(UNIT), role -> role.name().toLowerCase());

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        Pixels.startJavaFx();
    }

    /** An input and three branches, each 9×9. */
    private static FieldRowFigure fourGrids() {
        return new FieldRowFigure(List.of(FieldPanel.plain(Message.of("Input 9×9"), 9, 9, Role.INPUT),
                FieldPanel.plain(Message.of("Branch 1: 1×1"), 9, 9, Role.OUTPUT),
                FieldPanel.plain(Message.of("Branch 2: 3×3"), 9, 9, Role.OUTPUT),
                FieldPanel.plain(Message.of("Branch 3: 5×5"), 9, 9, Role.OUTPUT)), Message.of("note"));
    }

    private static void assertApartAndInside(List<Rectangle2D> boxes, double width) {
        for (int i = 0; i < boxes.size(); i++) {
            assertTrue(boxes.get(i).getMinX() >= 0 && boxes.get(i).getMaxX() <= width, "inside: " + boxes.get(i));
            for (int j = i + 1; j < boxes.size(); j++) {
                assertTrue(!boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " apart from " + boxes.get(j));
            }
        }
    }

    @Test
    void gridsTooWideForOneRowStandInTwoWhenThatGivesLargerCells() {
        FieldRowFigure figure = fourGrids();
        // one row: (600 − 3 gaps of 2.5 font sizes) / 36 columns = 13.3; two rows of two: limited by the height
        double oneRow = (600 - 3 * FieldRowFigure.GAP * UNIT) / 36;
        double cell = figure.scale(600, 500, CONTEXT);
        assertTrue(cell > FieldRowFigure.ROWS_GAIN * oneRow, cell + " against " + oneRow);
        List<Rectangle2D> boxes = figure.captionBoxes(600, 500, CONTEXT);
        assertEquals(boxes.get(0).getMinY(), boxes.get(1).getMinY(), 1e-9, "the first two on one line");
        assertEquals(boxes.get(2).getMinY(), boxes.get(3).getMinY(), 1e-9, "the other two on the next");
        assertTrue(boxes.get(2).getMinY() > boxes.get(0).getMaxY() + 9 * cell, "the others in a row under them");
        assertApartAndInside(boxes, 600);
    }

    @Test
    void gridsThatFitOneRowKeepToIt() {
        FieldRowFigure figure = fourGrids();
        List<Rectangle2D> boxes = figure.captionBoxes(1200, 300, CONTEXT);
        assertTrue(boxes.stream().allMatch(box -> box.getMinY() == boxes.get(0).getMinY()), "one row");
        assertApartAndInside(boxes, 1200);
    }
}
