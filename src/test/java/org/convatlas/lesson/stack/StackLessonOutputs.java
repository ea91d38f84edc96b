package org.convatlas.lesson.stack;

import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Conv3d;
import org.convatlas.compute.Tensor;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.conv3d.Conv3dLesson;
import org.convatlas.lesson.multichannel.MultiChannelConvLesson;
import org.convatlas.lesson.pointwise.PointwiseConvLesson;

/**
 * The outputs of the lessons on stacks, computed by the engine's plain operations from the very tensors each lesson
 * shows, for window tests outside this package. A lesson's step {@code i} writes element {@code i} of its output in
 * row-major order.
 */
public final class StackLessonOutputs {

    private StackLessonOutputs() {
    }

    /** What the multi-channel lesson computes with {@code values}: {@code [N, Ho, Wo]}. */
    public static Tensor multiChannel(ParameterValues values) {
        MultiChannelConvLesson.Inputs in = MultiChannelConvLesson.inputs(values);
        return Conv2d.apply(in.x(), in.w(), in.b(), in.params());
    }

    /** What the 1×1 lesson computes with {@code values}: {@code [Co, H, W]}. */
    public static Tensor pointwise(ParameterValues values) {
        PointwiseConvLesson.Inputs in = PointwiseConvLesson.inputs(values);
        return Conv2d.apply(in.x(), in.w(), null, Conv2dParams.DEFAULT);
    }

    /**
     * What the 3-D lesson computes with {@code values}, in the reading they choose: {@code [1, Do, Ho, Wo]} for the
     * volume, {@code [1, Ho, Wo]} for the depth taken as channels.
     */
    public static Tensor volume(ParameterValues values) {
        Conv3dLesson.Inputs in = Conv3dLesson.inputs(values);
        return values.get(Conv3dLesson.DEPTH_AS) == Conv3dLesson.Depth.VOLUME
                ? Conv3d.apply(in.volume(), in.kernel3d(), null, in.params3d())
                : Conv2d.apply(in.channels(), in.kernel2d(), null, in.params2d());
    }
}
