package org.convatlas.lesson.transposed;

import org.convatlas.compute.ConvTranspose2dParams;
import org.convatlas.compute.Window2d;

/**
 * The output size of a 2-D transposed convolution as LaTeX, each axis with the current numbers in the rule
 * {@code H_o = (H − 1)·s − p_t − p_b + d(k_h − 1) + op + 1}; for example
 * {@code H_o = (2 − 1)·2 − 1 − 1 + 1·(4 − 1) + 0 + 1 = 4}. The sizes themselves are the engine's, passed in.
 */
final class TransposedOutputSizeFormula {

    private TransposedOutputSizeFormula() {
    }

    /**
     * The formula for an input {@code height × width}, a kernel {@code kernelHeight × kernelWidth} under {@code p},
     * and the output {@code outputHeight × outputWidth} the engine computed.
     */
    static String latex(int height, int width, int kernelHeight, int kernelWidth, ConvTranspose2dParams p,
                        int outputHeight, int outputWidth) {
        Window2d window = p.window();
        return "\\begin{array}{l}"
                + axis("H_o", height, window.strideH(), window.pads().top(), window.pads().bottom(),
                        window.dilationH(), kernelHeight, p.outputPaddingH(), outputHeight)
                + " \\\\ "
                + axis("W_o", width, window.strideW(), window.pads().left(), window.pads().right(),
                        window.dilationW(), kernelWidth, p.outputPaddingW(), outputWidth)
                + "\\end{array}";
    }

    /** {@code H_o = (2 − 1)·2 − 1 − 1 + 1·(4 − 1) + 0 + 1 = 4} for one axis. */
    private static String axis(String name, int n, int stride, int before, int after, int dilation, int kernel,
                               int outputPadding, int size) {
        return name + " = (" + n + " - 1)\\cdot " + stride + " - " + before + " - " + after + " + " + dilation
                + "\\cdot(" + kernel + " - 1) + " + outputPadding + " + 1 = " + size;
    }
}
