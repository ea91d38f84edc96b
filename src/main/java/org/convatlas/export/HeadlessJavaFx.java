package org.convatlas.export;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the JavaFX runtime without a display, for exports from the command line on a server or in CI: Monocle's
 * headless platform with the software renderer, and AWT headless for the image writers. Settings given on the
 * command line ({@code -Dprism.order=...}) win. The runtime's warning that it was loaded from the class path (which is
 * how the jar ships it) is kept off the error stream.
 */
public final class HeadlessJavaFx {

    private static final Map<String, String> PROPERTIES = Map.of("glass.platform", "Monocle",
            "monocle.platform", "Headless", "prism.order", "sw", "java.awt.headless", "true");

    /** Held here, since the logging framework keeps only weak references to its loggers. */
    private static final Logger STARTUP_LOG = Logger.getLogger("javafx");

    private HeadlessJavaFx() {
    }

    /** Starts the runtime, unless it runs already (as in tests); it stays up until the process ends. */
    public static synchronized void start() throws InterruptedException {
        PROPERTIES.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        STARTUP_LOG.setLevel(Level.SEVERE);
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        started.await();
    }
}
