package org.convatlas.lesson.checkerboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.Counts;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.TransposedOverlap;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Boards;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.BoardGrid;
import org.junit.jupiter.api.Test;

class CheckerboardLessonTest {

    private static final String KEYS = "lesson." + CheckerboardLesson.ID + ".";
    private final CheckerboardLesson lesson = new CheckerboardLesson();
    private final LessonViewModel vm = new LessonViewModel(lesson, TaskExecutor.currentThread());

    @Test
    void everyLayerUpsamplesByExactlyItsStride() {
        for (int k = 1; k <= 6; k++) {
            for (int s = 1; s <= 4; s++) {
                UpsamplingLayer layer = new UpsamplingLayer(k, s);
                assertEquals(7 * s, ConvArithmetic.transposedOutputSize("height", 7, layer.padBefore(),
                        layer.padAfter(), k, s, 1, layer.outputPadding()), "k " + k + ", s " + s);
            }
        }
    }

    /** Stride 1, an even kernel too: the engine plays it, every interior cell written alike. */
    @Test
    void strideOneIsTheFirstRemedyForEveryKernel() {
        vm.apply(CheckerboardLesson.STRIDE_ONE);
        vm.set(CheckerboardLesson.INPUT_SIZE, CheckerboardLesson.INPUT_SIZE.max());
        for (int k = 1; k <= CheckerboardLesson.KERNEL_SIZE.max(); k++) {
            vm.set(CheckerboardLesson.KERNEL_SIZE, k);
            assertNull(vm.problemProperty().get(), "k " + k);
            assertEquals(Message.of(KEYS + "counts.even", k, 1), vm.countsProperty().get().get(2));
        }
    }

    @Test
    void everyPresetShowsTheEnginesOverlapAndItsReason() {
        for (Preset preset : lesson.presets()) {
            vm.apply(preset);
            ParameterValues v = vm.valuesProperty().get();
            int k = v.get(CheckerboardLesson.KERNEL_SIZE);
            int s = v.get(CheckerboardLesson.STRIDE);
            int n = v.get(CheckerboardLesson.INPUT_SIZE);
            Playback playback = vm.playbackProperty().get();
            assertEquals((long) v.get(CheckerboardLesson.LAYERS), playback.stepCount());
            for (int step = 0; step < playback.stepCount(); step++) {
                TransposedOverlap overlap = TransposedOverlap.ofStack(n, n,
                        Collections.nCopies(step + 1, new UpsamplingLayer(k, s).overlapLayer()));
                Frame frame = playback.frame(step);
                assertEquals(Message.of(KEYS + "counts.unevenness", NumberText.of(overlap.unevenness())),
                        frame.counts().get(1), preset.labelKey());
                assertEquals(Message.of(KEYS + (k % s == 0 ? "counts.even" : "counts.uneven"), k, s),
                        frame.counts().get(2));
                BoardGrid shown = Boards.board(frame).grids().get(step == 0 ? 0 : 1);
                Tensor counts = overlap.counts();
                for (int i = 0; i < counts.size(); i++) {
                    assertEquals(counts.data()[i], shown.values().at(i / counts.dim(1), i % counts.dim(1)));
                }
            }
        }
    }

    @Test
    void theThreeMethodsAreTheEnginesAndCountedByIt() {
        vm.apply(CheckerboardLesson.UNEVEN);
        CheckerboardPlayback playback = (CheckerboardPlayback) vm.playbackProperty().get();
        Tensor crop = playback.crop();
        UpsamplingLayer layer = new UpsamplingLayer(3, 2);
        Tensor weights = Tensor.filled(4f / 9, 3, 1, 3, 3);
        Tensor expected = ConvTranspose2d.apply(crop, weights, null, layer.params(3));
        assertEquals(0, expected.maxAbsDifference(playback.picture(UpsamplingMethod.TRANSPOSED, 1)));
        assertEquals(2 * crop.dim(1), playback.picture(UpsamplingMethod.PIXEL_SHUFFLE, 1).dim(1));
        assertEquals(4 * crop.dim(1), playback.picture(UpsamplingMethod.RESIZE_CONVOLUTION, 2).dim(1));
        long transposed = Counts.convTranspose2d(crop.shape(), weights.shape(), false, layer.params(3)).multiplies();
        assertEquals(Message.of(KEYS + "counts.multiplies.transposed", transposed), vm.countsProperty().get().get(3));
    }

    @Test
    void onAnEvenGreyOnlyTheTransposedConvolutionWithAnUnevenOverlapLeavesACheckerboard() {
        InputImage grey = InputImage.of("grey", Tensor.filled(0.5f, 3, 40, 40));
        for (Preset preset : lesson.presets()) {
            vm.apply(preset);
            vm.set(CheckerboardLesson.IMAGE, grey);
            CheckerboardPlayback playback = (CheckerboardPlayback) vm.playbackProperty().get();
            int k = vm.valuesProperty().get().get(CheckerboardLesson.KERNEL_SIZE);
            int s = vm.valuesProperty().get().get(CheckerboardLesson.STRIDE);
            for (UpsamplingMethod method : UpsamplingMethod.values()) {
                Tensor picture = playback.picture(method, 2);
                double[] range = interiorRange(picture, picture.dim(1) / 4);
                boolean checkerboard = range[1] - range[0] > 1e-5;
                assertEquals(method == UpsamplingMethod.TRANSPOSED && k % s != 0, checkerboard,
                        preset.labelKey() + " " + method + ": " + range[0] + " to " + range[1]);
            }
        }
    }

    /**
     * {@code {min, max}} of the picture's values at least {@code border} pixels from every edge, out of reach of the
     * padding of either layer.
     */
    private static double[] interiorRange(Tensor picture, int border) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < picture.dim(0); c++) {
            for (int y = border; y < picture.dim(1) - border; y++) {
                for (int x = border; x < picture.dim(2) - border; x++) {
                    min = Math.min(min, picture.get(c, y, x));
                    max = Math.max(max, picture.get(c, y, x));
                }
            }
        }
        assertTrue(min <= max, "the picture has an interior");
        return new double[] {min, max};
    }
}
