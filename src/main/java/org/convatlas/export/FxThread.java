package org.convatlas.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs a piece of drawing on the JavaFX thread and waits for it: canvases are drawn and snapshotted there only. One
 * hand-over per exported frame, each awaited, so the JavaFX thread is never flooded.
 */
final class FxThread {

    private FxThread() {
    }

    /** The result of {@code work}, run on the JavaFX thread (at once if this is it). */
    static <T> T call(Supplier<T> work) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) e.getCause();
        }
    }
}
