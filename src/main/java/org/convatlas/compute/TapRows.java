package org.convatlas.compute;

import java.util.Arrays;

/**
 * The row engine of the fast convolutions ({@link Conv2d}, {@link ConvTranspose2d}, {@link DeformConv2d}) and
 * the scratch it needs, one instance per thread.
 *
 * <p>Each of those operations computes one output row {@code y[co, oy, 0..n)} at a time as a weighted sum of
 * <em>tap rows</em>:
 * <pre>
 * y[co, oy, ox] = b[co] + sum over taps a of weights[tapWeight[a] + co*coStride] * tapRow_a[ox]
 * </pre>
 * where a tap is an (input channel, kernel position) pair and {@code tapRow_a[ox]} is the input value that the
 * tap meets at output column {@code ox} (0 on padding), gathered by the operation. Taps that meet only padding
 * are left out. The sum is accumulated in a scratch row and copied to the output at the end.
 *
 * <p>Every row, the accumulator included, is an array of its own indexed from 0, so the inner loops index every
 * array by the same {@code k}. That is what lets the JIT vectorise them: it does not when two arrays are read at
 * different offsets, because it cannot rule out that they overlap; even {@code acc[k] += w*row[k + 1]} with a
 * constant offset runs scalar on JDK 17, which is why a tap row is a shifted copy of its input row.
 *
 * <p>Tap rows come from a cache of <em>slots</em>. A slot holds the {@code kW} rows (one per kernel column) that
 * one input channel's kernel row derives from one source (for a convolution, an input row); the operation asks
 * for the slot of its channel, kernel row and source, and fills it only if it does not already hold that source.
 * When the cache is large enough, a channel has one slot per input row of the window's span, keyed by the input
 * row modulo the span, so consecutive output rows reuse the rows they share (with stride 1, all but one). Beyond
 * {@link #CACHE_LIMIT} values there is one slot per kernel row and no reuse.
 *
 * <p>The arrays grow on demand and are kept, so that once a thread has seen a shape it allocates nothing.
 */
final class TapRows {

    /** The columns summed at a time: a tile of the accumulator and of nine tap rows fits in 32 KB. */
    static final int TILE = 512;

    /** The most values the slot cache of one thread may hold when it reuses rows across output rows. */
    static final int CACHE_LIMIT = 1 << 21;

    private static final ThreadLocal<TapRows> PER_THREAD = ThreadLocal.withInitial(TapRows::new);

    /** Slot {@code s} is rows {@code [s*kernelWidth, (s+1)*kernelWidth)} of the cache, made from {@code sources[s]}. */
    private float[][] cache = new float[0][];
    private int[] sources = new int[0];
    private int kernelWidth;
    private int slotsPerChannel;
    private boolean keyedBySource;

    /** The taps of the current output row: their rows and the index of their weight for the first output channel. */
    private float[][] tapRows = new float[0][];
    private int[] tapWeights = new int[0];
    private int taps;

    private float[] accumulator = new float[0];

    private TapRows() {
    }

    /** The calling thread's instance. */
    static TapRows forThisThread() {
        return PER_THREAD.get();
    }

    /**
     * Prepares for output rows of {@code n} columns whose taps come from {@code channels} input channels and a
     * {@code kh x kw} kernel whose rows, for one output row, lie within {@code span} consecutive sources. With
     * {@code reuse} off (sources that no other output row shares) every output row refills its slots. Forgets
     * what the slots held.
     */
    void prepare(int channels, int kh, int kw, int span, int n, boolean reuse) {
        keyedBySource = reuse && (long) channels * span * kw * n <= CACHE_LIMIT;
        slotsPerChannel = keyedBySource ? span : kh;
        kernelWidth = kw;
        int slots = channels * slotsPerChannel;
        if (sources.length < slots) {
            sources = new int[slots];
        }
        Arrays.fill(sources, 0, slots, Integer.MIN_VALUE);
        ensureRows(slots * kw, n);
        if (tapRows.length < channels * kh * kw) {
            tapRows = new float[channels * kh * kw][];
            tapWeights = new int[channels * kh * kw];
        }
        if (accumulator.length < n) {
            accumulator = new float[n];
        }
        taps = 0;
    }

    private void ensureRows(int count, int n) {
        if (cache.length < count) {
            cache = Arrays.copyOf(cache, count);
        }
        for (int r = 0; r < count; r++) {
            if (cache[r] == null || cache[r].length < n) {
                cache[r] = new float[n];
            }
        }
    }

    /** The slot of kernel row {@code i} of channel {@code channel} (from the first prepared) for {@code source}. */
    int slot(int channel, int i, int source) {
        return channel * slotsPerChannel + (keyedBySource ? Math.floorMod(source, slotsPerChannel) : i);
    }

    /**
     * Whether the slot must be filled for {@code source}: true unless it already holds it. From this call on the
     * slot is taken to hold {@code source}.
     */
    boolean claim(int slot, int source) {
        if (sources[slot] == source) {
            return false;
        }
        sources[slot] = source;
        return true;
    }

    /** The slot's row for kernel column {@code j}: room for {@link #prepare}'s {@code n} values (it may be longer). */
    float[] row(int slot, int j) {
        return cache[slot * kernelWidth + j];
    }

    /** Starts the tap list of a new output row. */
    void clearTaps() {
        taps = 0;
    }

    /** Adds a tap: its row and the index of its weight for the first output channel. */
    void addTap(float[] row, int weightIndex) {
        tapRows[taps] = row;
        tapWeights[taps] = weightIndex;
        taps++;
    }

    /**
     * Writes {@code y[start + m*step] = bias + sum over taps a of weights[tapWeight[a] + weightOffset] * tapRow_a[m]}
     * for {@code 0 <= m < n} ({@code n} at most {@link #prepare}'s). The taps are added three at a time, each pass
     * reading three tap rows and the accumulator and writing the accumulator once, over {@link #TILE} columns at a
     * time so that the rows being read stay in the first-level cache.
     */
    void writeRow(float[] weights, int weightOffset, float bias, float[] y, int start, int step, int n) {
        float[] acc = accumulator;
        for (int from = 0; from < n; from += TILE) {
            int to = Math.min(n, from + TILE);
            int a = 0;
            if (taps >= 3) {
                // the first three taps start the sum from the bias, sparing a pass that would only store it
                setThree(acc, from, to, bias, weights[tapWeights[0] + weightOffset], tapRows[0],
                        weights[tapWeights[1] + weightOffset], tapRows[1],
                        weights[tapWeights[2] + weightOffset], tapRows[2]);
                a = 3;
            } else {
                Arrays.fill(acc, from, to, bias);
            }
            for (; a + 3 <= taps; a += 3) {
                addThree(acc, from, to, weights[tapWeights[a] + weightOffset], tapRows[a],
                        weights[tapWeights[a + 1] + weightOffset], tapRows[a + 1],
                        weights[tapWeights[a + 2] + weightOffset], tapRows[a + 2]);
            }
            for (; a < taps; a++) {
                addOne(acc, from, to, weights[tapWeights[a] + weightOffset], tapRows[a]);
            }
        }
        if (step == 1) {
            System.arraycopy(acc, 0, y, start, n);
        } else {
            for (int m = 0; m < n; m++) {
                y[start + m * step] = acc[m];
            }
        }
    }

    /**
     * {@code acc[k] = bias + (wa*a[k] + wb*b[k] + wc*c[k])} for {@code from <= k < to}: the same sum, in the same
     * order, as filling with the bias and then {@link #addThree}.
     */
    private static void setThree(float[] acc, int from, int to, float bias, float wa, float[] a, float wb, float[] b,
                                 float wc, float[] c) {
        for (int k = from; k < to; k++) {
            acc[k] = bias + (wa * a[k] + wb * b[k] + wc * c[k]);
        }
    }

    /** {@code acc[k] += wa*a[k] + wb*b[k] + wc*c[k]} for {@code from <= k < to}. */
    private static void addThree(float[] acc, int from, int to, float wa, float[] a, float wb, float[] b, float wc,
                                 float[] c) {
        for (int k = from; k < to; k++) {
            acc[k] += wa * a[k] + wb * b[k] + wc * c[k];
        }
    }

    /** {@code acc[k] += wa*a[k]} for {@code from <= k < to}. */
    private static void addOne(float[] acc, int from, int to, float wa, float[] a) {
        for (int k = from; k < to; k++) {
            acc[k] += wa * a[k];
        }
    }
}
