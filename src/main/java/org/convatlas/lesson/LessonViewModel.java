package org.convatlas.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.i18n.Message;
import org.convatlas.render.GridPoint;
import org.convatlas.render.Handle;
import org.convatlas.render.Hit;

/**
 * The state of one open lesson: its parameter values, the playback they give, the transport over its steps and
 * the frame of the current step. Changing a value prepares a new playback through the {@link TaskExecutor}; while
 * it runs {@link #computingProperty()} is true and the old playback stays on show. Changes come faster
 * than playbacks while a value is dragged: a preparation that a later change has overtaken before it started is
 * skipped (so the worker only ever prepares the newest values), and one overtaken while it ran is dropped; a
 * playback that is replaced or dropped is {@linkplain Playback#release released}. Values the engine refuses set a
 * {@link #problemProperty()} and leave the last playback on show (none if there never was one) until values that
 * work are set. Knows no scene-graph node; call it on the JavaFX thread.
 *
 * <p>The stage can probe a cell of the figure: while the pointer rests on it ({@link #hover}) or after a click has
 * pinned it ({@link #pin}), the frame is {@link Playback#probe} of the current step and that cell, and the values
 * shown are {@link Playback#probedValues} of the values. Moving the transport or changing a value ends the probe.
 */
public final class LessonViewModel {

    private final Lesson lesson;
    private final TaskExecutor tasks;
    private final TransportViewModel transport = new TransportViewModel();

    private final ReadOnlyObjectWrapper<ParameterValues> values = new ReadOnlyObjectWrapper<>(this, "values");
    private final ReadOnlyObjectWrapper<ParameterValues> shownValues = new ReadOnlyObjectWrapper<>(this, "shownValues");
    private final ReadOnlyObjectWrapper<Playback> playback = new ReadOnlyObjectWrapper<>(this, "playback");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame", Frame.EMPTY);
    private final ReadOnlyObjectWrapper<List<Message>> counts = new ReadOnlyObjectWrapper<>(this, "counts", List.of());
    private final ReadOnlyStringWrapper formula = new ReadOnlyStringWrapper(this, "formula", "");
    private final ReadOnlyStringWrapper openingImage = new ReadOnlyStringWrapper(this, "openingImage");
    private final ReadOnlyObjectWrapper<Hit> probe = new ReadOnlyObjectWrapper<>(this, "probe");
    private final ReadOnlyBooleanWrapper pinned = new ReadOnlyBooleanWrapper(this, "pinned");

    /**
     * Counts the preparations asked for, so that only the latest one runs and is shown; read by the worker thread
     * to skip the overtaken ones.
     */
    private final AtomicLong preparation = new AtomicLong();
    /** Counts the picture files opened, so that only the latest one is used. */
    private long imageOpening;

    /** What reading a picture file gave: the picture, or why there is none. */
    private record Opened(InputImage image, ImageFileException problem) {
    }

    /** Opens {@code lesson} at its default values and starts preparing its playback. */
    public LessonViewModel(Lesson lesson, TaskExecutor tasks) {
        this.lesson = lesson;
        this.tasks = tasks;
        values.set(ParameterValues.defaults(lesson.parameters()));
        shownValues.set(values.get());
        transport.currentStepProperty().addListener((o, old, step) -> {
            endProbe();
            showCurrentStep();
        });
        playback.addListener((o, old, now) -> showCurrentStep());
        probe.addListener((o, old, now) -> showCurrentStep());
        prepare();
    }

    public Lesson lesson() {
        return lesson;
    }

    public TransportViewModel transport() {
        return transport;
    }

    /** The current parameter values. */
    public ReadOnlyObjectProperty<ParameterValues> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /**
     * The values the stage shows: the current values, or, while a probe shows what a parameter chooses otherwise (the
     * sheet the pointer pulls out of a stack), those ({@link Playback#probedValues}). The inspector shows these.
     */
    public ReadOnlyObjectProperty<ParameterValues> shownValuesProperty() {
        return shownValues.getReadOnlyProperty();
    }

    /** What the current values play; null while there is none (being prepared for the first time, or refused). */
    public ReadOnlyObjectProperty<Playback> playbackProperty() {
        return playback.getReadOnlyProperty();
    }

    /** True while a playback is being prepared. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why the current values give nothing to play, or null. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the current step shows: figure, counts and formula. */
    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The lines of the counts card at the current step. */
    public ReadOnlyObjectProperty<List<Message>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The formula of the current step, in LaTeX; empty for none. */
    public ReadOnlyStringProperty formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    /** The name of the picture file being read, or null while none is. */
    public ReadOnlyStringProperty openingImageProperty() {
        return openingImage.getReadOnlyProperty();
    }

    /** The cell of the figure being probed, the pinned one if any, else the one under the pointer; null for none. */
    public ReadOnlyObjectProperty<Hit> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    /** True while a click holds the probe on a cell. */
    public ReadOnlyBooleanProperty pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    /** The pointer now rests on {@code hit} (null: on no cell); probes it unless a cell is pinned. */
    public void hover(Hit hit) {
        if (!pinned.get()) {
            probe.set(hit);
        }
    }

    /**
     * A click on {@code hit} (null: on no cell): pins the probe on that cell; a click on the pinned cell, or on no
     * cell, releases it back to the pointer.
     */
    public void pin(Hit hit) {
        pinned.set(hit != null && !(pinned.get() && hit.equals(probe.get())));
        probe.set(hit);
    }

    private void endProbe() {
        pinned.set(false);
        probe.set(null);
    }

    /** The lesson's image parameter, if it has one. */
    public Optional<ImageParameter> imageParameter() {
        return lesson.imageParameter();
    }

    /**
     * Sets one parameter and prepares the playback anew (nothing happens when the value is unchanged).
     *
     * @throws IllegalArgumentException if the parameter is not this lesson's or cannot take the value
     */
    public <T> void set(Parameter<T> parameter, T value) {
        update(values.get().with(parameter, value));
    }

    /**
     * Reads the picture in {@code file} away from the JavaFX thread and makes it the value of the lesson's image
     * parameter. A file that is missing, unreadable, empty, no picture, damaged or too large is not used: the image
     * stays as it was and {@code onProblem} is told what is wrong, naming the file. Of files opened one after another
     * before the first is read, only the last is used (each one's problem is still told).
     *
     * @throws IllegalStateException if the lesson takes no image
     */
    public void openImage(Path file, Consumer<Message> onProblem) {
        ImageParameter parameter = imageParameter().orElseThrow(
                () -> new IllegalStateException("lesson " + lesson.id() + " takes no image"));
        long ticket = ++imageOpening;
        openingImage.set(String.valueOf(file.getFileName()));
        tasks.execute(() -> read(file), opened -> {
            boolean latest = ticket == imageOpening;
            if (latest) {
                openingImage.set(null);
            }
            if (opened.problem() != null) {
                onProblem.accept(opened.problem().userMessage());
            } else if (latest) {
                set(parameter, opened.image());
            }
        }, failure -> {
            openingImage.set(null);
            throw failure;
        });
    }

    private static Opened read(Path file) {
        try {
            return new Opened(InputImage.read(file), null);
        } catch (ImageFileException e) {
            return new Opened(null, e);
        }
    }

    /** Applies a preset and prepares the playback anew. */
    public void apply(Preset preset) {
        update(preset.applyTo(values.get()));
    }

    /**
     * The step whose computation the stage shows: the current step, or the one a probe shows
     * ({@link Playback#shownStep}); the current step while there is no playback.
     */
    public long shownStep() {
        Playback current = playback.get();
        long step = transport.getCurrentStep();
        return current == null ? step : current.shownStep(step, probe.get());
    }

    /**
     * The pointer drags {@code handle} of the figure on show to {@code to}: sets the values the playback says that
     * gives ({@link Playback#dragged}) and prepares the playback anew, keeping the probe and the step, so that the
     * stage goes on showing the output position whose tap is dragged. Nothing happens without a playback or when the
     * figure has no such handle.
     */
    public void drag(Handle handle, GridPoint to) {
        Playback current = playback.get();
        if (current == null) {
            return;
        }
        current.dragged(values.get(), transport.getCurrentStep(), probe.get(), handle, to)
                .ifPresent(dragged -> update(dragged, true));
    }

    /**
     * Sets one parameter whose value edits what the stage shows under a probe (the offset of a tap of the probed
     * output), keeping the probe and the step, and prepares the playback anew.
     *
     * @throws IllegalArgumentException if the parameter is not this lesson's or cannot take the value
     */
    public <T> void setKeepingProbe(Parameter<T> parameter, T value) {
        update(values.get().with(parameter, value), true);
    }

    private void update(ParameterValues newValues) {
        update(newValues, false);
    }

    /** Takes {@code newValues}, ending any probe unless {@code keepProbe}, and prepares their playback. */
    private void update(ParameterValues newValues, boolean keepProbe) {
        if (!newValues.equals(values.get())) {
            if (!keepProbe) {
                endProbe();
            }
            values.set(newValues);
            shownValues.set(newValues);
            prepare(keepProbe);
        }
    }

    private void prepare() {
        prepare(false);
    }

    private void prepare(boolean keepProbe) {
        long ticket = preparation.incrementAndGet();
        ParameterValues snapshot = values.get();
        computing.set(true);
        tasks.execute(() -> ticket == preparation.get() ? lesson.prepare(snapshot) : null,
                result -> finish(ticket, result, null, keepProbe), failure -> fail(ticket, failure));
    }

    /** Shows why there is nothing to play; a failure other than a refused argument is a bug and is rethrown. */
    private void fail(long ticket, RuntimeException failure) {
        boolean refused = failure instanceof InvalidArgumentException;
        finish(ticket, null, Message.of(refused ? "inspector.invalid" : "inspector.failed", failure.getMessage()),
                false);
        if (!refused) {
            throw failure;
        }
    }

    /**
     * Shows {@code result}, or, when the values were refused ({@code why}), keeps the last playback on show with the
     * reason over it, so that a value typed wrong does not blank the stage. A playback of values dragged on the stage
     * ({@code keepProbe}) keeps the probe on show.
     */
    private void finish(long ticket, Playback result, Message why, boolean keepProbe) {
        if (ticket != preparation.get()) {
            if (result != null) {
                result.release();
            }
            return;
        }
        computing.set(false);
        problem.set(why);
        if (result == null) {
            return;
        }
        Playback replaced = playback.get();
        if (!keepProbe) {
            endProbe();
        }
        playback.set(null); // so that clamping the step below does not ask the old playback for a frame
        transport.setStepCount(result.stepCount());
        playback.set(result);
        if (replaced != null) {
            replaced.release();
        }
    }

    private void showCurrentStep() {
        Playback current = playback.get();
        Hit probed = probe.get();
        long step = transport.getCurrentStep();
        Frame shown = current == null ? Frame.EMPTY : probed == null ? current.frame(step) : current.probe(step, probed);
        shownValues.set(current == null || probed == null ? values.get()
                : current.probedValues(values.get(), step, probed));
        frame.set(shown);
        counts.set(shown.counts());
        formula.set(shown.formula());
    }
}
