package org.convatlas.lesson.shuffle;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.convatlas.compute.ChannelGroups;
import org.convatlas.lesson.Chapter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.LessonInfo;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;

/**
 * Channel shuffle (ShuffleNet): the {@code C} channels in {@code G} groups laid out as a {@code G × C/G} grid, one
 * group a row, transposed to {@code C/G × G} and read out row by row, so that output channel {@code k} is input
 * channel {@code (k mod G)·C/G + ⌊k/G⌋} ({@link org.convatlas.compute.ChannelShuffle}); every channel keeps its
 * group's colour. Then why: two grouped convolutions in a row, without and with the shuffle between them, and which
 * input channels each output channel depends on ({@link org.convatlas.compute.ChannelShuffle#twoLayerDependencies}).
 */
public final class ChannelShuffleLesson implements Lesson {

    public static final String ID = "channel-shuffle";
    static final String KEYS = "lesson." + ID + ".";

    /** What the lesson plays: the shuffle itself, or two grouped layers with and without it. */
    public enum View {
        SHUFFLE, LAYERS;

        String labelKey() {
            return KEYS + "view." + name().toLowerCase(Locale.ROOT);
        }
    }

    public static final ChoiceParameter<View> VIEW = new ChoiceParameter<>("view", KEYS + "view",
            Arrays.stream(View.values()).map(v -> new ChoiceParameter.Option<>(v, v.labelKey())).toList(),
            View.SHUFFLE);
    public static final IntParameter CHANNELS = new IntParameter("channels", KEYS + "channels", 1, 16, 8);
    public static final IntParameter GROUPS = new IntParameter("groups", "lesson.grouped-conv.groups", 1, 16, 2);

    /** 8 channels in 2 groups: 0, 4, 1, 5, 2, 6, 3, 7. */
    public static final Preset TWO_GROUPS = preset("twoGroups", View.SHUFFLE, 8, 2);
    /** 12 channels in 3 groups, as ShuffleNet's g = 3. */
    public static final Preset THREE_GROUPS = preset("threeGroups", View.SHUFFLE, 12, 3);
    /** Two grouped layers of 8 channels in 2 groups: with the shuffle every output sees every input channel. */
    public static final Preset TWO_LAYERS = preset("twoLayers", View.LAYERS, 8, 2);
    /** 8 channels in 4 groups: with the shuffle each output sees 2 of the 4 groups, not all. */
    public static final Preset FOUR_GROUP_LAYERS = preset("fourGroupLayers", View.LAYERS, 8, 4);

    private static final LessonInfo INFO = new LessonInfo(ID, Chapter.CHANNEL_GROUPS, List.of(VIEW, CHANNELS, GROUPS),
            List.of(TWO_GROUPS, THREE_GROUPS, TWO_LAYERS, FOUR_GROUP_LAYERS));

    private static Preset preset(String name, View view, int channels, int groups) {
        return Preset.named(Lesson.presetKey(ID, name)).with(VIEW, view).with(CHANNELS, channels)
                .with(GROUPS, groups);
    }

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public Playback prepare(ParameterValues values) {
        int channels = values.get(CHANNELS);
        int groups = values.get(GROUPS);
        ChannelGroups.check(groups, channels, channels);
        return new ChannelShufflePlayback(values.get(VIEW), channels, groups);
    }
}
