package org.convatlas.probe;

import java.util.Arrays;
import java.util.Locale;

/**
 * How evenly frames came: the intervals between consecutive animation pulses, in milliseconds, summed up by their
 * median, 95th percentile and largest value (nearest rank: the {@code p}-th percentile of {@code n} sorted intervals
 * is the one at rank {@code ceil(p/100 * n)}). At 60 frames a second every interval is 16.7 ms; an interval of
 * 33 ms is a frame that was missed. The same summary of a clock that counts only the time some threads ran (their
 * processor time) tells how much work each frame took, whether or not the machine gave the threads a processor.
 *
 * @param intervals the number of intervals
 * @param p50       the median interval, in milliseconds
 * @param p95       the 95th percentile, in milliseconds
 * @param max       the longest interval, in milliseconds
 */
public record FramePacing(int intervals, double p50, double p95, double max) {

    /**
     * The pacing of the pulses at {@code times[0..count)}, in nanoseconds of one clock, in the order they came.
     *
     * @throws IllegalArgumentException with fewer than two pulses
     */
    public static FramePacing of(long[] times, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("pacing needs at least two frames (got " + count + ")");
        }
        double[] intervals = new double[count - 1];
        for (int i = 1; i < count; i++) {
            intervals[i - 1] = (times[i] - times[i - 1]) / 1e6;
        }
        Arrays.sort(intervals);
        return new FramePacing(intervals.length, percentile(intervals, 50), percentile(intervals, 95),
                intervals[intervals.length - 1]);
    }

    /**
     * The same summary of durations {@code nanos[0..count)} themselves, in nanoseconds (for example the time from a
     * drag to its frame).
     *
     * @throws IllegalArgumentException without a duration
     */
    public static FramePacing ofDurations(long[] nanos, int count) {
        long[] times = new long[count + 1];
        for (int i = 0; i < count; i++) {
            times[i + 1] = times[i] + nanos[i];
        }
        return of(times, count + 1);
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** {@code p50 X ms, p95 Y ms, max Z ms}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms", p50, p95, max);
    }
}
