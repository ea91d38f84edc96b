package org.convatlas.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convatlas.lesson.aspp.AsppLesson;
import org.convatlas.lesson.checkerboard.CheckerboardLesson;
import org.convatlas.lesson.conv3d.Conv3dLesson;
import org.convatlas.lesson.convmatrix.ConvMatrixLesson;
import org.convatlas.lesson.correlation.CorrelationVsConvolutionLesson;
import org.convatlas.lesson.deformable.DeformableConvolutionLesson;
import org.convatlas.lesson.depthwiseseparable.DepthwiseSeparableLesson;
import org.convatlas.lesson.flattened.FlattenedLesson;
import org.convatlas.lesson.dilated.DilatedConvolutionLesson;
import org.convatlas.lesson.gridding.GriddingLesson;
import org.convatlas.lesson.grouped.GroupedConvLesson;
import org.convatlas.lesson.imagefilter.ImageFilterLesson;
import org.convatlas.lesson.multichannel.MultiChannelConvLesson;
import org.convatlas.lesson.pixelshuffle.PixelShuffleLesson;
import org.convatlas.lesson.pointwise.PointwiseConvLesson;
import org.convatlas.lesson.pooling.PoolingLesson;
import org.convatlas.lesson.shuffle.ChannelShuffleLesson;
import org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson;
import org.convatlas.lesson.spatiallyseparable.SpatiallySeparableLesson;
import org.convatlas.lesson.squeezeexcitation.SqueezeExcitationLesson;
import org.convatlas.lesson.stacking.StackingLesson;
import org.convatlas.lesson.transposed.TransposedConvolutionLesson;
import org.convatlas.lesson.unpooling.UnpoolingLesson;

/** The lessons of the atlas, grouped by chapter in teaching order. */
public final class LessonRegistry {

    private final List<Lesson> lessons;

    /**
     * The given lessons, in this order within their chapters.
     *
     * @throws IllegalArgumentException if two lessons share an id
     */
    public LessonRegistry(List<? extends Lesson> lessons) {
        Set<String> ids = new HashSet<>();
        for (Lesson lesson : lessons) {
            if (!ids.add(lesson.id())) {
                throw new IllegalArgumentException("two lessons are named " + lesson.id());
            }
        }
        this.lessons = List.copyOf(lessons);
    }

    /** The lessons the app ships, in teaching order. */
    public static LessonRegistry builtIn() {
        return new LessonRegistry(List.of(new CorrelationVsConvolutionLesson(), new SingleChannelConv2dLesson(),
                new ImageFilterLesson(), new MultiChannelConvLesson(), new PointwiseConvLesson(), new Conv3dLesson(),
                new PoolingLesson(), new UnpoolingLesson(), new TransposedConvolutionLesson(), new ConvMatrixLesson(),
                new CheckerboardLesson(), new PixelShuffleLesson(), new DilatedConvolutionLesson(), new StackingLesson(),
                new GriddingLesson(), new AsppLesson(), new SpatiallySeparableLesson(), new DepthwiseSeparableLesson(),
                new FlattenedLesson(), new GroupedConvLesson(), new ChannelShuffleLesson(),
                new DeformableConvolutionLesson(), new SqueezeExcitationLesson()));
    }

    /** Every lesson, in the order given. */
    public List<Lesson> lessons() {
        return lessons;
    }

    /** The lesson named {@code id}. */
    public Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The chapters that have lessons, in chapter order, each with its lessons in the order given. */
    public Map<Chapter, List<Lesson>> byChapter() {
        Map<Chapter, List<Lesson>> chapters = new EnumMap<>(Chapter.class);
        for (Lesson lesson : lessons) {
            chapters.computeIfAbsent(lesson.chapter(), c -> new ArrayList<>()).add(lesson);
        }
        chapters.replaceAll((chapter, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(chapters);
    }

    /** Every bundle key the lessons use: titles, explanations, parameter, option and preset labels. */
    public Set<String> bundleKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Lesson lesson : lessons) {
            keys.add(lesson.chapter().titleKey());
            keys.add(lesson.titleKey());
            keys.add(lesson.explanationKey());
            lesson.parameters().forEach(parameter -> keys.addAll(parameter.bundleKeys()));
            lesson.presets().forEach(preset -> keys.add(preset.labelKey()));
        }
        return keys;
    }
}
