package org.convatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.Function;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.conv3d.Conv3dLesson;
import org.convatlas.lesson.grid.PaddingChoice;
import org.convatlas.lesson.imagefilter.ImageFilterLesson;
import org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson;
import org.convatlas.lesson.transposed.TransposedConvolutionLesson;
import org.junit.jupiter.api.Test;

/** The caption line of a lesson's parameters, from the descriptors alone: "label: value" pairs that read as such. */
class ParameterLineTest {

    private static final SingleChannelConv2dLesson LESSON = new SingleChannelConv2dLesson();

    private static Function<Message, String> texts(Locale language) {
        return message -> I18n.format(language, message.key(), message.arguments().toArray());
    }

    private static String line(Lesson lesson, Preset preset, Locale language) {
        return ParameterLine.of(lesson, preset.applyTo(ParameterValues.defaults(lesson.parameters())),
                texts(language));
    }

    @Test
    void namesEachParameterThatCountsWithItsValue() {
        ParameterValues values = ParameterValues.defaults(LESSON.parameters())
                .with(SingleChannelConv2dLesson.STRIDE, 2);
        assertEquals("Input height: 4 · Input width: 4 · Input: Classic digits · Kernel: 3×3 · Stride: 2 · "
                + "Padding: Valid (none) · Dilation: 1", ParameterLine.of(LESSON, values, texts(Locale.ENGLISH)));
    }

    @Test
    void showsThePadsOfEachSideOnlyWhenThePaddingIsExplicit() {
        ParameterValues values = ParameterValues.defaults(LESSON.parameters())
                .with(SingleChannelConv2dLesson.PADDING, PaddingChoice.EXPLICIT);
        String line = ParameterLine.of(LESSON, values, texts(Locale.SIMPLIFIED_CHINESE));
        assertTrue(line.contains(I18n.format(Locale.SIMPLIFIED_CHINESE, "parameter.padTop") + "：0"), line);
    }

    @Test
    void choicesReadAsValuesOfTheirLabels() {
        ImageFilterLesson filter = new ImageFilterLesson();
        Preset sobel = filter.presets().stream().filter(p -> p.name().equals("sobel")).findFirst().orElseThrow();
        assertEquals("Image: camera.png · Kernel: 3×3 · Channels filtered: Luminance · Padding: None · "
                + "Result shown as: Suited to the kernel", line(filter, sobel, Locale.ENGLISH));
        assertEquals("图像：camera.png · 卷积核：3×3 · 滤波对象：亮度 · 填充：不填充 · 结果显示：按卷积核自动选择",
                line(filter, sobel, Locale.SIMPLIFIED_CHINESE));
        TransposedConvolutionLesson transposed = new TransposedConvolutionLesson();
        assertEquals("Picture: Both, side by side · Input size: 2 · Input: Counting 1, 2, 3… · Kernel: 3×3 · "
                + "Stride: 2 · Padding: 0 · Output padding: 0 · Dilation: 1",
                line(transposed, TransposedConvolutionLesson.STRIDE_2, Locale.ENGLISH));
        Conv3dLesson conv3d = new Conv3dLesson();
        assertTrue(line(conv3d, Conv3dLesson.VOLUME, Locale.ENGLISH)
                .endsWith("Depth read as: An axis the kernel moves along (3D) · Pull a sheet out: off"),
                line(conv3d, Conv3dLesson.VOLUME, Locale.ENGLISH));
    }
}
