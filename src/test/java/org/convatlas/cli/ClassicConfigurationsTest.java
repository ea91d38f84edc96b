package org.convatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Tensor;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.convmatrix.ConvMatrixLesson;
import org.convatlas.lesson.convmatrix.ConvMatrixPlayback;
import org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson;
import org.convatlas.lesson.transposed.TransposedConvolutionLesson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration of the classic animations of convolution arithmetic (Dumoulin and Visin, <i>A guide to
 * convolution arithmetic for deep learning</i>, and the figures of their conv_arithmetic repository) set as
 * {@code --set} sets it ({@link ParameterAssignments#apply}, which reads each value with
 * {@link ParameterValues#parsed} and refuses one outside the parameter's range, as the inspector's editors do): the
 * direct ones in the single-channel lesson and as the matrix {@code C}, their transposed counterparts in the transposed
 * lesson. Each output size is the figure's, the engine's, and the size of what the lesson plays.
 */
class ClassicConfigurationsTest {

    /**
     * One figure: a square input {@code n × n}, a {@code k × k} kernel, stride {@code s}, padding {@code p} on every
     * side, dilation {@code d}, output padding (transposed only) and the output side the figure shows.
     *
     * @param paddingChoice how the single-channel lesson is told the padding: valid, same, full or explicit
     */
    record Classic(String name, int input, int kernel, int stride, int padding, String paddingChoice, int dilation,
                   int outputPadding, int output) {

        /** {@code kxk:1,1,...}, as {@code --set kernel=} takes a kernel. */
        String kernelText() {
            return kernel + "x" + kernel + ":" + String.join(",", Collections.nCopies(kernel * kernel, "1"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Classic> direct() {
        return Stream.of(
                new Classic("no_padding_no_strides", 4, 3, 1, 0, "valid", 1, 0, 2),
                new Classic("arbitrary_padding_no_strides", 5, 4, 1, 2, "explicit", 1, 0, 6),
                new Classic("same_padding_no_strides", 5, 3, 1, 1, "same", 1, 0, 5),
                new Classic("full_padding_no_strides", 5, 3, 1, 2, "full", 1, 0, 7),
                new Classic("no_padding_strides", 5, 3, 2, 0, "valid", 1, 0, 2),
                new Classic("padding_strides", 5, 3, 2, 1, "explicit", 1, 0, 3),
                new Classic("padding_strides_odd", 6, 3, 2, 1, "explicit", 1, 0, 3),
                new Classic("dilation", 7, 3, 1, 0, "valid", 2, 0, 3));
    }

    static Stream<Classic> transposed() {
        return Stream.of(
                new Classic("no_padding_no_strides_transposed", 2, 3, 1, 0, "explicit", 1, 0, 4),
                new Classic("arbitrary_padding_no_strides_transposed", 6, 4, 1, 2, "explicit", 1, 0, 5),
                new Classic("same_padding_no_strides_transposed", 5, 3, 1, 1, "explicit", 1, 0, 5),
                new Classic("full_padding_no_strides_transposed", 7, 3, 1, 2, "explicit", 1, 0, 5),
                new Classic("no_padding_strides_transposed", 2, 3, 2, 0, "explicit", 1, 0, 5),
                new Classic("padding_strides_transposed", 3, 3, 2, 1, "explicit", 1, 0, 5),
                new Classic("padding_strides_odd_transposed", 3, 3, 2, 1, "explicit", 1, 1, 6),
                new Classic("dilation_transposed", 3, 3, 1, 0, "explicit", 2, 0, 7));
    }

    private static ParameterValues set(Lesson lesson, List<String> assignments) {
        return ParameterAssignments.apply(lesson, ParameterValues.defaults(lesson.parameters()), assignments);
    }

    /** The output of {@code playback}, {@code [1, side, side]}: its side. */
    private static int side(Playback playback) {
        Tensor output = playback.output().orElseThrow();
        assertEquals(output.dim(1), output.dim(2), "square");
        return output.dim(1);
    }

    @ParameterizedTest
    @MethodSource("direct")
    void directFiguresPlayInTheSingleChannelLesson(Classic c) {
        assertEquals(c.output(), ConvArithmetic.outputSize("width", c.input(), c.padding(), c.padding(), c.kernel(),
                c.stride(), c.dilation()), "the engine draws the figure");
        List<String> assignments = new ArrayList<>(List.of("height=" + c.input(), "width=" + c.input(),
                "kernel=" + c.kernelText(), "stride=" + c.stride(), "padding=" + c.paddingChoice(),
                "dilation=" + c.dilation()));
        for (String side : List.of("padTop", "padLeft", "padBottom", "padRight")) {
            assignments.add(side + "=" + c.padding());
        }
        SingleChannelConv2dLesson lesson = new SingleChannelConv2dLesson();
        assertEquals(c.output(), side(lesson.prepare(set(lesson, assignments))));
    }

    /** {@code C} has a row per output cell and a column per input cell; {@code Cᵀ} takes the output back. */
    @ParameterizedTest
    @MethodSource("direct")
    void directFiguresAreMatricesInTheMatrixLesson(Classic c) {
        ConvMatrixLesson lesson = new ConvMatrixLesson();
        ParameterValues values = set(lesson, List.of("size=" + c.input(), "kernel=" + c.kernelText(),
                "stride=" + c.stride(), "padding=" + c.padding(), "dilation=" + c.dilation()));
        ConvMatrixPlayback playback = (ConvMatrixPlayback) lesson.prepare(values);
        assertEquals(c.output() * c.output(), playback.matrix().rows());
        assertEquals(c.input() * c.input(), playback.matrix().columns());
    }

    @ParameterizedTest
    @MethodSource("transposed")
    void transposedFiguresPlayInTheTransposedLesson(Classic c) {
        assertEquals(c.output(), ConvArithmetic.transposedOutputSize("width", c.input(), c.padding(), c.padding(),
                c.kernel(), c.stride(), c.dilation(), c.outputPadding()), "the engine draws the figure");
        TransposedConvolutionLesson lesson = new TransposedConvolutionLesson();
        ParameterValues values = set(lesson, List.of("size=" + c.input(), "kernel=" + c.kernelText(),
                "stride=" + c.stride(), "padding=" + c.padding(), "outputPadding=" + c.outputPadding(),
                "dilation=" + c.dilation()));
        assertEquals(c.output(), side(lesson.prepare(values)));
    }
}
