package org.convatlas.lesson.correlation;

import static org.convatlas.lesson.correlation.CorrelationVsConvolutionLesson.FLIP;
import static org.convatlas.lesson.correlation.CorrelationVsConvolutionLesson.SIZE;
import static org.convatlas.lesson.grid.GridLessons.figure;
import static org.convatlas.lesson.grid.GridLessons.results;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Palette;
import org.junit.jupiter.api.Test;

class CorrelationVsConvolutionLessonTest {

    private final LessonViewModel vm = new LessonViewModel(new CorrelationVsConvolutionLesson(),
            TaskExecutor.currentThread());

    private static float[] negated(float[] values) {
        float[] negated = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return negated;
    }

    @Test
    void onAnImpulseCorrelationPrintsTheKernelRotatedAndConvolutionAsItIs() {
        vm.apply(CorrelationVsConvolutionLesson.IMPULSE_CORRELATION);
        assertArrayEquals(new float[] {9, 8, 7, 6, 5, 4, 3, 2, 1}, results(vm));
        assertEquals(Message.of("counts.operation.correlation"), vm.countsProperty().get().get(3));
        vm.apply(CorrelationVsConvolutionLesson.IMPULSE_CONVOLUTION);
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, results(vm));
        assertEquals(Message.of("counts.operation.convolution"), vm.countsProperty().get().get(3));
        assertEquals(Message.of("counts.multiplies", 9L, 81L), vm.countsProperty().get().get(0));
    }

    @Test
    void theRotatedKernelIsShownOnlyWhenFlipped() {
        DrawContext keys = new DrawContext(Palette.LIGHT, Font.font(16), role -> "", Message::key);
        assertFalse(figure(vm.frameProperty().get()).describe(keys).contains("figure.kernelRotated"));
        vm.set(FLIP, true);
        assertTrue(figure(vm.frameProperty().get()).describe(keys).contains("figure.kernelRotated"));
    }

    @Test
    void sobelOnAnEdgeOnlyChangesSignAndASymmetricKernelNothing() {
        vm.apply(CorrelationVsConvolutionLesson.EDGE_SOBEL);
        vm.set(FLIP, false);
        float[] correlated = results(vm);
        assertTrue(correlated[1] != 0, "the edge shows");
        vm.set(FLIP, true);
        assertArrayEquals(negated(correlated), results(vm), 0, "0 and -0 alike");

        vm.apply(CorrelationVsConvolutionLesson.SYMMETRIC);
        float[] convolved = results(vm);
        vm.set(FLIP, false);
        assertArrayEquals(convolved, results(vm));
    }

    @Test
    void theFormulaReadsTheKernelForwardsOrBackwards() {
        vm.transport().goTo(5);
        assertEquals("y[1,2] = \\sum_{m,n} x[1+m,\\,2+n]\\; w[m,\\,n]", vm.formulaProperty().get());
        vm.set(FLIP, true);
        vm.transport().goTo(5);
        assertEquals("y[1,2] = \\sum_{m,n} x[1+m,\\,2+n]\\; w[2-m,\\,2-n]", vm.formulaProperty().get());
    }

    @Test
    void anInputSmallerThanTheKernelIsExplained() {
        vm.set(SIZE, 2);
        assertEquals(Message.of("inspector.invalid",
                "kernel reach 3 exceeds padded input 2 (height); add padding or enlarge the input"),
                vm.problemProperty().get());
    }
}
