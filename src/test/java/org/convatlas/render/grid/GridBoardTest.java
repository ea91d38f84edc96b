package org.convatlas.render.grid;

import static org.convatlas.render.Pixels.assertColor;
import static org.convatlas.render.Pixels.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Pixels;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.Captions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lays out and draws boards of grids on a real canvas, headless, and asks them what lies under points. */
class GridBoardTest {

    private static final int UNIT = 10;
    private static final DrawContext CONTEXT =
            new DrawContext(Palette.LIGHT, Font.font(UNIT), role -> role.name().toLowerCase());

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        Pixels.startJavaFx();
    }

    /** A 2×2 input and a 4×4 output on one row, with no strip. */
    private static GridBoard twoGrids() {
        BoardGrid input = BoardGrid.of(Message.of("in"), Role.INPUT, 0, new float[4], 2, 2, Role.INPUT);
        BoardGrid output = BoardGrid.of(Message.of("out"), Role.OUTPUT, 3, new float[16], 4, 4, Role.OUTPUT)
                .marked(List.of(new BoardGrid.Mark(CellRange.cell(1, 2), true)));
        return GridBoard.ofRow(List.of(input, output), null, EnumSet.of(Role.OUTPUT, Role.INPUT));
    }

    /** Every cell the board names along the row through the middle of its area. */
    private static List<Hit> hitsAlong(GridBoard board, double y, double width, double height) {
        List<Hit> hits = new ArrayList<>();
        for (double x = 0; x < width; x += 1) {
            Optional<Hit> hit = board.hitTest(x, y, width, height, CONTEXT);
            if (hit.isPresent() && (hits.isEmpty() || !hits.get(hits.size() - 1).equals(hit.get()))) {
                hits.add(hit.get());
            }
        }
        return hits;
    }

    @Test
    void gridsShareOneCellSizeAndNameTheirCellsByRoleAndChannel() {
        GridBoard board = twoGrids();
        double width = 300;
        double height = 200;
        // cells of 3.2 font sizes (the height would allow (200 − caption 16) / 4 = 46); grids top-aligned from
        // y = (200 − 16 − 4·32) / 2 + 16 = 44, so y = 101 is in row 1 of both
        List<Hit> hits = hitsAlong(board, height / 2 + 1, width, height);
        assertEquals(List.of(new Hit(Role.INPUT, Coordinates.of(0, 1, 0)), new Hit(Role.INPUT, Coordinates.of(0, 1, 1)),
                new Hit(Role.OUTPUT, Coordinates.of(3, 1, 0)), new Hit(Role.OUTPUT, Coordinates.of(3, 1, 1)),
                new Hit(Role.OUTPUT, Coordinates.of(3, 1, 2)), new Hit(Role.OUTPUT, Coordinates.of(3, 1, 3))), hits);
        assertEquals(List.of(Role.INPUT, Role.OUTPUT), List.copyOf(board.roles()), "legend in role order");
        assertEquals("in, out", board.describe(CONTEXT));
    }

    @Test
    void aMarkIsOutlinedInTheHighlightAndCellsTakeTheirLook() {
        GridBoard board = twoGrids();
        WritableImage image = Pixels.paint(300, 200, g -> board.draw(g, 300, 200, CONTEXT));
        double cell = 3.2 * UNIT;
        // row width: 2 + 4 cells and a gap of 1.5 font sizes, centred; the grids' top under a caption of 1.6
        double left = (300 - 6 * cell - 1.5 * UNIT) / 2;
        double top = (200 - 1.6 * UNIT - 4 * cell) / 2 + 1.6 * UNIT;
        double outputLeft = left + 2 * cell + 1.5 * UNIT;
        assertColor(Palette.LIGHT.tint(Role.OUTPUT), at(image, outputLeft + 0.5 * cell, top + 0.5 * cell), "a cell");
        assertColor(Palette.LIGHT.color(Role.HIGHLIGHT), at(image, outputLeft + 2 * cell + 1.5, top + 1.5 * cell),
                "the mark's left edge");
    }

    @Test
    void rowsAfterTheSplitStandBesideTheOthersWhenThatGivesLargerCells() {
        BoardGrid input = BoardGrid.of(Message.of("in"), Role.INPUT, 0, new float[4], 2, 2, Role.INPUT);
        BoardGrid output = BoardGrid.of(Message.of("out"), Role.OUTPUT, 0, new float[16], 4, 4, Role.OUTPUT);
        GridBoard board = new GridBoard(List.of(List.of(input), List.of(output)), 1, null,
                EnumSet.of(Role.INPUT, Role.OUTPUT));
        // 400 x 100: one under the other, cells of (100 − 2 captions of 16 − a gap of 15) / 6 = 8.8; beside each
        // other (100 − 16) / 4 = 21
        assertEquals(21, board.scale(400, 100, CONTEXT), 1e-9);
        List<Hit> hits = hitsAlong(board, 50, 400, 100);
        assertEquals(Role.INPUT, hits.get(0).role(), "the input on the left");
        assertEquals(Role.OUTPUT, hits.get(hits.size() - 1).role(), "the output beside it, on the same line");
        // 100 x 400: one under the other, min(3.2 font sizes, 100 / 4) = 25 against (100 − 30) / 6 = 11.7 beside
        assertEquals(25, board.scale(100, 400, CONTEXT), 1e-9);
    }

    @Test
    void aCaptionWiderThanItsGridTakesASecondLineWhenThatGivesLargerCells() {
        BoardGrid input = BoardGrid.of(Message.of("in"), Role.INPUT, 0, new float[4], 2, 2, Role.INPUT);
        BoardGrid indices = BoardGrid.of(Message.of("Remembered indices h·W + w"), Role.OUTPUT, 0, new float[4], 2, 2,
                Role.OUTPUT);
        GridBoard board = GridBoard.ofRow(List.of(input, indices), null, EnumSet.of(Role.INPUT, Role.OUTPUT));
        double width = 180;
        double oneLine = GridCaptions.width(indices.caption(), CONTEXT);
        // on one line the caption would leave the two grids 180 − 15 − its width: cells of less than 3.2 font sizes
        assertTrue(2 * 3.2 * UNIT + 1.5 * UNIT + oneLine > width, "one line is too wide for the largest cells");
        assertEquals(3.2 * UNIT, board.scale(width, 200, CONTEXT), 1e-9);
        List<Rectangle2D> boxes = board.captionBoxes(width, 200, CONTEXT);
        assertTrue(boxes.get(1).getHeight() > Captions.LINE * UNIT, "the caption takes two lines: " + boxes.get(1));
        assertTrue(boxes.get(1).getWidth() < oneLine && boxes.get(1).getMaxX() <= width, "within the width");
        assertTrue(!boxes.get(0).intersects(boxes.get(1)), "the captions keep apart");
        // where the cells are as large on one line, the caption keeps to one
        assertEquals(boxes.get(0).getHeight(), board.captionBoxes(400, 200, CONTEXT).get(1).getHeight(), 1e-9);
    }

    @Test
    void aHeatMapMustCoverItsGridCellForCell() {
        HeatMap heat = new HeatMap(new float[4], 2, 2);
        BoardGrid grid = BoardGrid.of(Message.of("g"), Role.OUTPUT, 0, new float[9], 3, 3, Role.OUTPUT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> grid.withHeat(heat, 4));
        assertTrue(e.getMessage().contains("cell for cell"), e.getMessage());
    }
}
