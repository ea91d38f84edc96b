package org.convatlas.lesson.stacking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.ReceptiveField2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LayerStack;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.SeriesChart;
import org.convatlas.lesson.StackLayer;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.grid.FieldPanel;
import org.convatlas.render.grid.FieldRowFigure;
import org.convatlas.render.grid.GridCell;
import org.junit.jupiter.api.Test;

class StackingLessonTest {

    private static final String KEYS = "lesson." + StackingLesson.ID + ".";
    private final StackingLesson lesson = new StackingLesson();

    private ParameterValues values(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(lesson.parameters()));
    }

    private StackingPlayback play(Preset preset) {
        return (StackingPlayback) lesson.prepare(values(preset));
    }

    /** The weights of {@code stack} per channel pair, layer by layer from {@link Counts}, over an input of 9 × 9. */
    private static long weights(LayerStack stack) {
        long sum = 0;
        for (StackLayer layer : stack.layers()) {
            sum += Counts.conv2d(new int[] {1, 9, 9}, new int[] {1, 1, layer.kernelH(), layer.kernelW()}, false,
                    Conv2dParams.DEFAULT.withWindow(layer.window())).parameters();
        }
        return sum;
    }

    /** The field of the top layer of {@code stack}, from the engine. */
    private static ReceptiveField2d field(LayerStack stack) {
        List<ReceptiveField2d> fields = ReceptiveField2d.of(stack.engineLayers());
        return fields.get(fields.size() - 1);
    }

    /** The counts of the last step of a preset in sequence: the stack's field, its weights and the compared ones. */
    private void assertComparison(Preset preset, long ownWeights, long comparedWeights, long side) {
        ParameterValues v = values(preset);
        LayerStack stack = v.get(StackingLesson.STACK);
        LayerStack compared = v.get(StackingLesson.COMPARED);
        assertEquals(ownWeights, weights(stack));
        assertEquals(comparedWeights, weights(compared));
        assertEquals(side, field(stack).horizontal().size());
        assertEquals(side, field(stack).vertical().size());
        assertEquals(side, field(compared).horizontal().size());

        StackingPlayback playback = play(preset);
        assertEquals(stack.size(), playback.stepCount());
        List<Message> counts = playback.frame(stack.size() - 1).counts();
        assertEquals(Message.of(KEYS + "counts.field", side, side), counts.get(1));
        assertEquals(Message.of(KEYS + "counts.weights", ownWeights), counts.get(2));
        assertEquals(Message.of(KEYS + "counts.compared", compared.layers().get(0).kernelH() + "\u00D7"
                + compared.layers().get(0).kernelW(), side, side, comparedWeights), counts.get(3));
        assertEquals(Message.of(KEYS + "counts.share", (double) ownWeights / comparedWeights, ownWeights,
                comparedWeights), counts.get(4));
    }

    @Test
    void twoThreeByThreeLayersSeeWhatOneFiveByFiveSeesWithEighteenWeightsInsteadOfTwentyFive() {
        assertComparison(StackingLesson.TWO_THREES, 18, 25, 5);
    }

    @Test
    void threeThreeByThreeLayersSeeWhatOneSevenBySevenSeesWithTwentySevenWeightsInsteadOfFortyNine() {
        assertComparison(StackingLesson.THREE_THREES, 27, 49, 7);
    }

    @Test
    void oneByNThenNByOneSeesWhatNByNSeesWithTwoNthsOfTheWeights() {
        int n = StackingLesson.ASYMMETRIC_SIDE;
        assertComparison(StackingLesson.ASYMMETRIC, 2L * n, (long) n * n, n);
        // after the first layer a unit sees one row of n cells
        List<Message> first = play(StackingLesson.ASYMMETRIC).frame(0).counts();
        assertEquals(Message.of(KEYS + "counts.field", 1L, (long) n), first.get(1));
    }

    @Test
    void theMultiSizeBlockConcatenatesThreeBranchesThatSeeOneThreeAndFiveCells() {
        StackingPlayback playback = play(StackingLesson.MULTI_SIZE);
        assertEquals(3, playback.stepCount());
        long[] sides = {1, 3, 5};
        for (int b = 0; b < 3; b++) {
            Frame frame = playback.frame(b);
            assertEquals(Message.of(KEYS + "counts.field", sides[b], sides[b]), frame.counts().get(1));
            assertEquals(Message.of(KEYS + "counts.weights", 1L + 9 + 25), frame.counts().get(2));
            List<FieldPanel> panels = ((FieldRowFigure) frame.figure()).panels();
            assertEquals(4, panels.size(), "the input and three branches");
            // the branch's own field solid, the others' and the compared one's dashed
            List<FieldPanel.Field> fields = panels.get(0).fields();
            assertTrue(fields.get(0).solid());
            assertEquals(sides[b], fields.get(0).cells().rows());
            assertEquals(3, fields.stream().filter(f -> !f.solid()).count());
            assertEquals(new GridCell(4, 4), panels.get(b + 1).unit());
        }
        SeriesChart.Series own = playback.chart().series().get(0);
        assertEquals(List.of(new SeriesChart.Point(1, 5)), own.points());
    }

    @Test
    void theChartSetsTheStackBesidePlainAndExponentiallyDilatedThreeByThreeStacking() {
        SeriesChart chart = play(StackingLesson.THREE_THREES).chart();
        assertEquals(3, chart.series().size());
        assertEquals(List.of(3.0, 5.0, 7.0), ys(chart.series().get(0)));
        assertEquals(List.of(3.0, 5.0, 7.0, 9.0), ys(chart.series().get(1)));
        assertEquals(List.of(3.0, 7.0, 15.0, 31.0), ys(chart.series().get(2)));
    }

    private static List<Double> ys(SeriesChart.Series series) {
        return series.points().stream().map(SeriesChart.Point::y).toList();
    }

    @Test
    void pointingAtAUnitDrawsItsFieldOnEveryGridBelow() {
        StackingPlayback playback = play(StackingLesson.THREE_THREES);
        // unit (0, 1) of layer 2 reads cells 0..2 x 1..3 of layer 1 and 0..4 x 1..5 of the input
        Frame frame = playback.probe(0, new Hit(Role.OUTPUT, Coordinates.of(2, 0, 1)));
        List<FieldPanel> panels = ((FieldRowFigure) frame.figure()).panels();
        assertEquals(new CellRange(0, 1, 5, 5), panels.get(0).fields().get(0).cells());
        assertEquals(new CellRange(0, 1, 3, 3), panels.get(1).fields().get(0).cells());
        assertEquals(new GridCell(0, 1), panels.get(2).unit());
        assertTrue(panels.get(3).fields().isEmpty());
        assertEquals(Message.of(KEYS + "counts.layer", 2, 3, 3, 1, 1, 0, 9L), frame.counts().get(0));
        // a cell outside any layer's units leaves the step as it was
        assertEquals(playback.frame(0).counts(), playback.probe(0, new Hit(Role.INPUT,
                Coordinates.of(0, 1, 1))).counts());
    }

    @Test
    void paddingBeforeTheInputWidensTheDrawnGridByAPaddingRing() {
        ParameterValues v = values(StackingLesson.TWO_THREES).with(StackingLesson.STACK,
                LayerStack.repeated(StackLayer.square(3, 1, 1, 1), 2));
        Frame frame = lesson.prepare(v).probe(0, new Hit(Role.OUTPUT, Coordinates.of(2, 0, 0)));
        FieldPanel input = ((FieldRowFigure) frame.figure()).panels().get(0);
        assertEquals(new CellRange(-2, -2, 5, 5), input.fields().get(0).cells());
        assertEquals(new CellRange(-2, -2, 11, 11), input.cells());
        assertEquals(new CellRange(0, 0, 9, 9), input.tensor());
    }

    @Test
    void refusesBranchesOfDifferentSizesAndStacksTooDeepForTheInput() {
        ParameterValues unpadded = values(StackingLesson.MULTI_SIZE).with(StackingLesson.STACK,
                LayerStack.of(StackLayer.square(1, 1, 1, 0), StackLayer.square(3, 1, 1, 0)));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> lesson.prepare(unpadded));
        assertTrue(e.getMessage().startsWith("branch 2 gives 7x7 but branch 1 gives 9x9"), e.getMessage());
        ParameterValues deep = values(StackingLesson.THREE_THREES).with(StackingLesson.SIZE, 5);
        e = assertThrows(InvalidArgumentException.class, () -> lesson.prepare(deep));
        assertTrue(e.getMessage().startsWith("kernel reach 3 exceeds padded input 1"), e.getMessage());
    }

    @Test
    void presetsSetOnlyStacksWithinTheLimits() {
        for (Preset preset : lesson.presets()) {
            ParameterValues v = values(preset);
            StackingLesson.STACK.check(v.get(StackingLesson.STACK));
            assertFalse(lesson.prepare(v).frame(0).counts().isEmpty(), preset.labelKey());
        }
    }
}
