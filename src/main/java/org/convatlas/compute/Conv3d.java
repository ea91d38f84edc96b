package org.convatlas.compute;

import java.util.Arrays;

/**
 * 3-D convolution (cross-correlation) with PyTorch semantics: {@code x [Cin, D, H, W]},
 * {@code w [Cout, Cin/groups, kD, kH, kW]}, optional {@code b [Cout]}, giving {@code y [Cout, Do, Ho, Wo]},
 * sizes per axis as for {@link Conv2d}: {@code Do = floor((D + front + back - dD*(kD-1) - 1) / sD) + 1},
 * likewise {@code Ho} (top, bottom) and {@code Wo} (left, right).
 *
 * <pre>
 * y[co, oz, oy, ox] = b[co] + sum over ci in co's group, i &lt; kD, j &lt; kH, k &lt; kW of
 *     x[ci, oz*sD - front + i*dD, oy*sH - top + j*dH, ox*sW - left + k*dW] * w[co, ci - g*Cin/groups, i, j, k]
 * </pre>
 * where cells outside {@code x} read 0. Output channel {@code co} belongs to group
 * {@code g = co / (Cout/groups)}, which reads input channels {@code g*Cin/groups ... (g+1)*Cin/groups - 1}.
 */
public final class Conv3d {

    private Conv3d() {
    }

    /** Checks the shapes and parameters and returns the output shape {@code [Cout, Do, Ho, Wo]}. */
    public static int[] outputShape(int[] x, int[] w, Conv3dParams p) {
        Checks.rank("input x", x, 4, "[Cin, D, H, W]");
        Checks.rank("weights w", w, 5, "[Cout, Cin/groups, kD, kH, kW]");
        Checks.present("convolution parameters", p);
        int cin = x[0];
        int cout = w[0];
        Checks.divides("groups", p.groups(), "input channels", cin);
        Checks.divides("groups", p.groups(), "output channels", cout);
        Checks.equal("weights' input channels w.shape[1]", w[1], "input channels / groups", cin / p.groups());
        Pads3d pads = p.pads();
        int depth = ConvArithmetic.outputSize("depth", x[1], pads.front(), pads.back(), w[2], p.strideD(), p.dilationD());
        int height = ConvArithmetic.outputSize("height", x[2], pads.top(), pads.bottom(), w[3], p.strideH(),
                p.dilationH());
        int width = ConvArithmetic.outputSize("width", x[3], pads.left(), pads.right(), w[4], p.strideW(), p.dilationW());
        return new int[] {cout, depth, height, width};
    }

    /** Checks every argument (including the optional bias) and returns the output shape {@code [Cout, Do, Ho, Wo]}. */
    public static int[] outputShape(Tensor x, Tensor w, Tensor b, Conv3dParams p) {
        Checks.rank("input x", x, 4, "[Cin, D, H, W]");
        Checks.rank("weights w", w, 5, "[Cout, Cin/groups, kD, kH, kW]");
        int[] shape = outputShape(x.shape(), w.shape(), p);
        Checks.bias(b, shape[0]);
        return shape;
    }

    /** {@code y = conv3d(x, w, b)}; {@code b} may be null. */
    public static Tensor apply(Tensor x, Tensor w, Tensor b, Conv3dParams p) {
        Tensor out = Tensor.zeros(outputShape(x, w, b, p));
        compute(x, w, b, p, out);
        return out;
    }

    /**
     * Writes {@code conv3d(x, w, b)} into {@code out}, which must have the output shape; its previous contents
     * are overwritten. Allocates no tensor and no buffer.
     */
    public static void apply(Tensor x, Tensor w, Tensor b, Conv3dParams p, Tensor out) {
        Checks.shape("output", out, outputShape(x, w, b, p));
        compute(x, w, b, p, out);
    }

    /**
     * Direct convolution, one kernel tap at a time: the output starts at the bias, then for every
     * (output channel, input channel of its group, tap) the tap's weight times the input is added to every
     * output position whose tap reads inside the input ({@link TapRange}), so the innermost loop runs along an
     * output row (contiguous) and an input row (step {@code sW}) without bounds tests.
     */
    private static void compute(Tensor x, Tensor w, Tensor b, Conv3dParams p, Tensor out) {
        float[] xs = x.data();
        float[] ws = w.data();
        float[] ys = out.data();
        int d = x.dim(1), h = x.dim(2), wd = x.dim(3);
        int cout = w.dim(0), cinPerGroup = w.dim(1), kd = w.dim(2), kh = w.dim(3), kw = w.dim(4);
        int od = out.dim(1), oh = out.dim(2), ow = out.dim(3);
        int sd = p.strideD(), sh = p.strideH(), sw = p.strideW();
        int coutPerGroup = cout / p.groups();
        int outVolume = od * oh * ow;
        for (int co = 0; co < cout; co++) {
            Arrays.fill(ys, co * outVolume, (co + 1) * outVolume, b == null ? 0f : b.data()[co]);
            int firstInput = co / coutPerGroup * cinPerGroup;
            for (int cg = 0; cg < cinPerGroup; cg++) {
                int inputChannel = (firstInput + cg) * d;
                for (int i = 0; i < kd; i++) {
                    int zOffset = i * p.dilationD() - p.pads().front();
                    int zEnd = TapRange.end(zOffset, sd, d, od);
                    for (int j = 0; j < kh; j++) {
                        int yOffset = j * p.dilationH() - p.pads().top();
                        int yFirst = TapRange.first(yOffset, sh);
                        int yEnd = TapRange.end(yOffset, sh, h, oh);
                        for (int k = 0; k < kw; k++) {
                            int xOffset = k * p.dilationW() - p.pads().left();
                            int xFirst = TapRange.first(xOffset, sw);
                            int xEnd = TapRange.end(xOffset, sw, wd, ow);
                            float weight = ws[(((co * cinPerGroup + cg) * kd + i) * kh + j) * kw + k];
                            for (int oz = TapRange.first(zOffset, sd); oz < zEnd; oz++) {
                                int inputPlane = (inputChannel + oz * sd + zOffset) * h;
                                int outputPlane = (co * od + oz) * oh;
                                for (int oy = yFirst; oy < yEnd; oy++) {
                                    // input cell (iz, iy, ox*sw + xOffset) for output cell (oz, oy, ox)
                                    int in = (inputPlane + oy * sh + yOffset) * wd + xOffset;
                                    int o = (outputPlane + oy) * ow;
                                    for (int ox = xFirst; ox < xEnd; ox++) {
                                        ys[o + ox] += weight * xs[in + ox * sw];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
