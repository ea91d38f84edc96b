package org.convatlas.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.ConvTranspose2d;
import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.DeformConv2d;
import org.convatlas.compute.DeformConv2dParams;
import org.convatlas.compute.DepthwiseSeparable;
import org.convatlas.compute.Parallelism;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The other convolutions on a {@code [3, 512, 512]} image, beside {@code conv2d} on the same image, in
 * milliseconds per call (the multiplies of each, from {@code Counts}, are in the README):
 * <ul>
 *   <li>{@code conv2d_512_3to16_3x3}: to 16 channels, 3x3, stride 1, padding 1;</li>
 *   <li>{@code conv_transpose2d_512_3to16_4x4s2}: to 16 channels, 4x4, stride 2, padding 1, to 1024x1024;</li>
 *   <li>{@code depthwise_separable_512_3to16_3x3}: a 3x3 depthwise step (stride 1, padding 1) then the 1x1 step
 *       to 16 channels;</li>
 *   <li>{@code deform_conv2d_512_3to16_3x3}: to 16 channels, 3x3, stride 1, padding 1, one offset group, offsets
 *       uniform in {@code [-2, 2)}, with a mask;</li>
 *   <li>{@code conv2d_512_3to64_3x3}, {@code deform_conv2d_512_3to64_3x3}: the same two to 64 channels, where the
 *       weight products outweigh the bilinear sampling.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class OpsBench {

    static final int CIN = 3;
    static final int COUT = 16;
    static final int WIDE = 64;
    static final int SIZE = 512;

    private final Window2d samePadding = Window2d.of(1, 1, 1);
    private Parallelism parallelism;
    private Tensor x;

    private Tensor w;
    private Tensor y;
    private Tensor wWide;
    private Tensor yWide;

    private ConvTranspose2dParams transposed;
    private Tensor wTransposed;
    private Tensor yTransposed;

    private Tensor wDepthwise;
    private Tensor wPointwise;
    private DepthwiseSeparable.Result separable;

    private DeformConv2dParams deformable;
    private Tensor offset;
    private Tensor mask;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        parallelism = Threads.of(params).parallelism();
        Random r = new Random(512);
        x = Conv2dBench.uniform(r, CIN, SIZE, SIZE);
        w = Conv2dBench.uniform(r, COUT, CIN, 3, 3);
        y = Tensor.zeros(COUT, SIZE, SIZE);
        wWide = Conv2dBench.uniform(r, WIDE, CIN, 3, 3);
        yWide = Tensor.zeros(WIDE, SIZE, SIZE);

        transposed = new ConvTranspose2dParams(Window2d.of(2, 1, 1), 0, 0, 1);
        wTransposed = Conv2dBench.uniform(r, CIN, COUT, 4, 4);
        yTransposed = Tensor.zeros(COUT, 2 * SIZE, 2 * SIZE);

        wDepthwise = Conv2dBench.uniform(r, CIN, 1, 3, 3);
        wPointwise = Conv2dBench.uniform(r, COUT, CIN, 1, 1);
        separable = new DepthwiseSeparable.Result(Tensor.zeros(CIN, SIZE, SIZE), Tensor.zeros(COUT, SIZE, SIZE));

        deformable = new DeformConv2dParams(samePadding, 1, 1);
        offset = Conv2dBench.uniform(r, 2 * 9, SIZE, SIZE);
        for (int i = 0; i < offset.size(); i++) {
            offset.data()[i] *= 2;
        }
        mask = Conv2dBench.uniform(r, 9, SIZE, SIZE);
    }

    @Benchmark
    public Tensor conv2d_512_3to16_3x3_convatlas_t1() {
        Conv2d.apply(x, w, null, new Conv2dParams(samePadding, 1, false), y, parallelism);
        return y;
    }

    @Benchmark
    public Tensor conv2d_512_3to16_3x3_convatlas_tall() {
        return conv2d_512_3to16_3x3_convatlas_t1();
    }

    @Benchmark
    public Tensor conv_transpose2d_512_3to16_4x4s2_convatlas_t1() {
        ConvTranspose2d.apply(x, wTransposed, null, transposed, yTransposed, parallelism);
        return yTransposed;
    }

    @Benchmark
    public Tensor conv_transpose2d_512_3to16_4x4s2_convatlas_tall() {
        return conv_transpose2d_512_3to16_4x4s2_convatlas_t1();
    }

    @Benchmark
    public DepthwiseSeparable.Result depthwise_separable_512_3to16_3x3_convatlas_t1() {
        DepthwiseSeparable.apply(x, wDepthwise, wPointwise, samePadding, separable, parallelism);
        return separable;
    }

    @Benchmark
    public DepthwiseSeparable.Result depthwise_separable_512_3to16_3x3_convatlas_tall() {
        return depthwise_separable_512_3to16_3x3_convatlas_t1();
    }

    @Benchmark
    public Tensor deform_conv2d_512_3to16_3x3_convatlas_t1() {
        DeformConv2d.apply(x, w, offset, mask, null, deformable, y, parallelism);
        return y;
    }

    @Benchmark
    public Tensor deform_conv2d_512_3to16_3x3_convatlas_tall() {
        return deform_conv2d_512_3to16_3x3_convatlas_t1();
    }

    @Benchmark
    public Tensor conv2d_512_3to64_3x3_convatlas_t1() {
        Conv2d.apply(x, wWide, null, new Conv2dParams(samePadding, 1, false), yWide, parallelism);
        return yWide;
    }

    @Benchmark
    public Tensor conv2d_512_3to64_3x3_convatlas_tall() {
        return conv2d_512_3to64_3x3_convatlas_t1();
    }

    @Benchmark
    public Tensor deform_conv2d_512_3to64_3x3_convatlas_t1() {
        DeformConv2d.apply(x, wWide, offset, mask, null, deformable, yWide, parallelism);
        return yWide;
    }

    @Benchmark
    public Tensor deform_conv2d_512_3to64_3x3_convatlas_tall() {
        return deform_conv2d_512_3to64_3x3_convatlas_t1();
    }
}
