package org.convatlas.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.text.Font;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonRegistry;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.render.Palette;
import org.convatlas.render.StagePainter;
import org.convatlas.ui.AppFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In the export of every lesson's presets, at 1280×720 and 1920×1080, at type scales 1 to 3, in both languages, the
 * captions over the grids of the first frame do not overlap one another and stay inside the picture (figures that say
 * where their captions are: {@link org.convatlas.render.Figure#captionBoxes}).
 */
class ExportCaptionsTest {

    private static final LessonRegistry REGISTRY = LessonRegistry.builtIn();
    private static final List<PixelSize> SIZES = List.of(new PixelSize(1280, 720), new PixelSize(1920, 1080));
    private static final double[] SCALES = {1, 2, 3};
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    @BeforeAll
    static void startJavaFx() throws InterruptedException {
        HeadlessJavaFx.start();
    }

    static Stream<Arguments> lessonsAndPresets() {
        List<Arguments> cases = new ArrayList<>();
        for (Lesson lesson : REGISTRY.lessons()) {
            if (lesson.presets().isEmpty()) {
                cases.add(Arguments.of(lesson.id(), null));
            }
            lesson.presets().forEach(preset -> cases.add(Arguments.of(lesson.id(), preset.name())));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lessonsAndPresets")
    void captionsKeepApart(String id, String presetName) {
        Lesson lesson = REGISTRY.find(id).orElseThrow();
        ParameterValues values = ParameterValues.defaults(lesson.parameters());
        if (presetName != null) {
            values = lesson.presets().stream().filter(p -> p.name().equals(presetName)).findFirst().orElseThrow()
                    .applyTo(values);
        }
        ExportSubject subject = ExportSubject.prepare(lesson, values, presetName);
        Frame frame = subject.playback().frame(0);
        for (Locale language : LANGUAGES) {
            ExportTexts texts = new ExportTexts(subject, language);
            String family = AppFonts.familyFor(language).orElse(Font.getDefault().getFamily());
            for (PixelSize size : SIZES) {
                for (double scale : SCALES) {
                    ExportSettings settings = new ExportSettings(ExportFormat.PNG, size, scale, Palette.LIGHT, true,
                            StepSelection.current(), ExportSettings.DEFAULT_DELAY_MILLIS, language, family);
                    AnnotatedPicture picture = new AnnotatedPicture(texts, settings, List.of(frame));
                    String where = size + " at scale " + scale + " in " + language;
                    assertApart(StagePainter.captionBoxes(frame.figure(), size.width(),
                            picture.layout().stageHeight(), picture.context()), size.width(), where);
                }
            }
        }
    }

    private static void assertApart(List<Rectangle2D> boxes, double width, String where) {
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D box = boxes.get(i);
            assertTrue(box.getMinX() >= 0 && box.getMaxX() <= width, "caption " + i + " within the picture, " + where);
            for (int j = i + 1; j < boxes.size(); j++) {
                assertTrue(!box.intersects(boxes.get(j)), "captions " + i + " and " + j + " overlap, " + where
                        + ": " + box + ", " + boxes.get(j));
            }
        }
    }
}
