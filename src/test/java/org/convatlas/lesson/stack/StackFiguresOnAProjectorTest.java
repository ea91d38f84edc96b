package org.convatlas.lesson.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.text.Font;
import org.convatlas.export.HeadlessJavaFx;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.conv3d.Conv3dLesson;
import org.convatlas.lesson.depthwiseseparable.DepthwiseSeparableLesson;
import org.convatlas.lesson.multichannel.MultiChannelConvLesson;
import org.convatlas.lesson.pointwise.PointwiseConvLesson;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Palette;
import org.convatlas.render.StagePainter;
import org.convatlas.render.StagedFigure;
import org.convatlas.render.stack.StackConvolutionFigure;
import org.convatlas.ui.AppFonts;
import org.convatlas.ui.MainViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On a projector's stage, 640×560 pixels at the default type size, the lessons on stacks of channels draw their sheets
 * large enough to see, not as slivers squeezed out by their captions: cells of at least {@link #MIN_CELL} pixels, or,
 * on input sheets too many cells across for that beside the output's ({@code 28×28}), sheets at least
 * {@link #MIN_SIDE} pixels a side; every caption inside the stage and clear of the others; at the first, middle and
 * last steps of every preset, in both languages.
 */
class StackFiguresOnAProjectorTest {

    private static final LessonRegistry REGISTRY = LessonRegistry.builtIn();
    private static final List<String> LESSONS = List.of(PointwiseConvLesson.ID, MultiChannelConvLesson.ID,
            Conv3dLesson.ID, DepthwiseSeparableLesson.ID);
    private static final double WIDTH = 640;
    private static final double HEIGHT = 560;
    /** The smallest cell side, in pixels, at which a sheet still reads as a grid of cells. */
    private static final double MIN_CELL = 8;
    /** The smallest side of a sheet of many cells, drawn as a heat map, in pixels. */
    private static final double MIN_SIDE = 48;

    @BeforeAll
    static void startJavaFx() throws InterruptedException {
        HeadlessJavaFx.start();
        AppFonts.load();
    }

    static Stream<Arguments> presets() {
        List<Arguments> cases = new ArrayList<>();
        for (String id : LESSONS) {
            REGISTRY.find(id).orElseThrow().presets().forEach(preset -> cases.add(Arguments.of(id, preset.name())));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("presets")
    void sheetsKeepTheirSizeAndCaptionsKeepApart(String id, String presetName) {
        Lesson lesson = REGISTRY.find(id).orElseThrow();
        ParameterValues values = lesson.presets().stream().filter(p -> p.name().equals(presetName)).findFirst()
                .orElseThrow().applyTo(ParameterValues.defaults(lesson.parameters()));
        Playback playback = lesson.prepare(values);
        for (Locale language : I18n.SUPPORTED) {
            DrawContext context = context(language);
            for (long step : StackedFrames.probedSteps(playback)) {
                Figure figure = playback.frame(step).figure();
                String where = "step " + step + " in " + language;
                double cell = StagePainter.scale(figure, WIDTH, HEIGHT, context);

                int side = widestSheet(figure);
                assertTrue(cell >= MIN_CELL || cell * side >= MIN_SIDE,
                        "cells of " + cell + " px on sheets " + side + " cells across at " + where);
                assertApart(StagePainter.captionBoxes(figure, WIDTH, HEIGHT, context), where);
            }
        }
    }

    /** The most columns of an input sheet of the figure, or of its stage's. */
    private static int widestSheet(Figure figure) {
        Figure stack = figure instanceof StagedFigure staged ? staged.stage() : figure;
        return ((StackConvolutionFigure) stack).scene().input().shown().stream()
                .mapToInt(shown -> shown.sheet().columns()).max().orElseThrow();
    }

    private static void assertApart(List<Rectangle2D> boxes, String where) {
        assertTrue(!boxes.isEmpty(), "the figure says where its captions are");
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D box = boxes.get(i);
            assertTrue(box.getMinX() >= 0 && box.getMaxX() <= WIDTH, "caption " + i + " " + box + " inside, " + where);
            for (int j = i + 1; j < boxes.size(); j++) {
                assertTrue(!box.intersects(boxes.get(j)), "captions " + i + " and " + j + " overlap, " + where);
            }
        }
    }

    private static DrawContext context(Locale language) {
        Font font = Font.font(AppFonts.familyFor(language).orElse(Font.getDefault().getFamily()),
                MainViewModel.DEFAULT_FONT_SIZE);
        return new DrawContext(Palette.LIGHT, font, role -> I18n.format(language, role.labelKey()),
                message -> I18n.format(language, message.key(), message.arguments().toArray()));
    }
}
