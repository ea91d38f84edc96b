package org.convatlas.lesson.aspp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Window2d;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.DilationRates;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.render.Role;
import org.junit.jupiter.api.Test;

class AsppLessonTest {

    private static final String KEYS = "lesson.aspp.";
    private final AsppLesson lesson = new AsppLesson();

    private ParameterValues values(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(lesson.parameters()));
    }

    /** The engine's count of a {@code k × k} branch at {@code rate}, padded by {@code rate·(k − 1)/2}. */
    static OpCount engineCount(int[] map, int outChannels, int k, int rate) {
        return Counts.conv2d(map, new int[] {outChannels, map[0], k, k}, false,
                new Conv2dParams(Window2d.of(1, rate * (k - 1) / 2, rate), 1, false));
    }

    @Test
    void everyStepCountsWhatTheEngineCounts() {
        for (Preset preset : lesson.presets()) {
            ParameterValues v = values(preset);
            int size = v.get(AsppLesson.FEATURE_SIZE);
            int[] map = {v.get(AsppLesson.INPUT_CHANNELS), size, size}; // the camera picture is square
            int c = v.get(AsppLesson.BRANCH_CHANNELS);
            List<Integer> rates = v.get(AsppLesson.RATES).values();
            Playback playback = lesson.prepare(v);
            assertEquals(rates.size() + 2, playback.stepCount(), preset.labelKey());
            OpCount total = engineCount(map, c, 1, 1);
            assertEquals(Message.of(KEYS + "counts.branch", total.multiplies(), total.parameters()),
                    playback.frame(0).counts().get(1), preset.labelKey());
            for (int i = 0; i < rates.size(); i++) {
                OpCount branch = engineCount(map, c, 3, rates.get(i));
                total = total.plus(branch);
                List<Message> counts = playback.frame(i + 1).counts();
                assertEquals(Message.of(KEYS + "counts.rate", rates.get(i), 2 * rates.get(i) + 1), counts.get(0));
                assertEquals(Message.of(KEYS + "counts.branch", branch.multiplies(), branch.parameters()),
                        counts.get(1));
            }
            List<Message> last = playback.frame(rates.size() + 1).counts();
            assertEquals(List.of(Message.of(KEYS + "counts.total", rates.size() + 1, total.multiplies(),
                    total.parameters()), Message.of(KEYS + "counts.concatenated", rates.size() + 1, c,
                    (rates.size() + 1) * c, size, size)), last, preset.labelKey());
        }
    }

    @Test
    void deepLabsBranchesReadFieldsOf13And25And37CellsAtTheCostOfA3x3() {
        Playback playback = lesson.prepare(values(AsppLesson.DEEPLAB));
        assertEquals(Message.of(KEYS + "counts.pointwise", 1), playback.frame(0).counts().get(0));
        assertEquals(Message.of(KEYS + "counts.rate", 6, 13), playback.frame(1).counts().get(0));
        assertEquals(Message.of(KEYS + "counts.rate", 12, 25), playback.frame(2).counts().get(0));
        assertEquals(Message.of(KEYS + "counts.rate", 18, 37), playback.frame(3).counts().get(0));
        // 256 · 2048 · 9 weights whatever the rate
        assertEquals(Message.of(KEYS + "counts.branch", 4_718_592L * 33 * 33, 4_718_592L),
                playback.frame(3).counts().get(1));
        assertEquals("R = k + (k - 1)(r - 1) = 3 + 2 \\cdot (18 - 1) = 37", playback.frame(3).formula());
        assertEquals("C_{out} = 4 \\cdot 256 = 1024", playback.frame(4).formula());
    }

    @Test
    void theTapsOfTheCentreUnitSpreadByTheRateAndFallOnPaddingOnASmallMap() {
        PyramidFigure figure = (PyramidFigure) lesson.prepare(values(AsppLesson.SMALL_MAP)).frame(3).figure();
        assertEquals(3, figure.current());
        assertEquals(List.of(8), figure.branches().get(0).tapRows());
        assertEquals(List.of(2, 8, 14), figure.branches().get(1).tapRows());
        assertEquals(List.of(-10, 8, 26), figure.branches().get(3).tapColumns());
        assertTrue(figure.roles().contains(Role.PADDING));
        PyramidFigure deepLab = (PyramidFigure) lesson.prepare(values(AsppLesson.DEEPLAB)).frame(0).figure();
        assertEquals(List.of(-2, 16, 34), deepLab.branches().get(3).tapRows(), "even a 33-cell map is left by rate 18");
        PyramidFigure small = (PyramidFigure) lesson.prepare(values(AsppLesson.DEEPLAB)
                .with(AsppLesson.RATES, DilationRates.of(2, 4))).frame(0).figure();
        assertTrue(!small.roles().contains(Role.PADDING), "rates 2 and 4 stay within a 33-cell map");
    }

    @Test
    void typedRatesMakeTheBranches() {
        ParameterValues v = values(AsppLesson.DEEPLAB).with(AsppLesson.RATES, DilationRates.of(2, 4));
        Playback playback = lesson.prepare(v);
        assertEquals(4, playback.stepCount());
        assertEquals(-1, ((PyramidFigure) playback.frame(3).figure()).current());
    }
}
