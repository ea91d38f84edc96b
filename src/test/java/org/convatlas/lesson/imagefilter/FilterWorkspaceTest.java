package org.convatlas.lesson.imagefilter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.convatlas.compute.PaddingMode;
import org.convatlas.compute.Tensor;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.TaskExecutor;
import org.junit.jupiter.api.Test;

/** Kernel edits reuse the memory of the playback they replace, and give what a fresh preparation gives. */
class FilterWorkspaceTest {

    private static final Kernel BLUR = Kernel.of(3, 3, 1, 2, 1, 2, 4, 2, 1, 2, 1);
    private static final Kernel EDGE = Kernel.of(3, 3, 0, -1, 0, -1, 4, -1, 0, -1, 0);

    private final InputImage picture = randomPicture(37, 53);
    private final FilterWorkspace workspace = new FilterWorkspace();

    private static InputImage randomPicture(int height, int width) {
        Random random = new Random(3753);
        float[] data = new float[3 * height * width];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextFloat();
        }
        return InputImage.of("random.png", Tensor.of(data, 3, height, width));
    }

    private ImageFilterPlayback prepare(Kernel kernel, FilterWorkspace into) {
        return new ImageFilterPlayback(picture, kernel, ImageChannels.PER_CHANNEL, PaddingMode.SAME,
                ResultDisplay.AUTOMATIC, into);
    }

    @Test
    void aReleasedResultIsComputedOverAndMatchesAFreshOne() {
        ImageFilterPlayback blurred = prepare(BLUR, workspace);
        Tensor memory = blurred.output().orElseThrow();
        blurred.release();
        ImageFilterPlayback edged = prepare(EDGE, workspace);
        assertSame(memory, edged.output().orElseThrow(), "the released output is reused");
        Tensor fresh = prepare(EDGE, new FilterWorkspace()).output().orElseThrow();
        assertArrayEquals(fresh.data(), edged.output().orElseThrow().data());
        assertTrue(fresh.maxAbsDifference(Tensor.zeros(fresh.shape())) > 0, "the comparison is not between zeros");
    }

    @Test
    void theResultOnShowIsNeverComputedOver() {
        ImageFilterPlayback onShow = prepare(BLUR, workspace);
        float[] shown = onShow.output().orElseThrow().data().clone();
        ImageFilterPlayback next = prepare(EDGE, workspace);
        assertNotSame(onShow.output().orElseThrow(), next.output().orElseThrow());
        assertArrayEquals(shown, onShow.output().orElseThrow().data());
    }

    @Test
    void takingBackTwiceLendsTheResultOnce() {
        ImageFilterPlayback blurred = prepare(BLUR, workspace);
        blurred.release();
        blurred.release();
        assertNotSame(prepare(EDGE, workspace).output().orElseThrow(), prepare(BLUR, workspace).output().orElseThrow());
    }

    @Test
    void theMapOfThePictureIsMadeOncePerPictureAndChannels() {
        FilterWorkspace.Source source = workspace.source(picture, ImageChannels.LUMINANCE);
        assertSame(source, workspace.source(picture, ImageChannels.LUMINANCE));
        assertNotSame(source, workspace.source(picture, ImageChannels.PER_CHANNEL));
        assertEquals(1, workspace.source(picture, ImageChannels.LUMINANCE).map().dim(0));
    }

    @Test
    void editsThroughTheViewModelReuseTheReplacedPlaybacksMemory() {
        LessonViewModel vm = new LessonViewModel(new ImageFilterLesson(), TaskExecutor.currentThread());
        vm.set(ImageFilterLesson.KERNEL, BLUR);
        Tensor first = ((ImageFilterPlayback) vm.playbackProperty().get()).output().orElseThrow();
        vm.set(ImageFilterLesson.KERNEL, EDGE);
        vm.set(ImageFilterLesson.KERNEL, BLUR);
        assertSame(first, ((ImageFilterPlayback) vm.playbackProperty().get()).output().orElseThrow());
    }
}
