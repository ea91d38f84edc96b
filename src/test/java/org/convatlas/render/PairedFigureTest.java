package org.convatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import org.convatlas.compute.trace.Coordinates;
import org.junit.jupiter.api.Test;

class PairedFigureTest {

    private static final DrawContext CONTEXT = new DrawContext(Palette.LIGHT, Font.font(10), Role::name);

    /** A figure that answers every point with the point and its area, in its own coordinates, under its role. */
    private record Echo(Role role) implements Figure {

        @Override
        public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(role);
        }

        @Override
        public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
            return Optional.of(new Hit(role, Coordinates.of((int) x, (int) y, (int) width, (int) height)));
        }
    }

    private final PairedFigure pair = new PairedFigure(new Echo(Role.INPUT), new Echo(Role.OUTPUT));

    @Test
    void aWideAreaPutsTheHalvesSideBySide() {
        // 1000 x 300: halves of (1000 − 15) / 2 = 492 x 300, the second from x = 508
        assertEquals(Optional.of(new Hit(Role.INPUT, Coordinates.of(100, 50, 492, 300))),
                pair.hitTest(100, 50, 1000, 300, CONTEXT));
        assertEquals(Optional.of(new Hit(Role.OUTPUT, Coordinates.of(92, 50, 492, 300))),
                pair.hitTest(600, 50, 1000, 300, CONTEXT));
        assertEquals(Optional.empty(), pair.hitTest(500, 50, 1000, 300, CONTEXT), "between the halves");
    }

    @Test
    void anAreaLessThanThreeTimesAsWideAsTallPutsTheFirstAboveTheSecond() {
        // 800 x 600: halves of 800 x (600 − 15) / 2 = 292, the second from y = 308
        assertEquals(Optional.of(new Hit(Role.INPUT, Coordinates.of(700, 100, 800, 292))),
                pair.hitTest(700, 100, 800, 600, CONTEXT));
        assertEquals(Optional.of(new Hit(Role.OUTPUT, Coordinates.of(700, 92, 800, 292))),
                pair.hitTest(700, 400, 800, 600, CONTEXT));
    }

    @Test
    void theHalvesGoWhereTheFiguresAreDrawnLarger() {
        // figures of grids 20 cells wide and 4 high: in 1000 x 600 side by side gives cells of 492 / 20 = 24.6,
        // one above the other min(1000 / 20, 292 / 4) = 50
        PairedFigure rows = new PairedFigure(new Cells(Role.INPUT, 20, 4), new Cells(Role.OUTPUT, 20, 4));
        assertEquals(Optional.of(new Hit(Role.OUTPUT, Coordinates.of(100, 8, 1000, 292))),
                rows.hitTest(100, 316, 1000, 600, CONTEXT), "one above the other");
        // figures 2 cells wide and 10 high: side by side min(492 / 2, 600 / 10) = 60, else min(1000 / 2, 29.2)
        PairedFigure columns = new PairedFigure(new Cells(Role.INPUT, 2, 10), new Cells(Role.OUTPUT, 2, 10));
        assertEquals(Optional.of(new Hit(Role.OUTPUT, Coordinates.of(92, 100, 492, 600))),
                columns.hitTest(600, 100, 1000, 600, CONTEXT), "side by side, though not three times as wide");
    }

    /** An echo that draws a grid of {@code columns × rows} square cells as large as fit. */
    private record Cells(Role role, int columns, int rows) implements Figure {

        @Override
        public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        }

        @Override
        public double scale(double width, double height, DrawContext context) {
            return Math.min(width / columns, height / rows);
        }

        @Override
        public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
            return new Echo(role).hitTest(x, y, width, height, context);
        }
    }

    @Test
    void theLegendShowsTheRolesOfBoth() {
        assertEquals(EnumSet.of(Role.INPUT, Role.OUTPUT), pair.roles());
    }
}
