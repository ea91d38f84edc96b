package org.convatlas.render;

import static org.convatlas.render.Pixels.assertColor;
import static org.convatlas.render.Pixels.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.render.chrome.Legend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Draws on a real canvas, headless, and reads the pixels back. */
class StagePainterTest {

    private static final int UNIT = 20;
    private static final DrawContext CONTEXT =
            new DrawContext(Palette.LIGHT, Font.font(UNIT), role -> role.name().toLowerCase());

    /** A figure that fills its whole area with the output colour and lists two roles. */
    private static final Figure BLOCK = new Figure() {
        @Override
        public void draw(GraphicsContext g, double width, double height, DrawContext context) {
            g.setFill(context.palette().color(Role.OUTPUT));
            g.fillRect(0, 0, width, height);
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.INPUT, Role.KERNEL);
        }
    };

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        Pixels.startJavaFx();
    }

    private static WritableImage paint(Figure figure, int width, int height) {
        return Pixels.paint(width, height, g -> StagePainter.paint(g, width, height, figure, CONTEXT));
    }

    @Test
    void figureGetsTheStageLessMarginAndLegend() {
        WritableImage image = paint(BLOCK, 400, 300);
        Color output = Palette.LIGHT.color(Role.OUTPUT);
        assertColor(Palette.LIGHT.background(), at(image, UNIT / 2.0, UNIT / 2.0), "margin");
        assertColor(output, at(image, UNIT + 1, UNIT + 1), "figure's top-left");
        assertColor(output, at(image, 400 - UNIT - 2, 300 - 2 * UNIT - 1.5 * UNIT - 2), "figure's bottom-right");
        assertColor(Palette.LIGHT.background(), at(image, 400 - UNIT - 2, 300 - UNIT - 1.5 * UNIT - UNIT / 2.0),
                "gap above the legend");
    }

    @Test
    void legendShowsEachRoleSwatchInOrder() {
        WritableImage image = paint(BLOCK, 400, 300);
        double swatchTop = 300 - UNIT - 1.5 * UNIT;
        assertColor(Palette.LIGHT.tint(Role.INPUT), at(image, UNIT + UNIT / 2.0, swatchTop + UNIT / 2.0), "input");
        double kernelLeft = UNIT + new Legend(EnumSet.of(Role.INPUT), 1000, CONTEXT).width() + UNIT;
        assertColor(Palette.LIGHT.tint(Role.KERNEL), at(image, kernelLeft + UNIT / 2.0, swatchTop + UNIT / 2.0),
                "kernel");
    }

    @Test
    void noRolesNoLegend() {
        WritableImage image = paint(Figure.NONE, 200, 100);
        for (int y = 0; y < 100; y += 5) {
            assertColor(Palette.LIGHT.background(), at(image, 100, y), "y " + y);
        }
    }

    @Test
    void hitTestAsksTheFigureInItsOwnCoordinates() {
        Figure corner = new Figure() {
            @Override
            public void draw(GraphicsContext g, double width, double height, DrawContext context) {
            }

            @Override
            public Set<Role> roles() {
                return EnumSet.of(Role.INPUT);
            }

            @Override
            public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
                return Optional.of(new Hit(Role.INPUT, Coordinates.of((int) x, (int) y, (int) width, (int) height)));
            }
        };
        Hit hit = StagePainter.hitTest(corner, 25, 30, 400, 300, CONTEXT).orElseThrow();
        assertEquals(Coordinates.of(25 - UNIT, 30 - UNIT, 400 - 2 * UNIT, (int) (300 - 3 * UNIT - 1.5 * UNIT)),
                hit.at(), "less the margin; the figure's area less the margins and the legend");
        assertEquals(Optional.empty(), StagePainter.hitTest(Figure.NONE, 25, 30, 400, 300, CONTEXT));
    }

    @Test
    void legendWrapsWhenTheRowIsFull() {
        Legend oneLine = new Legend(EnumSet.of(Role.INPUT, Role.KERNEL), 1000, CONTEXT);
        Legend wrapped = new Legend(EnumSet.allOf(Role.class), 3 * UNIT, CONTEXT);
        assertEquals(1.5 * UNIT, oneLine.height());
        assertEquals(Role.values().length * 1.5 * UNIT, wrapped.height());
    }
}
