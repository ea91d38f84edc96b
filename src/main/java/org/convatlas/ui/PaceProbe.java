package org.convatlas.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.TransportViewModel;

/**
 * Plays a lesson's preset in the window for some seconds and reports how evenly the frames came
 * ({@link FramePacing}). The lesson is opened as if chosen in the atlas and the preset applied as if chosen in the
 * inspector; once its playback is ready the transport plays at {@value #SPEED} steps a second (a new step, so a
 * redrawn stage, on every frame at 60 frames a second), starting again from the first step when it reaches the
 * last, and every animation pulse's time is recorded into an array made beforehand.
 */
final class PaceProbe extends AnimationTimer {

    /** Steps a second while the probe plays. */
    static final double SPEED = 64;
    /** The most pulses a second recorded. */
    private static final int MAX_RATE = 1000;

    private final PaceProbeSpec spec;
    private final TransportViewModel transport;
    private final Consumer<String> report;
    private final long[] times;
    private int count;
    private boolean begun;

    private PaceProbe(PaceProbeSpec spec, TransportViewModel transport, Consumer<String> report) {
        this.spec = spec;
        this.transport = transport;
        this.report = report;
        this.times = new long[spec.seconds() * MAX_RATE];
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
        PaceProbe probe = new PaceProbe(spec, open.transport(), report);
        Runnable startWhenReady = () -> {
            if (!open.computingProperty().get() && open.playbackProperty().get() != null) {
                probe.begin();
            }
        };
        open.computingProperty().addListener((o, was, now) -> startWhenReady.run());
        startWhenReady.run();
    }

    /** Starts playing and recording; nothing happens once started. */
    private void begin() {
        if (begun) {
            return;
        }
        begun = true;
        transport.setSpeed(SPEED);
        transport.goTo(0);
        transport.play();
        start();
    }

    @Override
    public void handle(long now) {
        times[count++] = System.nanoTime();
        if (!transport.isPlaying()) {
            transport.play();
        }
        if (times[count - 1] - times[0] >= spec.seconds() * 1_000_000_000L || count == times.length) {
            stop();
            transport.pause();
            report.accept("pace " + spec + ": " + FramePacing.of(times, count));
        }
    }
}
