package org.convatlas.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Work handed to the JavaFX thread by a thread of its own that waits for it, as the screenshot makers do. */
final class FxThread {

    private FxThread() {
    }

    /** The result of {@code work}, run on the JavaFX thread. */
    static <T> T call(Supplier<T> work) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Runs {@code work} on the JavaFX thread and waits until it is done. */
    static void run(Runnable work) throws InterruptedException {
        call(() -> {
            work.run();
            return null;
        });
    }
}
