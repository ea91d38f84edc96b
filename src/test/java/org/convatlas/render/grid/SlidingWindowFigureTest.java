package org.convatlas.render.grid;

import static org.convatlas.render.Pixels.assertColor;
import static org.convatlas.render.Pixels.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Pixels;
import org.convatlas.render.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figure of the classic worked example and its variants, from the engine's traces. */
class SlidingWindowFigureTest {

    private static final String DOT = "\u00B7";
    private static final String MINUS = "\u2212";
    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    private static final DrawContext CONTEXT = new DrawContext(Palette.LIGHT, Font.font(16),
            role -> role.name().toLowerCase(), message -> message.key() + message.arguments());
    private static final SlidingWindow.Captions CAPTIONS = new SlidingWindow.Captions(Message.of("in", 4),
            Message.of("k"), Message.of("rot"), Message.of("out"));

    private static final Tensor CLASSIC_INPUT =
            Tensor.of(new float[] {1, 2, 0, 3, 0, 1, 2, 1, 3, 1, 0, 2, 2, 0, 1, 1}, 1, 4, 4);
    private static final Tensor CLASSIC_KERNEL = Tensor.of(new float[] {1, 0, -1, 2, 1, 0, 0, -1, 1}, 1, 1, 3, 3);

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        Pixels.startJavaFx();
    }

    /** The trace of {@code x} and {@code w} over {@code window}, holes shown, and its figures. */
    private record Example(Trace<WeightedSumStep> trace, SlidingWindow scene) {

        static Example of(Tensor x, Tensor w, Tensor b, Window2d window, boolean rotated) {
            Conv2dParams params = Conv2dParams.DEFAULT.withWindow(window).withFlip(rotated);
            Trace<WeightedSumStep> trace = Traces.conv2dWithDilationHoles(x, w, b, params);
            return new Example(trace, new SlidingWindow(x, w, window, rotated, trace.output(), CAPTIONS));
        }

        static Example classic(Window2d window) {
            return of(CLASSIC_INPUT, CLASSIC_KERNEL, null, window, false);
        }

        SlidingWindowFigure figure(long step) {
            return scene.step(trace.step(step), step);
        }
    }

    private static SlidingWindowLayout layoutOf(Example example) {
        return example.figure(0).layout(WIDTH, HEIGHT, CONTEXT).orElseThrow();
    }

    @Test
    void theStripWritesTheStepsSumWithItsRealNumbers() {
        Example classic = Example.classic(Window2d.DEFAULT);
        assertEquals("y[0,0] = 1" + DOT + "1 + 2" + DOT + "0 + 0" + DOT + "(" + MINUS + "1) + 0" + DOT + "2 + 1" + DOT
                + "1 + 2" + DOT + "0 + 3" + DOT + "0 + 1" + DOT + "(" + MINUS + "1) + 0" + DOT + "1 = 1",
                classic.figure(0).stripText());
        assertEquals("y[1,1] = 1" + DOT + "1 + 2" + DOT + "0 + 1" + DOT + "(" + MINUS + "1) + 1" + DOT + "2 + 0" + DOT
                + "1 + 2" + DOT + "0 + 0" + DOT + "0 + 1" + DOT + "(" + MINUS + "1) + 1" + DOT + "1 = 2",
                classic.figure(3).stripText());
    }

    @Test
    void theStripGivesTheBiasAndLeavesDilationHolesOut() {
        Tensor bias = Tensor.of(new float[] {0.5f}, 1);
        Example biased = Example.of(CLASSIC_INPUT, CLASSIC_KERNEL, bias, Window2d.DEFAULT, false);
        assertTrue(biased.figure(0).stripText().endsWith(" + 0" + DOT + "1 + 0.5 = 1.5"),
                biased.figure(0).stripText());

        Tensor fiveByFive = Tensor.filled(1, 1, 5, 5);
        Example dilated = Example.of(fiveByFive, CLASSIC_KERNEL, null, Window2d.of(1, 0, 2), false);
        WeightedSumStep step = dilated.trace().step(0);
        assertEquals(25, step.taps().size(), "the trace lists the holes");
        assertEquals(9, dilated.figure(0).stripText().split("\\+").length, "the strip does not");
    }

    @Test
    void paddingTapsReadZero() {
        Example padded = Example.classic(Window2d.of(1, 1, 1));
        assertTrue(padded.figure(0).stripText().startsWith("y[0,0] = 0" + DOT + "1 + 0" + DOT + "0 + 0" + DOT + "("
                + MINUS + "1) + 0" + DOT + "2 + 1" + DOT + "1"), padded.figure(0).stripText());
    }

    @Test
    void theReadersOfAnInputCellAreListed() {
        Example classic = Example.classic(Window2d.DEFAULT);
        BitSet all = new BitSet();
        all.set(0, 4);
        assertEquals("x[1,1] = 1 \u2192 y[0,0], y[0,1], y[1,0], y[1,1]",
                classic.scene().readers(new GridCell(1, 1), all, 0).stripText());
        assertEquals("x[" + MINUS + "1,0] = 0 \u2192 \u2014",
                classic.scene().readers(new GridCell(-1, 0), new BitSet(), 0).stripText());
        assertEquals(Optional.empty(), classic.scene().readers(new GridCell(1, 1), all, 0).step());
    }

    @Test
    void theFigureSaysWhatItShows() {
        String words = Example.classic(Window2d.DEFAULT).figure(0).describe(CONTEXT);
        assertTrue(words.startsWith("in[4], k[], out[]. y[0,0] = "), words);
        String rotated = Example.of(CLASSIC_INPUT, CLASSIC_KERNEL, null, Window2d.DEFAULT, true).figure(0)
                .describe(CONTEXT);
        assertTrue(rotated.startsWith("in[4], k[], rot[], out[]. "), rotated);
    }

    @Test
    void theLegendListsPaddingAndHolesOnlyWhenThereAreSome() {
        assertEquals(EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT),
                Example.classic(Window2d.DEFAULT).figure(0).roles());
        Example both = Example.of(Tensor.filled(1, 1, 6, 6), CLASSIC_KERNEL, null, Window2d.of(1, 1, 2), false);
        assertTrue(both.figure(0).roles().containsAll(EnumSet.of(Role.PADDING, Role.DILATION_HOLE)));
    }

    @Test
    void hitTestNamesTheCellUnderThePoint() {
        Example padded = Example.classic(Window2d.of(1, 1, 1));
        SlidingWindowFigure figure = padded.figure(0);
        SlidingWindowLayout layout = layoutOf(padded);
        GridGeometry out = layout.output();
        assertEquals(Optional.of(new Hit(Role.OUTPUT, Coordinates.of(0, 3, 2))),
                figure.hitTest(out.centreX(2), out.centreY(3), WIDTH, HEIGHT, CONTEXT));
        GridGeometry in = layout.input();
        assertEquals(Optional.of(new Hit(Role.INPUT, Coordinates.of(0, -1, 4))),
                figure.hitTest(in.centreX(4), in.centreY(-1), WIDTH, HEIGHT, CONTEXT), "a cell of the padding ring");
        GridGeometry k = layout.kernel();
        assertEquals(Optional.of(new Hit(Role.KERNEL, Coordinates.of(0, 0, 2, 0))),
                figure.hitTest(k.centreX(0), k.centreY(2), WIDTH, HEIGHT, CONTEXT));
        assertEquals(Optional.empty(), figure.hitTest((in.right() + k.left()) / 2, k.centreY(1), WIDTH, HEIGHT,
                CONTEXT), "the gap between grids");
    }

    @Test
    void aCellOfTheRotatedKernelIsNamedByTheWeightItHolds() {
        Example flipped = Example.of(CLASSIC_INPUT, CLASSIC_KERNEL, null, Window2d.DEFAULT, true);
        GridGeometry rotated = layoutOf(flipped).rotated();
        assertEquals(Optional.of(new Hit(Role.KERNEL, Coordinates.of(0, 0, 2, 1))),
                flipped.figure(0).hitTest(rotated.centreX(1), rotated.centreY(0), WIDTH, HEIGHT, CONTEXT));
    }

    @Test
    void theOutputFillsInUpToTheStepWhichIsHighlighted() {
        Example classic = Example.classic(Window2d.DEFAULT);
        WritableImage image = Pixels.paint(WIDTH, HEIGHT, g -> classic.figure(2).draw(g, WIDTH, HEIGHT, CONTEXT));
        GridGeometry out = layoutOf(classic).output();
        GridGeometry in = layoutOf(classic).input();
        double inset = out.cell() * 0.2;
        assertColor(Palette.LIGHT.tint(Role.OUTPUT), at(image, out.x(1) + inset, out.y(0) + inset), "written");
        assertColor(Palette.LIGHT.tint(Role.HIGHLIGHT), at(image, out.x(0) + inset, out.y(1) + inset), "the step");
        assertColor(Palette.LIGHT.background(), at(image, out.x(1) + inset, out.y(1) + inset), "not yet written");
        assertColor(Palette.LIGHT.tint(Role.INPUT), at(image, in.x(3) + inset, in.y(0) + inset), "outside the window");
        assertColor(Palette.LIGHT.color(Role.HIGHLIGHT), at(image, in.x(0) + 1, in.y(1) + out.cell() / 2),
                "the window's outline");
    }

    @Test
    void largeGridsAreHeatMaps() {
        float[] counting = new float[32 * 32];
        for (int i = 0; i < counting.length; i++) {
            counting[i] = i;
        }
        Example large = Example.of(Tensor.of(counting, 1, 32, 32), CLASSIC_KERNEL, null, Window2d.DEFAULT, false);
        WritableImage image = Pixels.paint(WIDTH, HEIGHT, g -> large.figure(100).draw(g, WIDTH, HEIGHT, CONTEXT));
        GridGeometry out = layoutOf(large).output();
        assertNotEquals(Palette.LIGHT.background(), at(image, out.centreX(5), out.centreY(0)), "an early output");
        assertColor(Palette.LIGHT.background(), at(image, out.centreX(5), out.centreY(20)), "a late output, blank");
        assertFalse(GridPainter.showsNumbers(32, 32, out.cell(), CONTEXT));
    }

    @Test
    void onlyOneChannelIsDrawn() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> new SlidingWindow(
                Tensor.zeros(2, 4, 4), CLASSIC_KERNEL, Window2d.DEFAULT, false, Tensor.zeros(1, 2, 2), CAPTIONS));
        assertEquals("input must be one channel, [H, W] or [1, H, W] (got shape [2, 4, 4])", e.getMessage());
    }
}
