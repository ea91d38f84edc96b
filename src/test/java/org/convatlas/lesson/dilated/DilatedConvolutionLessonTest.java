package org.convatlas.lesson.dilated;

import static org.convatlas.lesson.dilated.DilatedConvolutionLesson.DILATION;
import static org.convatlas.lesson.dilated.DilatedConvolutionLesson.LAYERS;
import static org.convatlas.lesson.dilated.DilatedConvolutionLesson.SIZE;
import static org.convatlas.lesson.dilated.DilatedConvolutionLesson.STRIDE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.ReceptiveField;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Tap;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.imagefilter.FilteredImageFigure;
import org.convatlas.render.grid.FieldPanel;
import org.convatlas.render.grid.FieldRowFigure;
import org.convatlas.render.grid.TapCell;
import org.junit.jupiter.api.Test;

class DilatedConvolutionLessonTest {

    private static final String KEYS = "lesson." + DilatedConvolutionLesson.ID + ".";
    private final DilatedConvolutionLesson lesson = new DilatedConvolutionLesson();

    private ParameterValues values(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(lesson.parameters()));
    }

    /** The engine's fields of {@code depth} 3 × 3 layers at dilations 1, 2, 4, …. */
    private static List<ReceptiveField> classicFields(int depth) {
        List<ReceptiveField.Layer> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            layers.add(new ReceptiveField.Layer(3, 1, 1 << l, 0));
        }
        return ReceptiveField.of(layers);
    }

    @Test
    void dilations124OfStackedThreeByThreeLayersSeeThreeSevenFifteenCells() {
        Preset[] presets = {DilatedConvolutionLesson.RATE_1, DilatedConvolutionLesson.RATE_2,
                DilatedConvolutionLesson.RATE_4};
        long[] sizes = {3, 7, 15};
        long weights = Counts.conv2d(new int[] {1, 15, 15}, new int[] {1, 1, 3, 3}, false, Conv2dParams.DEFAULT)
                .parameters();
        assertEquals(9, weights);
        for (int p = 0; p < presets.length; p++) {
            int depth = p + 1;
            List<ReceptiveField> fields = classicFields(depth);
            assertEquals(sizes[p], fields.get(depth - 1).size());
            Playback playback = lesson.prepare(values(presets[p]));
            assertEquals(depth, playback.stepCount());
            for (int l = 0; l < depth; l++) {
                Frame frame = playback.frame(l);
                long size = fields.get(l).size();
                assertEquals(List.of(Message.of(KEYS + "counts.layer", l + 1, 1 << l, size),
                        Message.of(KEYS + "counts.effective", 3, 1 << l, ConvArithmetic.reach(3, 1 << l)),
                        Message.of(KEYS + "counts.parametersPerLayer", weights)), frame.counts());
                assertTrue(frame.formula().endsWith("= " + size), frame.formula());
                List<FieldPanel> panels = ((FieldRowFigure) frame.figure()).panels();
                assertEquals(depth, panels.size());
                for (int i = 0; i < depth; i++) {
                    FieldPanel.Field field = panels.get(i).fields().get(0);
                    assertEquals(fields.get(i).size(), field.cells().rows());
                    assertEquals(fields.get(i).size(), field.cells().columns());
                    assertEquals(i == l, field.solid());
                    assertEquals(9, panels.get(i).points().size());
                }
            }
        }
    }

    @Test
    void theSampledPointsOfEachLayerAreItsDilationApartAndCentredInItsField() {
        List<FieldPanel> panels = ((FieldRowFigure) lesson.prepare(values(DilatedConvolutionLesson.RATE_4)).frame(2)
                .figure()).panels();
        for (int l = 0; l < 3; l++) {
            FieldPanel panel = panels.get(l);
            List<FieldPanel.Point> points = panel.points();
            assertEquals(1 << l, points.get(1).column() - points.get(0).column());
            assertEquals(1 << l, points.get(3).row() - points.get(0).row());
            FieldPanel.Point middle = points.get(4);
            var cells = panel.fields().get(0).cells();
            assertEquals(cells.left() + (cells.columns() - 1) / 2.0, middle.column());
            assertEquals(cells.top() + (cells.rows() - 1) / 2.0, middle.row());
            // every panel is the same input, the last layer's field with a margin
            assertEquals(15 + 2 * DilatedLayersPlayback.MARGIN, panel.cells().rows());
        }
    }

    @Test
    void theWindowPresetShowsTheEffectiveSizeAndTheOutputSize() {
        ParameterValues v = values(DilatedConvolutionLesson.WINDOW_DILATION_2);
        Frame frame = lesson.prepare(v).frame(0);
        int reach = ConvArithmetic.reach(3, 2);
        assertEquals(5, reach);
        int output = ConvArithmetic.outputSize("height", 9, 0, 0, 3, 1, 2);
        assertEquals(5, output);
        List<Message> counts = frame.counts();
        assertTrue(counts.contains(Message.of("counts.outputSize", output, output)), counts.toString());
        assertTrue(counts.contains(Message.of(KEYS + "counts.effective", 3, 2, reach)), counts.toString());
        assertTrue(counts.contains(Message.of("counts.parameters", Counts.conv2d(new int[] {1, 9, 9},
                new int[] {1, 1, 3, 3}, false, Conv2dParams.DEFAULT.withWindow(Window2d.of(1, 0, 2))).parameters())));
        assertTrue(frame.formula().contains("= 5"), frame.formula());
    }

    @Test
    void onAPictureTheMarkCoversTheReachAndTheMagnifierTheSampledPixels() {
        Playback playback = lesson.prepare(values(DilatedConvolutionLesson.ON_IMAGE));
        // brick.png is 512 x 512; "same" padding keeps that size
        assertEquals(512L * 512, playback.stepCount());
        Frame frame = playback.frame(512L * 8 + 8);
        FilteredImageFigure figure = (FilteredImageFigure) frame.figure();
        int reach = ConvArithmetic.reach(3, 8);
        assertEquals(17, reach);
        // output (8, 8) reads rows 0, 8, 16 and columns 0, 8, 16: the window spans rows 0 to 16
        assertEquals(Message.of("lesson.image-filter.window", 3, 0, reach - 1, 0, reach - 1, 8, 8),
                figure.magnifier().title());
        List<Tap> taps = figure.magnifier().step().taps();
        assertEquals(9, taps.size());
        assertEquals(List.of(0, 8, 16), taps.subList(0, 3).stream().map(t -> TapCell.of(t.source()).get(2)).toList());
        assertEquals(Message.of("lesson.image-filter.counts.perValue", 9), frame.counts().get(1));
    }

    @Test
    void eachViewShowsOnlyItsOwnKnobs() {
        ParameterValues window = values(DilatedConvolutionLesson.WINDOW_DILATION_2);
        ParameterValues layers = values(DilatedConvolutionLesson.RATE_4);
        assertTrue(lesson.isRelevant(DILATION, window));
        assertFalse(lesson.isRelevant(LAYERS, window));
        assertFalse(lesson.isRelevant(STRIDE, layers));
        assertTrue(lesson.isRelevant(LAYERS, layers));
        ParameterValues image = values(DilatedConvolutionLesson.ON_IMAGE);
        assertTrue(lesson.isRelevant(DilatedConvolutionLesson.IMAGE, image));
        assertTrue(lesson.isRelevant(DILATION, image));
        assertFalse(lesson.isRelevant(SIZE, image));
        assertFalse(lesson.isRelevant(DilatedConvolutionLesson.IMAGE, window));
    }

    @Test
    void aKernelReachingBeyondTheInputIsRefusedByTheEngine() {
        ParameterValues v = values(DilatedConvolutionLesson.WINDOW_DILATION_2).with(SIZE, 3).with(DILATION, 4);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> lesson.prepare(v));
        assertTrue(e.getMessage().startsWith("kernel reach 9 exceeds padded input 3"), e.getMessage());
    }
}
