package org.convatlas.probe;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Tells when a window just shown has its first frame on screen, in milliseconds since the Java virtual machine
 * started: at the second animation pulse after {@link #start}, as JavaFX starts a pulse only once the previous
 * pulse's drawing is done, and the first pulse after a window is shown draws it.
 */
final class FirstFrameProbe extends AnimationTimer {

    private final String what;
    private final Consumer<String> report;
    private int pulses;

    /** A probe that hands {@code report} one line, {@code first frame of <what>: N ms after start}. */
    FirstFrameProbe(String what, Consumer<String> report) {
        this.what = what;
        this.report = report;
    }

    @Override
    public void handle(long now) {
        if (++pulses == 2) {
            stop();
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            report.accept("first frame of " + what + ": " + since + " ms after start");
        }
    }
}
