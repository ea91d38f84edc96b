package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The guard of a randomised test: how many configurations gave a non-zero output, and how many exercised each
 * feature (strides above the kernel, dilation, asymmetric pads, ...), so that a test cannot pass by trying only
 * easy cases.
 */
final class Coverage {

    private final Map<String, Integer> features = new LinkedHashMap<>();
    private int configurations;
    private int nonZeroOutputs;
    private double sumAbs;

    /** Records one configuration's output. */
    void output(Tensor y) {
        configurations++;
        double abs = TestTensors.sumAbs(y);
        sumAbs += abs;
        nonZeroOutputs += abs > 0 ? 1 : 0;
    }

    /** Records whether the current configuration has the named feature. */
    void feature(String name, boolean present) {
        features.merge(name, present ? 1 : 0, Integer::sum);
    }

    /** Records the window and kernel features shared by every sliding-window operation. */
    void window(Window2d window, int kh, int kw) {
        Pads2d pads = window.pads();
        feature("stride above kernel", window.strideH() > kh || window.strideW() > kw);
        feature("dilation", window.dilationH() > 1 || window.dilationW() > 1);
        feature("asymmetric pads", pads.top() != pads.bottom() || pads.left() != pads.right());
        feature("non-square kernel", kh != kw);
        feature("even kernel side", kh % 2 == 0 || kw % 2 == 0);
    }

    /** Outputs are not all zero, and every feature appeared in at least a tenth of the configurations. */
    void assertNotTrivial() {
        assertTrue(sumAbs > 0, "every output was zero");
        assertTrue(nonZeroOutputs > configurations * 9 / 10,
                "only " + nonZeroOutputs + " of " + configurations + " outputs were not zero");
        features.forEach((name, count) -> assertTrue(count > configurations / 10,
                "feature '" + name + "' appeared in only " + count + " of " + configurations + " configurations"));
    }
}
