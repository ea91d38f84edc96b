package org.convatlas.lesson.gridding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.GriddingCoverage;
import org.convatlas.compute.HybridDilationRules;
import org.convatlas.compute.HybridDilationRules.Verdict;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.DilationRates;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.junit.jupiter.api.Test;

class GriddingLessonTest {

    private static final String KEYS = "lesson.gridding.";
    private final GriddingLesson lesson = new GriddingLesson();

    private ParameterValues values(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(lesson.parameters()));
    }

    /** The engine's coverage of a unit of the last layer of {@code rates}. */
    static GriddingCoverage engineCoverage(DilationRates rates) {
        return GriddingCoverage.of(rates.values().stream()
                .map(rate -> new GriddingCoverage.Layer(GriddingLesson.KERNEL, rate)).toList());
    }

    /** The lines the counts card should show for the whole stack: field, share, then one line per rule. */
    static List<Message> expectedCounts(DilationRates rates) {
        GriddingCoverage coverage = engineCoverage(rates);
        List<Verdict> verdicts = HybridDilationRules.check(rates.toArray(), GriddingLesson.KERNEL);
        int[] r = rates.toArray();
        return List.of(Message.of(KEYS + "counts.field", rates.count(), rates.count(), coverage.size()),
                Message.of(KEYS + "counts.share", coverage.touchedFraction()),
                Message.of(RuleLines.key(verdicts.get(0)), HybridDilationRules.commonFactor(r)),
                Message.of(RuleLines.key(verdicts.get(1))),
                r.length < 2 ? Message.of(KEYS + "rule.maxGap.tooFew")
                        : Message.of(RuleLines.key(verdicts.get(2)), HybridDilationRules.maxGaps(r)[1],
                        GriddingLesson.KERNEL));
    }

    @Test
    void everyPresetShowsTheEnginesFieldShareAndVerdictsAtItsLastStep() {
        for (Preset preset : lesson.presets()) {
            DilationRates rates = values(preset).get(GriddingLesson.RATES);
            Playback playback = lesson.prepare(values(preset));
            assertEquals(rates.count(), playback.stepCount(), preset.labelKey());
            Frame last = playback.frame(playback.stepCount() - 1);
            assertEquals(expectedCounts(rates), last.counts(), preset.labelKey());
        }
    }

    @Test
    void sameRatesReadAQuarterOfTheFieldAndTheSawToothReadsAllOfIt() {
        Frame same = lastFrame(GriddingLesson.SAME_RATES);
        assertEquals(Message.of(KEYS + "counts.share", 49.0 / 169), same.counts().get(1));
        assertEquals(Message.of(KEYS + "rule.commonFactor.unmet", 2), same.counts().get(2));
        assertEquals(Message.of(KEYS + "rule.sawTooth.unmet"), same.counts().get(3));
        assertEquals(Message.of(KEYS + "rule.maxGap.met", 2, 3), same.counts().get(4));

        Frame sawTooth = lastFrame(GriddingLesson.SAW_TOOTH);
        assertEquals(Message.of(KEYS + "counts.share", 1.0), sawTooth.counts().get(1));
        assertEquals(List.of(Message.of(KEYS + "rule.commonFactor.met", 1), Message.of(KEYS + "rule.sawTooth.met"),
                Message.of(KEYS + "rule.maxGap.met", 2, 3)), sawTooth.counts().subList(2, 5));
        assertEquals("R = 1 + (K - 1) \\sum_l r_l = 1 + (3 - 1)(1 + 2 + 5) = 17", sawTooth.formula());

        Frame factor = lastFrame(GriddingLesson.COMMON_FACTOR);
        assertEquals(Message.of(KEYS + "rule.maxGap.unmet", 4, 3), factor.counts().get(4));
    }

    @Test
    void eachStepAddsALayer() {
        Playback playback = lesson.prepare(values(GriddingLesson.SAW_TOOTH));
        for (int step = 0; step < 3; step++) {
            DilationRates first = DilationRates.of(1, 2, 5).first(step + 1);
            GriddingCoverage coverage = engineCoverage(first);
            Frame frame = playback.frame(step);
            assertEquals(Message.of(KEYS + "counts.field", step + 1, 3, coverage.size()), frame.counts().get(0));
            CoverageMap map = ((GriddingFigure) frame.figure()).coverage();
            assertEquals(coverage.size(), map.size());
            for (int y = 0; y < map.size(); y++) {
                for (int x = 0; x < map.size(); x++) {
                    assertEquals(coverage.paths(y, x) > 0, map.reaches(y, x), "step " + step + " at " + y + ", " + x);
                }
            }
        }
    }

    @Test
    void aSingleRateMeetsNoRuleButTheFirstWhenItIsOne() {
        ParameterValues one = ParameterValues.defaults(lesson.parameters()).with(GriddingLesson.RATES,
                DilationRates.of(1));
        assertEquals(expectedCounts(DilationRates.of(1)), lesson.prepare(one).frame(0).counts());
    }

    @Test
    void pointingAtThePictureMovesTheUnitThere() {
        Playback playback = lesson.prepare(values(GriddingLesson.SAME_RATES));
        Frame moved = playback.probe(2, new Hit(Role.INPUT, Coordinates.of(0, 40, 100)));
        GriddingFigure figure = (GriddingFigure) moved.figure();
        assertEquals(Message.of(KEYS + "caption.centre", 40, 100), figure.pixelsCaption().get(1));
        Frame corner = playback.probe(2, new Hit(Role.INPUT, Coordinates.of(0, 0, 0)));
        assertEquals(Message.of(KEYS + "caption.centre", 6, 6),
                ((GriddingFigure) corner.figure()).pixelsCaption().get(1), "the field is moved in to fit");
        assertTrue(figure.roles().contains(Role.UNREAD));
        assertTrue(!figure.roles().contains(Role.DILATION_HOLE), "cells the stack never reads are no dilation holes");
        assertTrue(!((GriddingFigure) lastFrame(GriddingLesson.SAW_TOOTH).figure()).roles()
                .contains(Role.UNREAD));
    }

    private Frame lastFrame(Preset preset) {
        Playback playback = lesson.prepare(values(preset));
        return playback.frame(playback.stepCount() - 1);
    }
}
