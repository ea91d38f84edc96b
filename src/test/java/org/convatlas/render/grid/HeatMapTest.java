package org.convatlas.render.grid;

import static org.convatlas.render.Pixels.assertColor;
import static org.convatlas.render.Pixels.at;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.convatlas.render.Palette;
import org.convatlas.render.Pixels;
import org.convatlas.render.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Heat maps drawn on a real canvas, one 10-pixel square per cell. */
class HeatMapTest {

    private static final Palette PALETTE = Palette.LIGHT;
    private static final GridGeometry GRID = GridGeometry.at(0, 0, 10, 2, 2);

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        Pixels.startJavaFx();
    }

    private static WritableImage draw(HeatMap map, long shown) {
        return Pixels.paint(20, 20, g -> map.draw(g, GRID, Role.OUTPUT, shown, PALETTE));
    }

    /** The colour of the cell at {@code (row, column)}, read at its centre. */
    private static Color cell(WritableImage image, int row, int column) {
        return at(image, GRID.centreX(column), GRID.centreY(row));
    }

    @Test
    void valuesOfOneSignRunFromFaintToTheRoleColour() {
        WritableImage image = draw(new HeatMap(new float[] {2, 4, 6, 3}, 2, 2), 4);
        assertColor(PALETTE.color(Role.OUTPUT), cell(image, 1, 0), "the largest");
        assertColor(PALETTE.background().interpolate(PALETTE.color(Role.OUTPUT), 0.08), cell(image, 0, 0),
                "the smallest, faint");
    }

    @Test
    void valuesOfBothSignsKeepZeroAsTheBackground() {
        WritableImage image = draw(new HeatMap(new float[] {0, 4, -4, 2}, 2, 2), 4);
        assertColor(PALETTE.background(), cell(image, 0, 0), "zero");
        assertColor(PALETTE.color(Role.OUTPUT), cell(image, 0, 1), "the largest");
        assertColor(PALETTE.mutedInk(), cell(image, 1, 0), "the most negative");
    }

    @Test
    void cellsNotShownYetAreBlank() {
        WritableImage image = draw(new HeatMap(new float[] {2, 4, 6, 3}, 2, 2), 2);
        assertColor(PALETTE.background().interpolate(PALETTE.color(Role.OUTPUT), 0.08 + 0.92 * 0.5), cell(image, 0, 1),
                "the second cell, halfway between the smallest and the largest");
        assertColor(PALETTE.background(), cell(image, 1, 0), "the third cell, not shown");
        assertColor(PALETTE.background(), cell(image, 1, 1), "the fourth cell, not shown");
    }

    @Test
    void theGridMustMatchTheValues() {
        HeatMap map = new HeatMap(new float[6], 2, 3);
        GraphicsContext g = new Canvas(20, 20).getGraphicsContext2D();
        assertThrows(IllegalArgumentException.class, () -> map.draw(g, GRID, Role.INPUT, 6, PALETTE));
        assertThrows(IllegalArgumentException.class, () -> new HeatMap(new float[5], 2, 3));
    }
}
