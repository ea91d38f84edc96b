package org.convatlas.bench;

import boofcv.concurrency.BoofConcurrency;
import boofcv.struct.image.GrayF32;
import nu.pattern.OpenCV;
import org.convatlas.compute.Tensor;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Set-up shared by the benchmarks: the peers' thread settings and conversions to their image types. */
final class Peers {

    private static boolean openCvLoaded;

    private Peers() {
    }

    /** BoofCV's operations pick their concurrent variants when this is on, with at most {@code threads} threads. */
    static void boofThreads(Threads threads) {
        BoofConcurrency.USE_CONCURRENT = threads != Threads.ONE;
        BoofConcurrency.setMaxThreads(threads.count);
    }

    /** Loads OpenCV's native library (once) and sets the number of threads its parallel loops use. */
    static synchronized void openCvThreads(Threads threads) {
        if (!openCvLoaded) {
            OpenCV.loadLocally();
            openCvLoaded = true;
        }
        Core.setNumThreads(threads.count);
    }

    /** Channel {@code c} of {@code [C, H, W]} as a BoofCV image (a copy). */
    static GrayF32 boofImage(Tensor x, int c) {
        int h = x.dim(1), w = x.dim(2);
        GrayF32 image = new GrayF32(w, h);
        System.arraycopy(x.data(), c * h * w, image.data, 0, h * w);
        return image;
    }

    /** Channel {@code c} of {@code [C, H, W]} as a single-channel OpenCV matrix (a copy). */
    static Mat openCvImage(Tensor x, int c) {
        int h = x.dim(1), w = x.dim(2);
        Mat image = new Mat(h, w, CvType.CV_32F);
        float[] plane = new float[h * w];
        System.arraycopy(x.data(), c * h * w, plane, 0, h * w);
        image.put(0, 0, plane);
        return image;
    }

    /** The values of a single-channel OpenCV matrix, row-major. */
    static float[] values(Mat m) {
        float[] v = new float[(int) m.total()];
        m.get(0, 0, v);
        return v;
    }

    /**
     * The largest difference between {@code expected[oy, ox]} ({@code [ho, wo]} row-major) and the peer's
     * {@code actual[oy + dy, ox + dx]} in a row-major image of width {@code width}; fails when above {@code 1e-3}.
     */
    static void checkSame(String what, float[] expected, int ho, int wo, float[] actual, int width, int dy, int dx) {
        double worst = 0;
        for (int oy = 0; oy < ho; oy++) {
            for (int ox = 0; ox < wo; ox++) {
                worst = Math.max(worst, Math.abs(expected[oy * wo + ox] - actual[(oy + dy) * width + ox + dx]));
            }
        }
        if (!(worst < 1e-3)) {
            throw new IllegalStateException(what + " differs from convatlas by " + worst);
        }
    }
}
