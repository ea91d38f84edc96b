package org.convatlas.lesson;

import org.convatlas.compute.ReceptiveField2d;
import org.convatlas.compute.Window2d;

/**
 * One layer of a stack as the stack editor edits it: a {@code kernelH × kernelW} kernel sliding with the same
 * stride, dilation and padding (on every side) along both axes.
 *
 * @throws org.convatlas.compute.InvalidArgumentException if the engine refuses a value (a kernel side, stride or
 *                                                      dilation below 1, a negative padding); its message names it
 */
public record StackLayer(int kernelH, int kernelW, int stride, int dilation, int padding) {

    public StackLayer {
        engineLayer(kernelH, kernelW, stride, dilation, padding);
    }

    /** A square {@code kernel × kernel} layer. */
    public static StackLayer square(int kernel, int stride, int dilation, int padding) {
        return new StackLayer(kernel, kernel, stride, dilation, padding);
    }

    /** How the kernel slides: stride, padding on every side and dilation, the same along both axes. */
    public Window2d window() {
        return Window2d.of(stride, padding, dilation);
    }

    /** The layer as the engine's receptive-field arithmetic takes it. */
    public ReceptiveField2d.Layer engineLayer() {
        return engineLayer(kernelH, kernelW, stride, dilation, padding);
    }

    private static ReceptiveField2d.Layer engineLayer(int kernelH, int kernelW, int stride, int dilation,
                                                      int padding) {
        return new ReceptiveField2d.Layer(kernelH, kernelW, Window2d.of(stride, padding, dilation));
    }

    /** The value of one of the layer's fields. */
    public int get(Field field) {
        return switch (field) {
            case KERNEL_HEIGHT -> kernelH;
            case KERNEL_WIDTH -> kernelW;
            case STRIDE -> stride;
            case DILATION -> dilation;
            case PADDING -> padding;
        };
    }

    /**
     * This layer with {@code field} set to {@code value}.
     *
     * @throws org.convatlas.compute.InvalidArgumentException if the engine refuses the value
     */
    public StackLayer with(Field field, int value) {
        return new StackLayer(field == Field.KERNEL_HEIGHT ? value : kernelH,
                field == Field.KERNEL_WIDTH ? value : kernelW, field == Field.STRIDE ? value : stride,
                field == Field.DILATION ? value : dilation, field == Field.PADDING ? value : padding);
    }

    /** The values a layer has, in the order the editor shows them; each names itself as the engine's messages do. */
    public enum Field {
        KERNEL_HEIGHT("kernel height", "kernelHeight"),
        KERNEL_WIDTH("kernel width", "kernelWidth"),
        STRIDE("stride", "stride"),
        DILATION("dilation", "dilation"),
        PADDING("padding", "padding");

        private final String name;
        private final String keySuffix;

        Field(String name, String keySuffix) {
            this.name = name;
            this.keySuffix = keySuffix;
        }

        /** The field's name in a plain message, as the engine names it. */
        public String plainName() {
            return name;
        }

        /** The bundle key of the field's short heading in the editor, {@code stackEditor.<name>}. */
        public String labelKey() {
            return "stackEditor." + keySuffix;
        }
    }
}
