package org.convatlas.lesson;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Where the animation is and whether it plays: the current step in {@code [0, stepCount)}, the step count (0 while
 * there is nothing to play), playing or paused, and the speed in steps per second, which follows the step count
 * ({@link #speedFor}) until the user chooses one. Every move is clamped to the
 * steps there are. Time comes from outside: while playing, the view's animation timer calls {@link #advance} with
 * the seconds since its last frame, and playing stops at the last step.
 *
 * <p>Steps are {@code long}, as in the engine's traces.
 */
public final class TransportViewModel {

    /** The speeds offered, in steps per second. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 64.0, 256.0, 1024.0, 4096.0,
            16384.0);

    /** The speed before there is anything to play, in steps per second. */
    public static final double DEFAULT_SPEED = 2.0;

    /** How long playing a lesson through should take at the speed picked for it, at most, in seconds. */
    public static final double PLAY_THROUGH_SECONDS = 20;

    private final ReadOnlyLongWrapper stepCount = new ReadOnlyLongWrapper(this, "stepCount", 0);
    private final ReadOnlyLongWrapper currentStep = new ReadOnlyLongWrapper(this, "currentStep", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", DEFAULT_SPEED);
    private final BooleanBinding atFirst = Bindings.createBooleanBinding(
            () -> currentStep.get() == 0, currentStep);
    private final BooleanBinding atLast = Bindings.createBooleanBinding(
            () -> currentStep.get() >= stepCount.get() - 1, currentStep, stepCount);

    /** Steps owed by {@link #advance} but not yet taken: the fraction of a step carried from frame to frame. */
    private double owedSteps;
    /** Whether the user has chosen the speed; until then it follows the step count ({@link #speedFor}). */
    private boolean speedChosen;

    public ReadOnlyLongProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Steps per second while playing. */
    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** True at step 0 (and while there are no steps). */
    public BooleanBinding atFirstProperty() {
        return atFirst;
    }

    /** True at the last step (and while there are no steps). */
    public BooleanBinding atLastProperty() {
        return atLast;
    }

    public long getStepCount() {
        return stepCount.get();
    }

    public long getCurrentStep() {
        return currentStep.get();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /**
     * Sets how many steps there are (0 for none); the current step moves back to the last one if it was past it,
     * and playing stops when there is nothing left to play.
     */
    public void setStepCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("step count must be at least 0 (got " + count + ")");
        }
        stepCount.set(count);
        currentStep.set(clamp(currentStep.get()));
        if (!speedChosen && count > 0) {
            speed.set(speedFor(count));
        }
        if (count <= 1) {
            pause();
        }
    }

    /** Shows step {@code step}, clamped to the steps there are; playing goes on from there. */
    public void goTo(long step) {
        currentStep.set(clamp(step));
    }

    /** Pauses and shows the next step. */
    public void stepForward() {
        pause();
        goTo(currentStep.get() + 1);
    }

    /** Pauses and shows the previous step. */
    public void stepBack() {
        pause();
        goTo(currentStep.get() - 1);
    }

    /** Pauses and shows step 0. */
    public void first() {
        pause();
        goTo(0);
    }

    /** Pauses and shows the last step. */
    public void last() {
        pause();
        goTo(Long.MAX_VALUE);
    }

    /** Starts playing; from the last step it starts again from step 0. Nothing happens with fewer than 2 steps. */
    public void play() {
        if (stepCount.get() < 2) {
            return;
        }
        if (atLast.get()) {
            goTo(0);
        }
        owedSteps = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    /** Plays when paused, pauses when playing. */
    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * The speed that plays {@code steps} steps through within {@link #PLAY_THROUGH_SECONDS}: the slowest of
     * {@link #SPEEDS} from 1 step a second up that does, else the fastest, so that a short lesson goes step by step
     * and a picture's 260,100 steps take seconds, not days.
     */
    public static double speedFor(long steps) {
        return SPEEDS.stream().filter(s -> s >= 1 && steps / s <= PLAY_THROUGH_SECONDS).findFirst()
                .orElse(SPEEDS.get(SPEEDS.size() - 1));
    }

    /**
     * Sets the speed the user chose; from then on it no longer follows the step count.
     *
     * @throws IllegalArgumentException unless {@code stepsPerSecond} is a positive finite number
     */
    public void setSpeed(double stepsPerSecond) {
        if (!(stepsPerSecond > 0) || Double.isInfinite(stepsPerSecond)) {
            throw new IllegalArgumentException("speed must be a positive number of steps per second (got "
                    + stepsPerSecond + ")");
        }
        speedChosen = true;
        speed.set(stepsPerSecond);
    }

    /**
     * Moves on by the steps {@code seconds} of playing are worth at the current speed, carrying the fraction of a
     * step to the next call; stops at the last step. Does nothing while paused.
     */
    public void advance(double seconds) {
        if (!playing.get() || !(seconds > 0)) {
            return;
        }
        owedSteps += seconds * speed.get();
        long whole = (long) Math.min(owedSteps, stepCount.get());
        if (whole == 0) {
            return;
        }
        owedSteps -= whole;
        goTo(currentStep.get() + whole);
        if (atLast.get()) {
            pause();
        }
    }

    private long clamp(long step) {
        return Math.max(0, Math.min(step, stepCount.get() - 1));
    }
}
