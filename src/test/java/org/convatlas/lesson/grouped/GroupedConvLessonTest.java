package org.convatlas.lesson.grouped;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Counts;
import org.convatlas.compute.GroupedCount;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Cards;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.stack.SheetStack;
import org.convatlas.render.stack.StackConvolution;
import org.convatlas.render.stack.StackConvolutionFigure;
import org.junit.jupiter.api.Test;

class GroupedConvLessonTest {

    private static final GroupedConvLesson LESSON = new GroupedConvLesson();

    private static ParameterValues values(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(LESSON.parameters()));
    }

    private static List<String> card(Frame frame, Locale locale) {
        return Cards.card(frame, locale);
    }

    private static List<String> card(Frame frame) {
        return Cards.card(frame);
    }

    private static StackConvolution scene(Frame frame) {
        return ((StackConvolutionFigure) frame.figure()).scene();
    }

    /** 8 → 8 channels, 3×3 on 5×5: 72 steps, 576, 288, 144 and 72 weights for the four presets. */
    @Test
    void thePresetsGiveTheWeightsOfTheIssueDividedByTheirGroups() {
        Preset[] presets = {GroupedConvLesson.ONE_GROUP, GroupedConvLesson.ALEX_NET, GroupedConvLesson.FOUR_GROUPS,
                GroupedConvLesson.DEPTHWISE};
        String[] weights = {"576", "288", "144", "72"};
        String[] multiplies = {"5,184", "2,592", "1,296", "648"};
        String[] shapes = {"8×3×3", "4×3×3", "2×3×3", "1×3×3"};
        int[] groups = {1, 2, 4, 8};
        for (int i = 0; i < presets.length; i++) {
            Playback playback = LESSON.prepare(values(presets[i]));
            assertEquals(72, playback.stepCount());
            List<String> first = card(playback.frame(0));
            String context = first.toString();
            assertEquals("Multiplications so far: " + (72 / groups[i]) + " of " + multiplies[i], first.get(0));
            assertTrue(first.contains("Weights: 8 filters of " + shapes[i] + " = " + weights[i]
                    + ", the standard convolution’s 576 divided by " + groups[i]), context);
            assertTrue(first.contains("Multiplications: " + multiplies[i] + ", the standard convolution’s 5,184 divided by "
                    + groups[i]), context);
            assertEquals(groups[i] == 8, first.contains(
                    "G = Cin: every filter reads one channel, the depthwise convolution (Factorized chapter)"), context);
            assertEquals("Output: 8×3×3", first.get(first.size() - 1));
        }
    }

    /** The values moved: 200 input + 288 weights + 72 output = 560 against 848, 1.5 times fewer against 2 times. */
    @Test
    void theMemoryTrafficFallsByLessThanTheMultiplications() {
        List<String> alexNet = card(LESSON.prepare(values(GroupedConvLesson.ALEX_NET)).frame(0));
        assertTrue(alexNet.contains("Values read and written once: 200 input + 288 weights + 72 output = 560, against"
                + " 848 with one group: 1.5 times fewer (multiplications: 2 times)"), alexNet.toString());
        List<String> depthwise = card(LESSON.prepare(values(GroupedConvLesson.DEPTHWISE)).frame(0));
        assertTrue(depthwise.contains("Values read and written once: 200 input + 72 weights + 72 output = 344, against"
                + " 848 with one group: 2.5 times fewer (multiplications: 8 times)"), depthwise.toString());
        List<String> standard = card(LESSON.prepare(values(GroupedConvLesson.ONE_GROUP)).frame(0));
        assertTrue(standard.contains("Values read and written once: 200 input + 576 weights + 72 output = 848"),
                standard.toString());
        List<String> zh = card(LESSON.prepare(values(GroupedConvLesson.ALEX_NET)).frame(0), Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("2 组（色带 0 到 1），每组 4 个输入通道、4 个滤波器和输出通道"), zh.toString());
    }

    /** The explanation's 576, 288, 144 and 72 are the engine's counts for 8 → 8 channels, 3×3. */
    @Test
    void theExplanationsNumbersAreTheEngines() {
        StringBuilder numbers = new StringBuilder();
        for (Preset preset : List.of(GroupedConvLesson.ONE_GROUP, GroupedConvLesson.ALEX_NET,
                GroupedConvLesson.FOUR_GROUPS, GroupedConvLesson.DEPTHWISE)) {
            GroupedConvLesson.Inputs in = GroupedConvLesson.Inputs.of(values(preset));
            GroupedCount count = Counts.groupedConv2d(in.x().shape(), in.w().shape(), in.params());
            numbers.append(numbers.isEmpty() ? "" : ", ").append(count.grouped().parameters());
        }
        String listed = numbers.toString().replaceFirst(", (\\d+)$", " and $1");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String explanation = I18n.format(locale, LESSON.explanationKey());
            String expected = locale == Locale.ENGLISH ? listed : listed.replace(", ", "、").replace(" and ", "、");
            assertTrue(explanation.contains(expected), locale + ": " + expected);
        }
    }

    /** Every input and output sheet carries its group's band; the filter's caption names its group; the output is the engine's. */
    @Test
    void theSheetsCarryTheirGroupsAndTheFilterReadsOnlyItsOwn() {
        ParameterValues values = values(GroupedConvLesson.FOUR_GROUPS);
        Playback playback = LESSON.prepare(values);
        GroupedConvLesson.Inputs in = GroupedConvLesson.Inputs.of(values);
        assertArrayEquals(Conv2d.apply(in.x(), in.w(), null, in.params()).data(), playback.output().orElseThrow().data());
        long filter5 = 5 * 9 + 4;
        StackConvolution scene = scene(playback.frame(filter5));
        for (SheetStack.Shown shown : scene.input().shown()) {
            assertEquals(shown.index() / 2, shown.sheet().group(), shown.sheet().caption());
        }
        for (SheetStack.Shown shown : scene.output().shown()) {
            assertEquals(shown.index() / 2, shown.sheet().group(), shown.sheet().caption());
        }
        assertEquals(List.of(4, 5), scene.facings().stream().map(StackConvolution.Facing::input).toList(),
                "filter 5 of group 2 lies on input channels 4 and 5 only");
        assertEquals(Message.of("figure.stack.groupKernel", 5, "2", "2×3×3"), scene.captions().kernel());
        assertTrue(scene.facings().stream().allMatch(f -> f.kernel().caption().startsWith("w[5,")));
    }

    /** Pointing at an input cell of channel 6 marks outputs of channels 6 and 7 only, the outputs of its group. */
    @Test
    void anInputCellIsReadOnlyByTheOutputsOfItsGroup() {
        Playback playback = LESSON.prepare(values(GroupedConvLesson.FOUR_GROUPS));
        Frame probed = playback.probe(0, new Hit(Role.INPUT, Coordinates.of(6, 2, 2)));
        StackConvolution.Readers readers = scene(probed).readers();
        assertEquals(18, readers.outputs().size());
        assertTrue(readers.outputs().stream().allMatch(at -> at.get(0) == 6 || at.get(0) == 7), readers.toString());
    }

    @Test
    void groupsThatDoNotDivideBothChannelCountsAreRefusedWithTheChoices() {
        ParameterValues values = values(GroupedConvLesson.ALEX_NET).with(GroupedConvLesson.OUTPUT_CHANNELS, 12)
                .with(GroupedConvLesson.GROUPS, 3);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> LESSON.prepare(values));
        assertEquals("groups 3 must divide both 8 input and 12 output channels: 1, 2 or 4", e.getMessage());
        assertFalse(LESSON.prepare(values.with(GroupedConvLesson.GROUPS, 4)).frame(0).counts().isEmpty());
    }
}
