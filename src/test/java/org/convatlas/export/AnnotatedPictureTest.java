package org.convatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.pixelshuffle.PixelShuffleLesson;
import org.convatlas.lesson.transposed.TransposedConvolutionLesson;
import org.convatlas.render.Palette;
import org.convatlas.render.StagePainter;
import org.convatlas.render.grid.GridPainter;
import org.convatlas.ui.AppFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The heading of an exported picture: counts longer than a line take several lines at a readable size, every line
 * keeps to the width, and the heading leaves the stage its room, at the common sizes and type scales, in both
 * languages. The stage it leaves is large enough for the numbers of small grids.
 */
class AnnotatedPictureTest {

    private static final TransposedConvolutionLesson LESSON = new TransposedConvolutionLesson();

    @BeforeAll
    static void startJavaFx() throws InterruptedException {
        HeadlessJavaFx.start();
    }

    private static ExportSettings settings(int width, int height, double scale, Locale language) {
        return new ExportSettings(ExportFormat.PNG, new PixelSize(width, height), scale, Palette.LIGHT, true,
                StepSelection.current(), ExportSettings.DEFAULT_DELAY_MILLIS, language,
                AppFonts.familyFor(language).orElse(Font.getDefault().getFamily()));
    }

    /** The first frame of {@code lesson} at {@code preset}, its export at {@code size} and type scale 1. */
    private static double cellOfFirstFrame(Lesson lesson, Preset preset, PixelSize size) {
        ExportSubject subject = ExportSubject.prepare(lesson,
                preset.applyTo(ParameterValues.defaults(lesson.parameters())), null);
        Frame frame = subject.playback().frame(0);
        ExportSettings settings = settings(size.width(), size.height(), 1, Locale.ENGLISH);
        AnnotatedPicture picture = new AnnotatedPicture(new ExportTexts(subject, Locale.ENGLISH), settings,
                List.of(frame));
        return StagePainter.scale(frame.figure(), size.width(), picture.layout().stageHeight(), picture.context())
                / picture.context().unit();
    }

    @ParameterizedTest
    @CsvSource({"1280, 720", "1920, 1080"})
    void theGridsOfPixelShuffleAndOfTheTransposedConvolutionShowTheirNumbers(int width, int height) {
        PixelSize size = new PixelSize(width, height);
        for (Lesson lesson : List.of(new PixelShuffleLesson(), LESSON)) {
            for (Preset preset : lesson.presets()) {
                assertTrue(cellOfFirstFrame(lesson, preset, size) >= GridPainter.NUMBER_MIN_CELL,
                        lesson.id() + " " + preset.name() + " at " + size + " shows its numbers");
            }
        }
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    @ParameterizedTest
    @CsvSource({"1280, 720, 1, en", "1920, 1080, 1, en", "1280, 720, 1, zh-CN", "1280, 720, 2, en",
        "1920, 1080, 3, en", "1920, 1080, 3, zh-CN"})
    void longCountsTakeSeveralLinesAtAReadableSizeWithinTheWidth(int width, int height, double scale,
                                                                  String language) {
        Locale locale = Locale.forLanguageTag(language);
        ExportSettings settings = settings(width, height, scale, locale);
        ExportSubject subject = ExportSubject.prepare(LESSON,
                TransposedConvolutionLesson.STRIDE_2.applyTo(ParameterValues.defaults(LESSON.parameters())), null);
        Frame frame = subject.playback().frame(0);
        AnnotatedPicture picture = new AnnotatedPicture(new ExportTexts(subject, locale), settings, List.of(frame));
        PictureLayout layout = picture.layout();
        List<AnnotatedPicture.TextLine> heading = picture.heading(frame);

        double readable = ExportSettings.MIN_SCALE * ExportSettings.BASE_UNIT_SHARE * height;
        int countLines = 0;
        for (int i = 0; i < heading.size(); i++) {
            AnnotatedPicture.TextLine line = heading.get(i);
            double size = line.font().getSize();
            boolean title = i < layout.title().size();
            assertEquals(title ? PictureLayout.TITLE_SCALE * layout.unit() : layout.unit(), size, 1e-3,
                    "'" + line.text() + "' in the heading's size");
            assertTrue(size >= readable, "'" + line.text() + "' is readable");
            assertTrue(width(line.text(), line.font()) <= width - 2 * layout.unit(),
                    "'" + line.text() + "' keeps to the width");
            countLines += !title && !line.muted() ? 1 : 0;
        }
        assertTrue(countLines >= 2, "the counts take several lines: " + heading);
        if (scale == 1) {
            assertEquals(settings.unit(), layout.unit(), 1e-9, "at type scale 1 the heading is in the label size");
        }
        AnnotatedPicture.TextLine last = heading.get(heading.size() - 1);
        assertTrue(last.top() + last.lineHeight() <= layout.stageTop() + 1e-9, "the heading is over the stage");
        assertTrue(layout.stageHeight() >= (1 - PictureLayout.TEXT_SHARE) * height - 1e-9,
                "the stage keeps its share");
        assertTrue(layout.unit() * PictureLayout.STAGE_UNITS <= layout.stageHeight() + 1e-9,
                "the labels leave the stage's figure room");
    }
}
