package org.convatlas.compute;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * How many threads an operation may use. The operation splits its output rows into at most {@code threads}
 * bands of consecutive rows; the calling thread computes the first band and the others run at the same time on
 * the shared {@link ForkJoinPool#commonPool() common pool}. Every output value is computed by the same arithmetic
 * in the same order whatever the split, so all thread counts give bit-identical results.
 *
 * <p>Small problems are not split: a band gets at least {@link #MIN_WORK_PER_BAND} multiply-adds (about a tenth
 * of a millisecond), below which handing work to another thread costs more than it saves.
 *
 * @param threads the largest number of threads to use, at least 1
 */
public record Parallelism(int threads) {

    /** One thread: the caller's. */
    public static final Parallelism SERIAL = new Parallelism(1);

    /** As many threads as the machine has processors (when the class is loaded). */
    public static final Parallelism ALL = new Parallelism(Runtime.getRuntime().availableProcessors());

    /** The least work, in multiply-adds, worth a band of its own. */
    static final long MIN_WORK_PER_BAND = 1 << 17;

    public Parallelism {
        Checks.atLeast("threads", threads, 1);
    }

    /** {@code parallelism} itself; refused with a plain message when it is missing. */
    static Parallelism required(Parallelism parallelism) {
        if (parallelism == null) {
            throw new InvalidArgumentException("parallelism is missing");
        }
        return parallelism;
    }

    /** A body that computes the output rows {@code [first, end)}. */
    @FunctionalInterface
    public interface RowBand {
        void compute(int first, int end);
    }

    /**
     * The number of bands to split {@code rows} output rows of {@code workPerRow} multiply-adds each into:
     * at most {@link #threads}, at most {@code rows}, and at least 1.
     */
    int bands(int rows, long workPerRow) {
        long worthwhile = Math.max(1, rows * workPerRow / MIN_WORK_PER_BAND);
        return (int) Math.max(1, Math.min(Math.min(threads, rows), worthwhile));
    }

    /**
     * Runs {@code body} over {@code rows} rows of {@code workPerRow} multiply-adds each, split into
     * {@link #bands(int, long)} bands as {@link #run} does, and returns when all are done: how the operations of
     * this package spread their output rows, and how work outside it is split the same way (turning a computed map
     * into pixels, say).
     */
    public void forEachBand(int rows, long workPerRow, RowBand body) {
        run(bands(rows, workPerRow), rows, body);
    }

    /**
     * Runs {@code body} over {@code rows} rows split into {@code bands} bands of nearly equal size (band
     * {@code k} is {@code [k*rows/bands, (k+1)*rows/bands)}), the first on the calling thread and the others on
     * the common pool, and returns when all are done. A failure of any band is rethrown.
     */
    static void run(int bands, int rows, RowBand body) {
        if (bands == 1) {
            body.compute(0, rows);
            return;
        }
        ForkJoinTask<?>[] others = new ForkJoinTask<?>[bands - 1];
        for (int k = 1; k < bands; k++) {
            int first = bandStart(k, bands, rows);
            int end = bandStart(k + 1, bands, rows);
            others[k - 1] = ForkJoinTask.adapt(() -> body.compute(first, end)).fork();
        }
        body.compute(0, bandStart(1, bands, rows));
        for (ForkJoinTask<?> band : others) {
            band.join();
        }
    }

    private static int bandStart(int k, int bands, int rows) {
        return (int) ((long) k * rows / bands);
    }
}
