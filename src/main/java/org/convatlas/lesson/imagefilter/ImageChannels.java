package org.convatlas.lesson.imagefilter;

import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.lesson.Kernel;

/** What a kernel filters in a colour picture: its luminance, or each of red, green and blue on its own. */
public enum ImageChannels {
    /**
     * The luminance {@code Y = 0.299 R + 0.587 G + 0.114 B} (ITU-R BT.601, as JPEG uses), made by the engine as a
     * 1 × 1 convolution with weights {@code [0.299, 0.587, 0.114]}; one output channel. A grey picture is its own
     * luminance.
     */
    LUMINANCE(1),
    /** Red, green and blue filtered separately by the same kernel: a depthwise convolution with 3 groups. */
    PER_CHANNEL(3);

    /** The 1 × 1 convolution that makes the luminance, {@code [1, 3, 1, 1]}; never written to. */
    private static final Tensor LUMA_WEIGHTS = Tensor.of(new float[] {0.299f, 0.587f, 0.114f}, 1, 3, 1, 1);

    private final int channels;

    ImageChannels(int channels) {
        this.channels = channels;
    }

    /** The channels the kernel slides over, and of the output: 1 or 3. */
    public int channels() {
        return channels;
    }

    /** The map {@code [channels, H, W]} the kernel slides over, made from the picture's planes {@code rgb [3, H, W]}. */
    public Tensor input(Tensor rgb) {
        return this == LUMINANCE ? Conv2d.apply(rgb, LUMA_WEIGHTS, null, Conv2dParams.DEFAULT) : rgb;
    }

    /** The weights {@code [channels, 1, kH, kW]}: the kernel once for each channel. */
    public Tensor weights(Kernel kernel) {
        Tensor single = kernel.toTensor();
        int taps = single.size();
        float[] data = new float[channels * taps];
        for (int c = 0; c < channels; c++) {
            System.arraycopy(single.data(), 0, data, c * taps, taps);
        }
        return Tensor.of(data, channels, 1, kernel.rows(), kernel.columns());
    }

    /** The convolution's groups: one per channel, so that each output channel reads only its own input channel. */
    public int groups() {
        return channels;
    }
}
