package org.convatlas.lesson.checkerboard;

import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.Counts;
import org.convatlas.compute.PaddingMode;
import org.convatlas.compute.PixelShuffle;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Upsample;
import org.convatlas.compute.UpsampleMode;
import org.convatlas.compute.Window2d;

/**
 * Three learnable ways to upsample a map {@code [C, H, W]} by the stride {@code s} of an {@link UpsamplingLayer}, each
 * with every weight equal (so that only how the method spreads its input shows), each channel on its own (groups
 * {@code C}), all computed by the engine:
 * <ul>
 *   <li>{@link #TRANSPOSED}: the transposed convolution, weights {@code s²/k²}, so that an output written the average
 *       {@code k²/s²} times keeps the input's brightness; cells written more often are brighter;</li>
 *   <li>{@link #RESIZE_CONVOLUTION}: nearest or bilinear upsampling by {@code s}, then a {@code k × k} convolution with
 *       "same" padding and weights {@code 1/k²};</li>
 *   <li>{@link #PIXEL_SHUFFLE}: a {@code k × k} convolution with "same" padding to {@code s²} channels per channel,
 *       weights {@code 1/k²}, then {@link PixelShuffle} by {@code s}.</li>
 * </ul>
 */
enum UpsamplingMethod {
    TRANSPOSED,
    RESIZE_CONVOLUTION,
    PIXEL_SHUFFLE;

    /** {@code x [C, H, W]} upsampled to {@code [C, sH, sW]}; {@code resize} is used by the resize-convolution only. */
    Tensor apply(Tensor x, UpsamplingLayer layer, UpsampleMode resize) {
        int c = x.dim(0);
        int k = layer.kernel();
        int s = layer.stride();
        return switch (this) {
            case TRANSPOSED -> ConvTranspose2d.apply(x, Tensor.filled((float) s * s / (k * k), c, 1, k, k), null,
                    layer.params(c));
            case RESIZE_CONVOLUTION -> {
                Tensor resized = Upsample.apply(x, s, s, resize);
                yield Conv2d.apply(resized, average(c, k), null, same(resized, k, c));
            }
            case PIXEL_SHUFFLE -> PixelShuffle.apply(Conv2d.apply(x, average(c * s * s, k), null, same(x, k, c)), s);
        };
    }

    /** The multiplications of {@link #apply} on a map of shape {@code x}, as {@link Counts} counts them. */
    long multiplies(int[] x, UpsamplingLayer layer, UpsampleMode resize) {
        int c = x[0];
        int k = layer.kernel();
        int s = layer.stride();
        int[] weights = {c, 1, k, k};
        return switch (this) {
            case TRANSPOSED -> Counts.convTranspose2d(x, weights, false, layer.params(c)).multiplies();
            case RESIZE_CONVOLUTION -> {
                int[] resized = {c, x[1] * s, x[2] * s};
                yield Counts.upsample(x, s, s, resize).multiplies()
                        + Counts.conv2d(resized, weights, false, same(resized[1], resized[2], k, c)).multiplies();
            }
            case PIXEL_SHUFFLE -> Counts.conv2d(x, new int[] {c * s * s, 1, k, k}, false, same(x[1], x[2], k, c))
                    .multiplies() + Counts.rearrangement().multiplies();
        };
    }

    /** Weights {@code [out, 1, k, k]} all {@code 1/k²}. */
    private static Tensor average(int out, int k) {
        return Tensor.filled(1f / (k * k), out, 1, k, k);
    }

    private static Conv2dParams same(Tensor x, int k, int groups) {
        return same(x.dim(1), x.dim(2), k, groups);
    }

    /** Stride 1, "same" padding (the extra pad of an even kernel at the bottom and right), one group per channel. */
    private static Conv2dParams same(int h, int w, int k, int groups) {
        Window2d window = Window2d.DEFAULT.withPads(PaddingMode.SAME.resolve(h, w, k, k, 1, 1, 1, 1));
        return new Conv2dParams(window, groups, false);
    }
}
