package org.convatlas.bench;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import org.convatlas.compute.Tensor;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.TaskExecutor;
import org.convatlas.lesson.imagefilter.ImageChannels;
import org.convatlas.lesson.imagefilter.ImageFilterLesson;
import org.convatlas.lesson.imagefilter.ResultDisplay;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Palette;
import org.convatlas.render.StagePainter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A kernel value edited on a 1920x1080 colour picture in the image-filter lesson, until the new result is drawn,
 * in milliseconds per edit, through the code the window runs: the edit is made on the JavaFX thread
 * ({@code LessonViewModel.set}), the lesson prepares on a worker thread (the engine filters red, green and blue, the
 * result is turned into a 960x540 raster), the playback comes back to the JavaFX thread, and the frame is painted
 * on a 1920x1080 canvas ({@code StagePainter.paint}, which writes the raster's pixels into its image). JavaFX runs
 * headless (Monocle, software rendering); the convolution uses all threads ({@code _tall}). The edit moves the
 * centre weight of a 3x3 sharpening kernel between 6 and 7, so that the weights do not sum to 1 and the result is
 * shown by its magnitude: the slower display, which first finds the scale from a histogram of the result.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LiveEditBench {

    private static final int H = 1080;
    private static final int W = 1920;

    private final Kernel[] kernels = {sharpen(6), sharpen(7)};
    private ExecutorService worker;
    private LessonViewModel lesson;
    private Canvas canvas;
    private DrawContext context;
    private int edits;
    private volatile CountDownLatch drawn;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        worker = Executors.newSingleThreadExecutor();
        onFxThread(() -> {
            I18n i18n = new I18n(Locale.ENGLISH);
            // drawn as on screen, one device pixel per unit
            context = new DrawContext(Palette.LIGHT, Font.font(16), role -> i18n.get(role.labelKey()), i18n::get, 1,
                    true);
            canvas = new Canvas(W, H);
            lesson = new LessonViewModel(new ImageFilterLesson(), TaskExecutor.of(worker, Platform::runLater));
            lesson.frameProperty().subscribe(this::draw);
            lesson.set(ImageFilterLesson.IMAGE, InputImage.of("1080p", picture()));
            lesson.set(ImageFilterLesson.CHANNELS, ImageChannels.PER_CHANNEL);
            lesson.set(ImageFilterLesson.DISPLAY, ResultDisplay.AUTOMATIC);
        });
        edit();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        worker.shutdownNow();
        Platform.exit();
    }

    @Benchmark
    public void live_edit_1080p_rgb_3x3_convatlas_tall() throws InterruptedException {
        edit();
    }

    /** Sets the next kernel on the JavaFX thread and waits until its result is painted. */
    private void edit() throws InterruptedException {
        drawn = new CountDownLatch(1);
        Kernel next = kernels[edits++ % kernels.length];
        Platform.runLater(() -> lesson.set(ImageFilterLesson.KERNEL, next));
        drawn.await();
    }

    /** Paints the frame as the stage does; a frame of the newest values counts as drawn. */
    private void draw(Frame frame) {
        StagePainter.paint(canvas.getGraphicsContext2D(), W, H, frame.figure(), context);
        if (frame != Frame.EMPTY && !lesson.computingProperty().get() && drawn != null) {
            drawn.countDown();
        }
    }

    private static void onFxThread(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            action.run();
            done.countDown();
        });
        done.await();
    }

    /** A picture {@code [3, 1080, 1920]} of smooth gradients with noise, values in {@code [0, 1]}. */
    private static Tensor picture() {
        Random r = new Random(1920);
        Tensor t = Tensor.zeros(3, H, W);
        float[] d = t.data();
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    float smooth = (float) (0.5 + 0.4 * Math.sin((x + c * 200) / 97.0) * Math.cos(y / 61.0));
                    d[(c * H + y) * W + x] = Math.min(1, Math.max(0, smooth + 0.05f * (r.nextFloat() - 0.5f)));
                }
            }
        }
        return t;
    }

    private static Kernel sharpen(int centre) {
        return Kernel.of(3, 3, 0, -1, 0, -1, centre, -1, 0, -1, 0);
    }
}
