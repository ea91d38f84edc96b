package org.convatlas.probe;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TransportViewModel;
import org.convatlas.render.GridPoint;
import org.convatlas.render.Handle;
import org.convatlas.ui.MainViewModel;
import org.convatlas.ui.MainWindow;

/**
 * Plays a lesson's preset in the window for some seconds and reports how evenly the frames came
 * ({@link FramePacing}). The lesson is opened as if chosen in the atlas and the preset applied as if chosen in the
 * inspector; once its playback is ready the transport plays at {@value #SPEED} steps a second (a new step, so a
 * redrawn stage, on every frame at 60 frames a second), starting again from the first step when it reaches the
 * last. It plays unrecorded while the JIT compiles the drawing code (on two cores its compiler otherwise takes a
 * core away for the first ten seconds or so): until the JIT's compilation time grew by less than
 * {@value #SETTLED_MILLIS} ms in the last second, for at most {@value #MAX_WARM_UP_SECONDS} seconds. Then every
 * animation pulse's time is recorded into an array made beforehand, beside the processor time so
 * far of the two threads that make a frame: the JavaFX thread, which computes and paints it, and JavaFX's renderer,
 * which draws it. The report gives the frame intervals and the processor time per frame: when the machine is busy
 * with other work, the intervals grow while the work per frame does not.
 *
 * <p>A probe that drags ({@link PaceProbeSpec#drag}) holds the middle step and, on every pulse that finds the last
 * drag answered, drags the figure's first handle (a deformable tap's sampling point) to the next of
 * {@value #DRAG_POINTS} points on a circle around the grid point {@code (1, 1)}, as a pointer would; besides the intervals it
 * reports the time from each drag to the frame of the values it gave (the lesson prepared on its worker thread and
 * the stage's canvas drawn).
 */
final class PaceProbe extends AnimationTimer {

    /** Steps a second while the probe plays. */
    static final double SPEED = 64;
    /** The JIT counts as settled when it compiled for less than this many milliseconds in the last second. */
    static final long SETTLED_MILLIS = 50;
    /** The longest the probe plays before recording, settled or not. */
    static final int MAX_WARM_UP_SECONDS = 30;
    private static final long SECOND = 1_000_000_000L;
    /** The most pulses a second recorded. */
    private static final int MAX_RATE = 1000;
    /** The points a dragged handle goes round. */
    static final int DRAG_POINTS = 24;
    /** The centre of their circle, row and column. */
    private static final double DRAG_CENTRE = 1;
    /** The radius of their circle, in cells. */
    private static final double DRAG_RADIUS = 0.8;
    /** The name of JavaFX's rendering thread. */
    private static final String RENDERER = "QuantumRenderer-0";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** The renderer's thread id, found when the probe begins; -1 if there is none. */
    private long renderer = -1;

    private final PaceProbeSpec spec;
    private final TransportViewModel transport;
    private final LessonViewModel lesson;
    /** When the drag waiting for its frame was made, in nanoseconds; 0 when none waits. */
    private long dragMade;
    private int drags;
    private final long[] dragLatency;
    private int answered;
    private final Consumer<String> report;
    private final long[] times;
    /** The processor time of the JavaFX thread, and of the renderer, at each pulse, in nanoseconds. */
    private final long[] fxWork;
    private final long[] renderWork;
    private int count;
    private boolean begun;
    private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    /** When the first pulse came, in {@link System#nanoTime} nanoseconds; 0 before. */
    private long firstPulse;
    /** When the JIT's compilation time was last read, and what it was, while warming up. */
    private long lastLook;
    private long lastCompileMillis;
    /** How long the probe played before recording, in nanoseconds; 0 while warming up. */
    private long warmUp;

    private PaceProbe(PaceProbeSpec spec, LessonViewModel lesson, Consumer<String> report) {
        this.spec = spec;
        this.lesson = lesson;
        this.transport = lesson.transport();
        this.dragLatency = new long[spec.seconds() * MAX_RATE];
        this.report = report;
        this.times = new long[spec.seconds() * MAX_RATE];
        this.fxWork = new long[times.length];
        this.renderWork = new long[times.length];
    }

    /**
     * Opens the lesson and preset of {@code spec} in {@code window}, plays them and hands {@code report} one line:
     * the pacing, or why there is none (an unknown lesson or preset).
     */
    static void start(PaceProbeSpec spec, MainViewModel model, MainWindow window, Consumer<String> report) {
        Optional<Lesson> lesson = model.registry().find(spec.lesson());
        Optional<Preset> preset = lesson.flatMap(l -> l.presets().stream()
                .filter(p -> p.labelKey().equals(Lesson.presetKey(spec.lesson(), spec.preset()))).findFirst());
        if (preset.isEmpty()) {
            report.accept("pace " + spec + ": no such " + (lesson.isEmpty() ? "lesson" : "preset"));
            return;
        }
        window.open(spec.lesson());
        LessonViewModel open = model.getCurrentLesson();
        open.apply(preset.get());
        PaceProbe probe = new PaceProbe(spec, open, report);
        open.frameProperty().addListener((o, was, now) -> probe.frameShown());
        Runnable startWhenReady = () -> {
            if (!open.computingProperty().get() && open.playbackProperty().get() != null) {
                probe.begin();
            }
        };
        open.computingProperty().addListener((o, was, now) -> startWhenReady.run());
        open.playbackProperty().addListener((o, was, now) -> startWhenReady.run());
        startWhenReady.run();
    }

    /** Starts playing and recording; nothing happens once started. */
    private void begin() {
        if (begun) {
            return;
        }
        begun = true;
        renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(RENDERER))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
        if (spec.drag()) {
            transport.goTo(transport.getStepCount() / 2);
        } else {
            transport.setSpeed(SPEED);
            transport.goTo(0);
            transport.play();
        }
        start();
    }

    /** A frame of the newest values is on show: the drag waiting for it is answered. */
    private void frameShown() {
        if (dragMade != 0 && !lesson.computingProperty().get()) {
            if (warmUp != 0 && answered < dragLatency.length) {
                dragLatency[answered++] = System.nanoTime() - dragMade;
            }
            dragMade = 0;
        }
    }

    /** Drags the first handle to the next point of its circle, the answer timed. */
    private void drag() {
        double angle = 2 * Math.PI * (drags++ % DRAG_POINTS) / DRAG_POINTS;
        GridPoint to = new GridPoint(DRAG_CENTRE + DRAG_RADIUS * Math.sin(angle),
                DRAG_CENTRE + DRAG_RADIUS * Math.cos(angle));
        dragMade = System.nanoTime();
        lesson.drag(new Handle(0), to);
        if (!lesson.computingProperty().get()) {
            // values unchanged: nothing to wait for
            dragMade = 0;
        }
    }

    /**
     * Whether warming up is over at {@code now}: the JIT compiled for less than {@value #SETTLED_MILLIS} ms over the
     * last second, or {@value #MAX_WARM_UP_SECONDS} seconds have passed. Records how long it took when it is.
     */
    private boolean warmedUp(long now) {
        if (firstPulse == 0) {
            firstPulse = now;
            lastLook = now;
            lastCompileMillis = compiler.getTotalCompilationTime();
            return false;
        }
        boolean settled = false;
        if (now - lastLook >= SECOND) {
            long compileMillis = compiler.getTotalCompilationTime();
            settled = compileMillis - lastCompileMillis < SETTLED_MILLIS;
            lastLook = now;
            lastCompileMillis = compileMillis;
        }
        if (settled || now - firstPulse >= MAX_WARM_UP_SECONDS * SECOND) {
            warmUp = now - firstPulse;
            return true;
        }
        return false;
    }

    @Override
    public void handle(long now) {
        if (spec.drag()) {
            if (dragMade == 0) {
                drag();
            }
        } else if (!transport.isPlaying()) {
            transport.play();
        }
        if (warmUp == 0 && !warmedUp(System.nanoTime())) {
            return;
        }
        fxWork[count] = threads.getCurrentThreadCpuTime();
        renderWork[count] = renderer < 0 ? 0 : threads.getThreadCpuTime(renderer);
        times[count++] = System.nanoTime();
        if (times[count - 1] - times[0] >= spec.seconds() * SECOND || count == times.length) {
            stop();
            transport.pause();
            report.accept("pace " + spec + ": after " + Math.round(warmUp / (double) SECOND) + " s of warm-up, frames " + count + ", interval " + FramePacing.of(times, count)
                    + "; processor time per frame on the JavaFX thread " + FramePacing.of(fxWork, count)
                    + ", on the renderer " + FramePacing.of(renderWork, count)
                    + (spec.drag() && answered > 0 ? "; " + answered + " drags, drag to frame "
                    + FramePacing.ofDurations(dragLatency, answered) : ""));
        }
    }
}
