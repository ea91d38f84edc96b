package org.convatlas.bench;

import boofcv.alg.filter.convolve.ConvolveImageNoBorder;
import boofcv.alg.misc.PixelMath;
import boofcv.struct.convolve.Kernel2D_F32;
import boofcv.struct.image.GrayF32;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Parallelism;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Two 2-D convolutions, ConvAtlas beside BoofCV and OpenCV, on one thread ({@code _t1}) and on all
 * ({@code _tall}), in milliseconds per call. Every peer's result is checked against ConvAtlas's once at set-up.
 * <ul>
 *   <li>{@code conv2d_1080p_3x3}: one 1920x1080 channel, one 3x3 kernel, no padding (the 1918x1078 interior;
 *       BoofCV {@code ConvolveImageNoBorder}, OpenCV {@code Imgproc.filter2D}, which also fills the border).</li>
 *   <li>{@code conv2d_layer_3to64_224}: a network layer, {@code [3, 224, 224]} to 64 channels, 3x3, stride 1,
 *       padding 1, with bias (173.4 MFLOP: 2 * 64 * 27 * 224 * 224). OpenCV runs it as a one-layer network
 *       ({@code dnn}); BoofCV convolves every (output, input) channel pair with {@code ConvolveImageNoBorder} over
 *       the zero-padded channel and sums the three.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Conv2dBench {

    /** The 1080p workload. */
    @State(Scope.Benchmark)
    public static class Hd {
        static final int H = 1080;
        static final int W = 1920;

        Tensor image;
        Tensor kernel;
        Tensor out;
        Parallelism parallelism;

        GrayF32 boofImage;
        GrayF32 boofOut;
        Kernel2D_F32 boofKernel;

        Mat cvImage;
        Mat cvOut;
        Mat cvKernel;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            Random r = new Random(1080);
            image = uniform(r, 1, H, W);
            kernel = uniform(r, 1, 1, 3, 3);
            out = Tensor.zeros(1, H - 2, W - 2);
            Threads threads = Threads.of(params);
            parallelism = threads.parallelism();
            Conv2d.apply(image, kernel, null, Conv2dParams.DEFAULT, out, parallelism);
            String name = params.getBenchmark();
            if (name.contains("boofcv")) {
                Peers.boofThreads(threads);
                boofImage = Peers.boofImage(image, 0);
                boofOut = new GrayF32(W, H);
                boofKernel = new Kernel2D_F32(3, kernel.data().clone());
                ConvolveImageNoBorder.convolve(boofKernel, boofImage, boofOut);
                Peers.checkSame("BoofCV", out.data(), H - 2, W - 2, boofOut.data, W, 1, 1);
            }
            if (name.contains("opencv")) {
                Peers.openCvThreads(threads);
                cvImage = Peers.openCvImage(image, 0);
                cvOut = new Mat(H, W, CvType.CV_32F);
                cvKernel = new Mat(3, 3, CvType.CV_32F);
                cvKernel.put(0, 0, kernel.data());
                Imgproc.filter2D(cvImage, cvOut, -1, cvKernel);
                Peers.checkSame("OpenCV", out.data(), H - 2, W - 2, Peers.values(cvOut), W, 1, 1);
            }
        }
    }

    @Benchmark
    public Tensor conv2d_1080p_3x3_convatlas_t1(Hd s) {
        Conv2d.apply(s.image, s.kernel, null, Conv2dParams.DEFAULT, s.out, s.parallelism);
        return s.out;
    }

    @Benchmark
    public Tensor conv2d_1080p_3x3_convatlas_tall(Hd s) {
        return conv2d_1080p_3x3_convatlas_t1(s);
    }

    @Benchmark
    public GrayF32 conv2d_1080p_3x3_boofcv_t1(Hd s) {
        ConvolveImageNoBorder.convolve(s.boofKernel, s.boofImage, s.boofOut);
        return s.boofOut;
    }

    @Benchmark
    public GrayF32 conv2d_1080p_3x3_boofcv_tall(Hd s) {
        return conv2d_1080p_3x3_boofcv_t1(s);
    }

    @Benchmark
    public Mat conv2d_1080p_3x3_opencv_t1(Hd s) {
        Imgproc.filter2D(s.cvImage, s.cvOut, -1, s.cvKernel);
        return s.cvOut;
    }

    @Benchmark
    public Mat conv2d_1080p_3x3_opencv_tall(Hd s) {
        return conv2d_1080p_3x3_opencv_t1(s);
    }

    /** The network layer. */
    @State(Scope.Benchmark)
    public static class Layer {
        static final int CIN = 3;
        static final int COUT = 64;
        static final int SIZE = 224;
        static final int PADDED = SIZE + 2;

        Tensor x;
        Tensor w;
        Tensor b;
        Tensor out;
        Conv2dParams params = Conv2dParams.DEFAULT.withWindow(Window2d.of(1, 1, 1));
        Parallelism parallelism;

        /** BoofCV: the zero-padded input channels, one kernel per channel pair, one sum per output channel. */
        GrayF32[] padded;
        Kernel2D_F32[][] boofKernels;
        GrayF32 boofPartial;
        GrayF32[] boofOut;

        Net net;
        Mat blob;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams benchmark) throws IOException {
            Random r = new Random(224);
            x = uniform(r, CIN, SIZE, SIZE);
            w = uniform(r, COUT, CIN, 3, 3);
            b = uniform(r, COUT);
            out = Tensor.zeros(COUT, SIZE, SIZE);
            Threads threads = Threads.of(benchmark);
            parallelism = threads.parallelism();
            Conv2d.apply(x, w, b, params, out, parallelism);
            String name = benchmark.getBenchmark();
            if (name.contains("boofcv")) {
                Peers.boofThreads(threads);
                padded = new GrayF32[CIN];
                for (int c = 0; c < CIN; c++) {
                    padded[c] = new GrayF32(PADDED, PADDED);
                }
                boofKernels = new Kernel2D_F32[COUT][CIN];
                for (int co = 0; co < COUT; co++) {
                    for (int ci = 0; ci < CIN; ci++) {
                        float[] taps = new float[9];
                        System.arraycopy(w.data(), (co * CIN + ci) * 9, taps, 0, 9);
                        boofKernels[co][ci] = new Kernel2D_F32(3, taps);
                    }
                }
                boofPartial = new GrayF32(PADDED, PADDED);
                boofOut = new GrayF32[COUT];
                for (int co = 0; co < COUT; co++) {
                    boofOut[co] = new GrayF32(PADDED, PADDED);
                }
                boofLayer(this);
                for (int co = 0; co < COUT; co++) {
                    Peers.checkSame("BoofCV channel " + co, plane(out, co), SIZE, SIZE, boofOut[co].data, PADDED, 1, 1);
                }
            }
            if (name.contains("opencv")) {
                Peers.openCvThreads(threads);
                net = darknetLayer(w, b);
                blob = new Mat(new int[] {1, CIN, SIZE, SIZE}, CvType.CV_32F);
                blob.put(new int[] {0, 0, 0, 0}, x.data());
                Mat y = openCvLayer(this);
                float[] values = new float[COUT * SIZE * SIZE];
                y.get(new int[] {0, 0, 0, 0}, values);
                y.release();
                Peers.checkSame("OpenCV dnn", out.data(), COUT * SIZE, SIZE, values, SIZE, 0, 0);
            }
        }
    }

    @Benchmark
    public Tensor conv2d_layer_3to64_224_convatlas_t1(Layer s) {
        Conv2d.apply(s.x, s.w, s.b, s.params, s.out, s.parallelism);
        return s.out;
    }

    @Benchmark
    public Tensor conv2d_layer_3to64_224_convatlas_tall(Layer s) {
        return conv2d_layer_3to64_224_convatlas_t1(s);
    }

    @Benchmark
    public GrayF32[] conv2d_layer_3to64_224_boofcv_t1(Layer s) {
        return boofLayer(s);
    }

    @Benchmark
    public GrayF32[] conv2d_layer_3to64_224_boofcv_tall(Layer s) {
        return boofLayer(s);
    }

    @Benchmark
    public void conv2d_layer_3to64_224_opencv_t1(Layer s, Blackhole sink) {
        Mat y = openCvLayer(s);
        sink.consume(y.dataAddr());
        y.release();
    }

    @Benchmark
    public void conv2d_layer_3to64_224_opencv_tall(Layer s, Blackhole sink) {
        conv2d_layer_3to64_224_opencv_t1(s, sink);
    }

    /** Pads the input channels, then for every output channel sums the three channel convolutions and adds the bias. */
    private static GrayF32[] boofLayer(Layer s) {
        int size = Layer.SIZE;
        for (int c = 0; c < Layer.CIN; c++) {
            float[] padded = s.padded[c].data;
            for (int y = 0; y < size; y++) {
                System.arraycopy(s.x.data(), (c * size + y) * size, padded, (y + 1) * Layer.PADDED + 1, size);
            }
        }
        for (int co = 0; co < Layer.COUT; co++) {
            GrayF32 sum = s.boofOut[co];
            ConvolveImageNoBorder.convolve(s.boofKernels[co][0], s.padded[0], sum);
            for (int ci = 1; ci < Layer.CIN; ci++) {
                ConvolveImageNoBorder.convolve(s.boofKernels[co][ci], s.padded[ci], s.boofPartial);
                PixelMath.add(sum, s.boofPartial, sum);
            }
            PixelMath.plus(sum, s.b.data()[co], sum);
        }
        return s.boofOut;
    }

    private static Mat openCvLayer(Layer s) {
        s.net.setInput(s.blob);
        return s.net.forward();
    }

    /**
     * A network of one convolution layer, {@code w [64, 3, 3, 3]} and bias {@code b}, 3x3, stride 1, padding 1,
     * written in Darknet's formats (a text configuration; a binary weights file: version 0.2.0, a 64-bit count of
     * images seen, then the biases and the weights as little-endian floats) and read back by OpenCV.
     */
    private static Net darknetLayer(Tensor w, Tensor b) throws IOException {
        Path dir = Files.createTempDirectory("convatlas-bench");
        Path cfg = dir.resolve("layer.cfg");
        Files.writeString(cfg, String.join("\n",
                "[net]", "batch=1", "width=" + Layer.SIZE, "height=" + Layer.SIZE, "channels=" + Layer.CIN, "",
                "[convolutional]", "filters=" + Layer.COUT, "size=3", "stride=1", "pad=1", "activation=linear", ""));
        Path weights = dir.resolve("layer.weights");
        ByteBuffer bytes = ByteBuffer.allocate(4 * 3 + 8 + 4 * (b.size() + w.size())).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putInt(0).putInt(2).putInt(0).putLong(0);
        for (float v : b.data()) {
            bytes.putFloat(v);
        }
        for (float v : w.data()) {
            bytes.putFloat(v);
        }
        try (DataOutputStream file = new DataOutputStream(Files.newOutputStream(weights))) {
            file.write(bytes.array());
        }
        Net net = Dnn.readNetFromDarknet(cfg.toString(), weights.toString());
        net.setPreferableBackend(Dnn.DNN_BACKEND_OPENCV);
        net.setPreferableTarget(Dnn.DNN_TARGET_CPU);
        return net;
    }

    static Tensor uniform(Random r, int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] data = t.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = r.nextFloat() * 2 - 1;
        }
        return t;
    }

    static float[] plane(Tensor t, int c) {
        int n = t.dim(1) * t.dim(2);
        float[] p = new float[n];
        System.arraycopy(t.data(), c * n, p, 0, n);
        return p;
    }
}
