package org.convatlas.lesson.imagefilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.PaddingMode;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.SampleImage;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.image.PixelRegion;
import org.convatlas.render.image.ToneMap;
import org.junit.jupiter.api.Test;

/** The image lesson through its view model, checked against the engine's own {@link Conv2d#apply}. */
class ImageFilterLessonTest {

    private static final Kernel SOBEL_X = Kernel.of(3, 3, -1, 0, 1, -2, 0, 2, -1, 0, 1);
    /** Float sums in another order: the trace adds in {@code double}, the engine row by row in {@code float}. */
    private static final float TOLERANCE = 1e-5f;

    private final LessonViewModel vm = new LessonViewModel(new ImageFilterLesson(), TaskExecutor.currentThread());

    /** A picture of seeded random pixels. */
    private static InputImage randomImage(int height, int width, long seed) {
        Random random = new Random(seed);
        float[] data = new float[3 * height * width];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextFloat();
        }
        return InputImage.of("random.png", Tensor.of(data, 3, height, width));
    }

    /** The luminance {@code [1, H, W]} as the engine makes it, a 1 × 1 convolution. */
    private static Tensor luminance(Tensor rgb) {
        Tensor luma = Tensor.of(new float[] {0.299f, 0.587f, 0.114f}, 1, 3, 1, 1);
        return Conv2d.apply(rgb, luma, null, Conv2dParams.DEFAULT);
    }

    private static Tensor weights(Kernel kernel, int channels) {
        float[] data = new float[channels * kernel.rows() * kernel.columns()];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kernel.rows() * kernel.columns(); i++) {
                data[c * kernel.rows() * kernel.columns() + i] = kernel.weight(i / kernel.columns(),
                        i % kernel.columns());
            }
        }
        return Tensor.of(data, channels, 1, kernel.rows(), kernel.columns());
    }

    private FilteredImageFigure figure() {
        return (FilteredImageFigure) vm.frameProperty().get().figure();
    }

    private static void assertNotTrivial(Tensor t) {
        float max = 0;
        for (float v : t.data()) {
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max > 0.05, "the filtered picture is not all zeros");
    }

    @Test
    void sobelOnTheCameraManMatchesTheEngineAtEveryVisitedStep() {
        Tensor expected = Conv2d.apply(luminance(SampleImage.CAMERA.image().pixels()), weights(SOBEL_X, 1), null,
                Conv2dParams.DEFAULT);
        assertNotTrivial(expected);
        assertEquals(510L * 510, vm.transport().getStepCount());
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            long step = i == 0 ? vm.transport().getStepCount() - 1 : random.nextInt(510 * 510);
            vm.transport().goTo(step);
            int oy = (int) (step / 510);
            int ox = (int) (step % 510);
            FilteredImageFigure figure = figure();
            assertEquals(expected.get(0, oy, ox), figure.magnifier().step().result(), TOLERANCE, "step " + step);
            assertEquals(new PixelRegion(oy, ox, 3, 3), figure.input().mark(), "the window on the input");
            assertEquals(new PixelRegion(oy, ox, 1, 1), figure.output().mark(), "the pixel on the output");
        }
    }

    @Test
    void eachChannelIsFilteredOnItsOwnWithZeroPadding() {
        InputImage image = randomImage(6, 9, 3);
        Kernel kernel = Kernel.of(3, 2, 1, -2, 0.5f, 3, -1, 0.25f);
        vm.set(ImageFilterLesson.IMAGE, image);
        vm.set(ImageFilterLesson.KERNEL, kernel);
        vm.set(ImageFilterLesson.CHANNELS, ImageChannels.PER_CHANNEL);
        vm.set(ImageFilterLesson.PADDING, PaddingMode.SAME);

        Window2d same = Window2d.DEFAULT.withPads(PaddingMode.SAME.resolve(6, 9, 3, 2, 1, 1, 1, 1));
        Tensor expected = Conv2d.apply(image.pixels(), weights(kernel, 3), null, new Conv2dParams(same, 3, false));
        assertNotTrivial(expected);
        assertEquals(3L * 6 * 9, vm.transport().getStepCount(), "same size, three channels");
        for (long step = 0; step < vm.transport().getStepCount(); step++) {
            vm.transport().goTo(step);
            int c = (int) (step / 54);
            int oy = (int) (step / 9 % 6);
            int ox = (int) (step % 9);
            assertEquals(expected.get(c, oy, ox), figure().magnifier().step().result(), TOLERANCE, "step " + step);
            assertEquals(new PixelRegion(oy - same.pads().top(), ox - same.pads().left(), 3, 2),
                    figure().input().mark());
        }
    }

    @Test
    void thePointerMagnifiesThePixelUnderItAndLeavesTheTransportAlone() {
        Tensor expected = Conv2d.apply(luminance(SampleImage.CAMERA.image().pixels()), weights(SOBEL_X, 1), null,
                Conv2dParams.DEFAULT);
        vm.transport().goTo(7);
        vm.hover(new Hit(Role.OUTPUT, Coordinates.of(0, 100, 200)));
        assertEquals(Coordinates.of(0, 100, 200), figure().magnifier().step().output());
        assertEquals(expected.get(0, 100, 200), figure().magnifier().step().result(), TOLERANCE);
        vm.hover(new Hit(Role.INPUT, Coordinates.of(0, 100, 200)));
        assertEquals(Coordinates.of(0, 99, 199), figure().magnifier().step().output(),
                "the window centred on the input pixel");
        vm.hover(new Hit(Role.INPUT, Coordinates.of(0, 0, 511)));
        assertEquals(Coordinates.of(0, 0, 509), figure().magnifier().step().output(), "the nearest window at a corner");
        assertEquals(Message.of("counts.multiplies", 8L * 9, 9L * 510 * 510), vm.countsProperty().get().get(0),
                "the multiplications of the transport's step, not of the window shown");
        vm.hover(null);
        assertEquals(7, vm.transport().getCurrentStep());
        assertEquals(Coordinates.of(0, 0, 7), figure().magnifier().step().output());
    }

    @Test
    void stepsReuseThePicturesComputedOnce() {
        vm.transport().goTo(5);
        FilteredImageFigure before = figure();
        vm.transport().goTo(200_000);
        FilteredImageFigure after = figure();
        assertSame(before.input().raster(), after.input().raster(), "no picture is recomputed for a step");
        assertSame(before.output().raster(), after.output().raster());
        assertEquals(512, after.input().raster().width());
    }

    @Test
    void countsFollowTheStepAndNameTheLuminance() {
        vm.transport().goTo(99);
        long total = 9L * 510 * 510;
        assertEquals(List.of(Message.of("counts.multiplies", 900L, total),
                Message.of("lesson.image-filter.counts.perValue", 9),
                Message.of("lesson.image-filter.counts.luminance", 3L * 512 * 512),
                Message.of("counts.parameters", 9L)), vm.countsProperty().get());
        vm.set(ImageFilterLesson.CHANNELS, ImageChannels.PER_CHANNEL);
        assertEquals(3, vm.countsProperty().get().size(), "no luminance to make");
        assertEquals(Message.of("counts.parameters", 27L), vm.countsProperty().get().get(2),
                "the kernel once for each of red, green and blue");
    }

    @Test
    void theFormulaWritesTheStepsNumbers() {
        vm.set(ImageFilterLesson.IMAGE, InputImage.of("flat", Tensor.filled(0.5f, 3, 3, 4)));
        vm.transport().goTo(1);
        String formula = vm.formulaProperty().get();
        assertTrue(formula.startsWith("\\begin{array}{l} y[0, 0, 1] = 0.5 \\cdot (-1) + 0.5 \\cdot 0"), formula);
        assertTrue(formula.endsWith("\\\\ \\quad + \\cdots + 0.5 \\cdot 1 = 0 \\end{array}"), formula);
    }

    @Test
    void theDisplayIsChosenFromTheKernelAndStatedInTheCaption() {
        FilteredImageFigure sobel = figure();
        assertEquals(ToneMap.MAGNITUDE, sobel.output().bar().map(), "Sobel sums to 0: shown as |y|");
        assertEquals("lesson.image-filter.shownAs.magnitude", sobel.output().caption().get(1).key());
        float scale = sobel.output().bar().scale();
        assertTrue(scale > 0.1 && scale < 4, "a typical edge strength, not the largest: " + scale);

        vm.apply(new ImageFilterLesson().presets().get(2)); // Gaussian blur on the astronaut, per channel
        assertEquals(ToneMap.CLIP, figure().output().bar().map(), "a blur sums to 1: clipped to 0..1");
        vm.set(ImageFilterLesson.DISPLAY, ResultDisplay.DIVERGING);
        assertEquals("lesson.image-filter.shownAs.divergingRgb", figure().output().caption().get(1).key());
    }

    @Test
    void theOutputRasterShowsTheEnginesValuesAsStated() {
        InputImage image = randomImage(5, 5, 8);
        vm.set(ImageFilterLesson.IMAGE, image);
        Tensor y = Conv2d.apply(luminance(image.pixels()), weights(SOBEL_X, 1), null, Conv2dParams.DEFAULT);
        float scale = figure().output().bar().scale();
        for (int oy = 0; oy < 3; oy++) {
            for (int ox = 0; ox < 3; ox++) {
                int level = Math.round(Math.min(1, Math.abs(y.get(0, oy, ox)) / scale) * 255);
                assertEquals(0xFF000000 | level * 0x010101, figure().output().raster().argb(ox, oy));
            }
        }
    }

    @Test
    void aPictureSmallerThanTheKernelIsExplainedNotPlayed() {
        Playback before = vm.playbackProperty().get();
        vm.set(ImageFilterLesson.IMAGE, randomImage(2, 8, 1));
        assertSame(before, vm.playbackProperty().get(), "the last picture stays, under the reason");
        assertNotNull(vm.problemProperty().get());
        assertTrue(vm.problemProperty().get().arguments().get(0).toString().contains("add padding"),
                vm.problemProperty().get().toString());
        vm.set(ImageFilterLesson.PADDING, PaddingMode.SAME);
        assertNotSame(before, vm.playbackProperty().get(), "zero padding makes room for the kernel");
        assertNull(vm.problemProperty().get());
    }
}
