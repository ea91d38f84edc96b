package org.convatlas.lesson.transposed;

import static org.convatlas.lesson.transposed.TransposedConvolutionLesson.PADDING;
import static org.convatlas.lesson.transposed.TransposedConvolutionLesson.VIEW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.grid.InputPattern;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.HitMappedFigure;
import org.convatlas.render.PairedFigure;
import org.convatlas.render.Role;
import org.convatlas.render.grid.SlidingWindowFigure;
import org.junit.jupiter.api.Test;

class TransposedConvolutionLessonTest {

    private final TransposedConvolutionLesson lesson = new TransposedConvolutionLesson();
    private final LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());

    /** A preset with the output size it must give and the first line of its formula. */
    private record Expected(Preset preset, int outputSize, String heightLine) {
    }

    private static final List<Expected> PRESETS = List.of(
            new Expected(TransposedConvolutionLesson.STRIDE_1, 4, "H_o = (2 - 1)\\cdot 1 - 0 - 0 + 1\\cdot(3 - 1) + 0 + 1 = 4"),
            new Expected(TransposedConvolutionLesson.STRIDE_2, 5, "H_o = (2 - 1)\\cdot 2 - 0 - 0 + 1\\cdot(3 - 1) + 0 + 1 = 5"),
            new Expected(TransposedConvolutionLesson.UPSAMPLER, 4, "H_o = (2 - 1)\\cdot 2 - 1 - 1 + 1\\cdot(4 - 1) + 0 + 1 = 4"),
            new Expected(TransposedConvolutionLesson.UNEVEN, 6, "H_o = (3 - 1)\\cdot 2 - 1 - 1 + 1\\cdot(3 - 1) + 1 + 1 = 6"));

    private TransposedConvolutionPlayback playback() {
        return (TransposedConvolutionPlayback) vm.playbackProperty().get();
    }

    private static Figure unwrapped(Figure figure) {
        return figure instanceof HitMappedFigure mapped ? mapped.figure() : figure;
    }

    @Test
    void everyPresetPlaysTheEnginesNumbersInEveryPicture() {
        for (Expected e : PRESETS) {
            vm.apply(e.preset());
            String name = e.preset().labelKey();
            TransposedConvolution engine = TransposedConvolutionLesson.convolution(vm.valuesProperty().get());
            Tensor x = engine.input();
            Tensor w = engine.weights();
            Tensor y = ConvTranspose2d.apply(x, w, null, engine.params());
            assertArrayEquals(new int[] {1, e.outputSize(), e.outputSize()}, y.shape(), name);
            long scattered = Counts.convTranspose2d(x.shape(), w.shape(), false, engine.params()).multiplies();
            long useful = Counts.convTranspose2dProductsInOutput(x.shape(), w.shape(), engine.params());
            long implied = Counts.convTranspose2dZeroInsertion(x.shape(), w.shape(), engine.params());
            assertTrue(vm.formulaProperty().get().contains(e.heightLine()), name + ": " + vm.formulaProperty().get());
            for (TransposedView view : TransposedView.values()) {
                vm.set(VIEW, view);
                TransposedConvolutionPlayback playback = playback();
                List<Message> counts = vm.countsProperty().get();
                assertEquals(Message.of("counts.transposed.useful", useful), counts.get(1), name);
                assertEquals(Message.of("counts.transposed.implied", implied), counts.get(2), name);
                assertEquals(Message.of("counts.transposed.wasted", 1 - (double) useful / implied), counts.get(3), name);
                assertEquals(Message.of("counts.outputSize", e.outputSize(), e.outputSize()), counts.get(4), name);
                long steps = view == TransposedView.SCATTER ? x.size() : y.size();
                assertEquals(steps, playback.stepCount(), name + " " + view);
                Frame last = playback.frame(steps - 1);
                long played = view == TransposedView.SCATTER ? scattered : implied;
                assertEquals(Message.of("counts.multiplies", played, played), last.counts().get(0), name + " " + view);
                if (view == TransposedView.SCATTER) {
                    assertEquals(0, y.maxAbsDifference(playback.scatter().partialOutputAfter(steps - 1)), 1e-4);
                    assertInstanceOf(ScatterFigure.class, last.figure());
                } else {
                    for (long step = 0; step < steps; step++) {
                        assertEquals(y.data()[(int) step], playback.gather().step(step).result(), 1e-4, name);
                    }
                }
            }
        }
    }

    @Test
    void theUpsamplerKeeps36ProductsOfTheScatters64AndTheZeroInsertionPictureWastes86Percent() {
        vm.apply(TransposedConvolutionLesson.UPSAMPLER);
        vm.set(VIEW, TransposedView.SCATTER);
        List<Message> counts = playback().frame(playback().stepCount() - 1).counts();
        assertEquals(List.of(Message.of("counts.multiplies", 64L, 64L), Message.of("counts.transposed.useful", 36L),
                Message.of("counts.transposed.implied", 256L), Message.of("counts.transposed.wasted", 0.859375)),
                counts.subList(0, 4), "each input cell stamps 16 products, 7 in the ring the padding cuts away");
    }

    @Test
    void bothPicturesShowTheSameSumOneWithItsZerosAndOneWithout() {
        vm.apply(TransposedConvolutionLesson.STRIDE_2);
        vm.set(VIEW, TransposedView.BOTH);
        vm.transport().goTo(6); // y[1,1] = x[0,0]·w[1,1] = 1·5
        PairedFigure both = (PairedFigure) vm.frameProperty().get().figure();
        SlidingWindowFigure zeroInsertion = (SlidingWindowFigure) unwrapped(both.first());
        ScatterFigure scatter = (ScatterFigure) both.second();
        assertEquals("y[1,1] = 1\u00B75 = 5", scatter.stripText());
        assertTrue(zeroInsertion.stripText().startsWith("y[1,1] = 0\u00B79 + 0\u00B78 + "), zeroInsertion.stripText());
        assertTrue(zeroInsertion.stripText().endsWith(" = 5"), zeroInsertion.stripText());
    }

    @Test
    void anInputCellShowsItsStampAndTheOutputsThatReadIt() {
        vm.apply(TransposedConvolutionLesson.STRIDE_2);
        vm.set(VIEW, TransposedView.BOTH);
        Frame frame = playback().probe(0, new Hit(Role.INPUT, Coordinates.of(0, 0, 1)));
        PairedFigure both = (PairedFigure) frame.figure();
        ScatterFigure stamp = (ScatterFigure) both.second();
        assertTrue(stamp.stripText().startsWith("x[0,1] = 2:  y[0,2] += 2\u00B71, y[0,3] += 2\u00B72, "),
                stamp.stripText());
        SlidingWindowFigure readers = (SlidingWindowFigure) unwrapped(both.first());
        assertTrue(readers.stripText().startsWith("x[0,2] = 2 \u2192 y[0,2], y[0,3], y[0,4], y[1,2], "),
                "the input at (0, 1) sits at (0, 2) of the zero-inserted grid: " + readers.stripText());

        vm.set(VIEW, TransposedView.SCATTER);
        Frame output = playback().probe(0, new Hit(Role.OUTPUT, Coordinates.of(0, 2, 2)));
        assertEquals("y[2,2] = 1\u00B79 + 2\u00B77 + 3\u00B73 + 4\u00B71 = 36", ((ScatterFigure) output.figure()).stripText());
    }

    @Test
    void thePaddingMayNotCropTheZeroInsertedGrid() {
        vm.apply(TransposedConvolutionLesson.STRIDE_1);
        vm.set(TransposedConvolutionLesson.SIZE, 6);
        vm.set(PADDING, 3); // the output, 5 − 6 + 2 + 1 = 2 cells, is fine; the picture is not
        assertEquals(Message.of("inspector.invalid", "padding 3 is more than dilation\u00B7(kernel \u2212 1) = 2: the "
                + "zero-insertion picture would crop its input; lower the padding"), vm.problemProperty().get());
        vm.set(PADDING, 2);
        assertNull(vm.problemProperty().get());
        assertEquals(Message.of("counts.outputSize", 4, 4), vm.countsProperty().get().get(4));
    }

    @Test
    void everySmallSetOfValuesEitherPlaysOrIsRefusedInWords() {
        int played = 0;
        for (int size = 1; size <= 3; size++) {
            for (int k = 1; k <= 4; k++) {
                for (int stride = 1; stride <= 3; stride++) {
                    for (int padding = 0; padding <= 2; padding++) {
                        for (int outputPadding = 0; outputPadding <= 2; outputPadding++) {
                            TransposedConvolution engine = new TransposedConvolution(
                                    InputPattern.COUNTING.tensor(size, size), TransposedConvolutionLesson.countingKernel(k),
                                    new ConvTranspose2dParams(Window2d.of(stride, padding, 1), outputPadding,
                                            outputPadding, 1));
                            for (TransposedView view : TransposedView.values()) {
                                TransposedConvolutionPlayback playback;
                                try {
                                    playback = new TransposedConvolutionPlayback(engine, view);
                                } catch (InvalidArgumentException refused) {
                                    assertTrue(!refused.getMessage().isBlank());
                                    continue;
                                }
                                long last = playback.stepCount() - 1;
                                playback.frame(0);
                                playback.frame(last);
                                playback.probe(last, new Hit(Role.INPUT, Coordinates.of(0, size - 1, size - 1)));
                                playback.probe(0, new Hit(Role.OUTPUT, Coordinates.of(0, 0, 0)));
                                played++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(played > 300, "most values play: " + played);
    }
}
