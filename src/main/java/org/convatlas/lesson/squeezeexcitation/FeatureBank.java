package org.convatlas.lesson.squeezeexcitation;

import java.util.List;
import org.convatlas.compute.AvgPool2d;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.KernelPreset;
import org.convatlas.lesson.imagefilter.ImageChannels;

/**
 * The feature maps the lesson weighs, made so that each channel means something: a picture's luminance, shrunk to
 * {@code size × size} by the means of square blocks (an average pooling), convolved with {@code C} named 3×3 filters
 * (blur, edges across, edges down, …), padded by 1 so that every map keeps the size. All by the engine.
 *
 * @param maps    the feature maps {@code [C, size, size]}
 * @param filters the filter of each channel, in order
 * @param picture the shrunk luminance {@code [1, size, size]} they are made from
 * @param weights the filters as the convolution's weights {@code [C, 1, 3, 3]}
 */
record FeatureBank(Tensor maps, List<KernelPreset> filters, Tensor picture, Tensor weights) {

    /** The filters in the order the channels take them; a bank of {@code C} channels takes the first {@code C}. */
    static final List<KernelPreset> ORDER = List.of(KernelPreset.GAUSSIAN, KernelPreset.SOBEL_X, KernelPreset.SOBEL_Y,
            KernelPreset.LAPLACIAN, KernelPreset.SHARPEN, KernelPreset.EMBOSS, KernelPreset.BOX_BLUR,
            KernelPreset.IDENTITY);

    private static final int SIDE = 3;
    private static final Conv2dParams SAME = new Conv2dParams(Window2d.of(1, 1, 1), 1, false);

    /**
     * The first {@code channels} filters of {@link #ORDER} on {@code image} shrunk to {@code size × size}.
     *
     * @throws InvalidArgumentException if the picture is smaller than {@code size} on its shorter side
     */
    static FeatureBank of(InputImage image, int size, int channels) {
        Tensor grey = ImageChannels.LUMINANCE.input(image.pixels());
        int shorter = Math.min(grey.dim(1), grey.dim(2));
        if (shorter < size) {
            throw new InvalidArgumentException("the picture is " + shorter + " pixels on its shorter side, fewer than"
                    + " the size " + size);
        }
        int block = shorter / size;
        Tensor square = grey.centreCrop(size * block, size * block);
        Tensor picture = AvgPool2d.apply(square, new Pool2dParams(block, block, block, block, Pads2d.NONE), false);
        List<KernelPreset> filters = ORDER.subList(0, channels);
        float[] w = new float[channels * SIDE * SIDE];
        for (int c = 0; c < channels; c++) {
            System.arraycopy(filters.get(c).kernel(SIDE, SIDE).toTensor().data(), 0, w, c * SIDE * SIDE, SIDE * SIDE);
        }
        Tensor weights = Tensor.of(w, channels, 1, SIDE, SIDE);
        return new FeatureBank(Conv2d.apply(picture, weights, null, SAME), List.copyOf(filters), picture, weights);
    }

    /** The convolution that makes the maps, the one squeeze-and-excitation follows. */
    OpCount convolutionCount() {
        return Counts.conv2d(picture.shape(), weights.shape(), false, SAME);
    }
}
