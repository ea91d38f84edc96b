package org.convatlas.lesson;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work away from the JavaFX thread and hands its result back on it. The app uses a worker thread and
 * {@code Platform::runLater} (one hand-back per task, never one per step); tests use {@link #currentThread()}, which
 * runs everything at once, in order.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work}, then {@code onSuccess} with its result or {@code onFailure} with what it threw, both on the
     * result thread.
     */
    <T> void execute(Supplier<T> work, Consumer<? super T> onSuccess, Consumer<? super RuntimeException> onFailure);

    /** Work on {@code background}, results delivered through {@code resultThread}. */
    static TaskExecutor of(Executor background, Executor resultThread) {
        return new TaskExecutor() {
            @Override
            public <T> void execute(Supplier<T> work, Consumer<? super T> onSuccess,
                    Consumer<? super RuntimeException> onFailure) {
                background.execute(() -> {
                    try {
                        T result = work.get();
                        resultThread.execute(() -> onSuccess.accept(result));
                    } catch (RuntimeException e) {
                        resultThread.execute(() -> onFailure.accept(e));
                    }
                });
            }
        };
    }

    /** Work and results on the calling thread, before {@code execute} returns: for tests. */
    static TaskExecutor currentThread() {
        return of(Runnable::run, Runnable::run);
    }
}
