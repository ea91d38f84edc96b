package org.convatlas.render.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.text.Font;
import org.convatlas.compute.Conv2dParams;
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

/** A dilated kernel drawn spread at its dilation: weights {@code d} cells apart, the holes between them. */
class SpreadKernelTest {

    private static final DrawContext CONTEXT = new DrawContext(Palette.LIGHT, Font.font(16),
            role -> role.name().toLowerCase(), message -> message.key() + message.arguments());
    private static final SlidingWindow.Captions CAPTIONS = new SlidingWindow.Captions(Message.of("in"),
            Message.of("k"), Message.of("rot"), Message.of("out"));
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 500;

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        Pixels.startJavaFx();
    }

    @Test
    void aThreeByThreeKernelAtDilationTwoSpansFiveCellsAndOnlyItsWeightsAnswerThePointer() {
        Window2d window = Window2d.of(1, 0, 2);
        Tensor x = Tensor.zeros(1, 9, 9);
        Tensor w = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 1, 3, 3);
        Trace<WeightedSumStep> trace = Traces.conv2dWithDilationHoles(x, w, null,
                Conv2dParams.DEFAULT.withWindow(window));
        SlidingWindow scene = new SlidingWindow(x, w, window, false, true, trace.output(), CAPTIONS);
        assertEquals(5, scene.kernelRowsShown());
        assertEquals(5, scene.kernelColumnsShown());
        assertEquals(new GridCell(2, 4), scene.kernelCellOf(1, 2));
        assertEquals(Optional.empty(), scene.weightIn(new GridCell(1, 2)));

        SlidingWindowFigure figure = scene.step(trace.step(0), 0);
        GridGeometry kernel = figure.layout(WIDTH, HEIGHT, CONTEXT).orElseThrow().kernel();
        Set<Coordinates> weights = new HashSet<>();
        int holes = 0;
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                Optional<Hit> hit = figure.hitTest(kernel.centreX(c), kernel.centreY(r), WIDTH, HEIGHT, CONTEXT);
                if (hit.isPresent()) {
                    assertEquals(Role.KERNEL, hit.get().role());
                    assertEquals(Coordinates.of(0, 0, r / 2, c / 2), hit.get().at());
                    weights.add(hit.get().at());
                } else {
                    holes++;
                }
            }
        }
        assertEquals(9, weights.size());
        assertEquals(25 - 9, holes);
        assertTrue(figure.roles().contains(Role.DILATION_HOLE));
    }

    @Test
    void withoutSpreadingTheKernelKeepsItsOwnSize() {
        Window2d window = Window2d.of(1, 0, 2);
        Tensor x = Tensor.zeros(1, 9, 9);
        Tensor w = Tensor.zeros(1, 1, 3, 3);
        SlidingWindow scene = new SlidingWindow(x, w, window, false, Tensor.zeros(1, 5, 5), CAPTIONS);
        assertEquals(3, scene.kernelRowsShown());
        assertEquals(new GridCell(1, 2), scene.kernelCellOf(1, 2));
        assertEquals(Optional.of(new GridCell(1, 1)), scene.weightIn(new GridCell(1, 1)));
    }
}
