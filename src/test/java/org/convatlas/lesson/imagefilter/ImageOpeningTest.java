package org.convatlas.lesson.imagefilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import javax.imageio.ImageIO;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.FixtureLesson;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening picture files in a lesson: read off the JavaFX thread, and a file that cannot be used changes nothing. */
class ImageOpeningTest {

    @TempDir
    Path folder;

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fxThread = new ArrayDeque<>();
    private final List<Message> problems = new ArrayList<>();
    private final LessonViewModel vm = new LessonViewModel(new ImageFilterLesson(),
            TaskExecutor.of(background::add, fxThread::add));

    private Path picture(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFFFFFF);
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private void runAll() {
        while (!background.isEmpty() || !fxThread.isEmpty()) {
            while (!background.isEmpty()) {
                background.remove().run();
            }
            while (!fxThread.isEmpty()) {
                fxThread.remove().run();
            }
        }
    }

    private String imageName() {
        return vm.valuesProperty().get().get(ImageFilterLesson.IMAGE).name();
    }

    @Test
    void aFileIsReadInTheBackgroundThenShown() throws IOException {
        runAll();
        vm.openImage(picture("dots.png", 8, 6), problems::add);
        assertEquals("dots.png", vm.openingImageProperty().get(), "the name shows while the file is read");
        assertEquals("camera.png", imageName(), "nothing is read on the calling thread");
        runAll();
        assertNull(vm.openingImageProperty().get());
        assertEquals("dots.png", imageName());
        assertEquals(6L * 4, vm.transport().getStepCount(), "the lesson plays the new picture");
        assertTrue(problems.isEmpty());
    }

    @Test
    void aBrokenFileIsExplainedAndTheImageStays() throws IOException {
        runAll();
        vm.openImage(Files.writeString(folder.resolve("notes.png"), "not a picture"), problems::add);
        runAll();
        assertEquals(List.of(Message.of("image.error.notAnImage", "notes.png")), problems);
        assertEquals("camera.png", imageName());
        assertNull(vm.openingImageProperty().get());
        assertEquals(510L * 510, vm.transport().getStepCount());
    }

    @Test
    void ofFilesOpenedInTurnOnlyTheLastIsUsed() throws IOException {
        vm.openImage(picture("first.png", 5, 5), problems::add);
        vm.openImage(picture("second.png", 7, 7), problems::add);
        runAll();
        assertEquals("second.png", imageName());
    }

    @Test
    void aLessonWithoutImagesOpensNone() {
        LessonViewModel fixture = new LessonViewModel(new FixtureLesson("plain", Chapter.BASICS),
                TaskExecutor.currentThread());
        assertThrows(IllegalStateException.class, () -> fixture.openImage(folder.resolve("a.png"), problems::add));
    }
}
