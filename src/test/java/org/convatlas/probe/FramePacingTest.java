package org.convatlas.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FramePacingTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreNearestRanksOfTheIntervals() {
        // 20 intervals: 18 of 16 ms, one of 33 ms (a missed frame) and one of 50 ms
        long[] times = new long[21];
        for (int i = 1; i < times.length; i++) {
            times[i] = times[i - 1] + (i == 7 ? 33 : i == 15 ? 50 : 16) * MS;
        }
        FramePacing pacing = FramePacing.of(times, times.length);
        assertEquals(20, pacing.intervals());
        assertEquals(16, pacing.p50(), 1e-9);
        assertEquals(33, pacing.p95(), 1e-9, "rank ceil(0.95 * 20) = 19 of 20");
        assertEquals(50, pacing.max(), 1e-9);
        assertEquals("p50 16.0 ms, p95 33.0 ms, max 50.0 ms", pacing.toString());
    }

    @Test
    void onlyTheRecordedPulsesCount() {
        long[] times = {0, 10 * MS, 30 * MS, 0, 0};
        FramePacing pacing = FramePacing.of(times, 3);
        assertEquals(2, pacing.intervals());
        assertEquals(20, pacing.max(), 1e-9);
    }

    @Test
    void oneFrameHasNoPacing() {
        assertThrows(IllegalArgumentException.class, () -> FramePacing.of(new long[] {5}, 1));
    }

    @Test
    void aProbeIsLessonPresetAndSeconds() {
        assertEquals(new PaceProbeSpec("single-channel-2d", "heatMap", 10),
                PaceProbeSpec.parse("single-channel-2d:heatMap:10"));
        assertThrows(IllegalArgumentException.class, () -> PaceProbeSpec.parse("single-channel-2d:heatMap"));
        assertThrows(IllegalArgumentException.class, () -> PaceProbeSpec.parse("a:b:0"));
        assertThrows(IllegalArgumentException.class, () -> PaceProbeSpec.parse("a:b:ten"));
        assertThrows(IllegalArgumentException.class, () -> PaceProbeSpec.parse(":b:5"));
    }

    @Test
    void aProbeMayDragInsteadOfPlaying() {
        PaceProbeSpec drag = PaceProbeSpec.parse("deformable-convolution:rotation:20:drag");
        assertEquals(new PaceProbeSpec("deformable-convolution", "rotation", 20, true), drag);
        assertEquals("deformable-convolution:rotation:20:drag", drag.toString());
        assertThrows(IllegalArgumentException.class, () -> PaceProbeSpec.parse("a:b:5:fast"));
    }

    @Test
    void durationsAreSummedUpThemselves() {
        FramePacing latencies = FramePacing.ofDurations(new long[] {3_000_000, 1_000_000, 2_000_000}, 3);
        assertEquals(new FramePacing(3, 2.0, 3.0, 3.0), latencies);
    }
}
