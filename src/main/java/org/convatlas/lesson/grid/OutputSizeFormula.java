package org.convatlas.lesson.grid;

import org.convatlas.compute.Window2d;

/**
 * The output size of a 2-D sliding window as LaTeX, each axis with the current numbers in the rule
 * {@code H_o = ⌊(H + p_t + p_b − (d(k_h − 1) + 1)) / s⌋ + 1}; for example
 * {@code H_o = ⌊(5 + 1 + 1 − 3) / 2⌋ + 1 = 3}. The reach {@code d(k − 1) + 1} is written as the kernel size when
 * there is no dilation. The sizes themselves are the engine's, passed in.
 */
public final class OutputSizeFormula {

    private OutputSizeFormula() {
    }

    /**
     * The formula for an input {@code height × width}, a kernel {@code kernelHeight × kernelWidth} sliding as
     * {@code window} says, and the output {@code outputHeight × outputWidth} the engine computed.
     */
    public static String latex(int height, int width, int kernelHeight, int kernelWidth, Window2d window, int outputHeight,
                        int outputWidth) {
        return "\\begin{array}{l}"
                + axis("H_o", height, window.pads().top(), window.pads().bottom(), kernelHeight, window.dilationH(),
                        window.strideH(), outputHeight)
                + " \\\\ "
                + axis("W_o", width, window.pads().left(), window.pads().right(), kernelWidth, window.dilationW(),
                        window.strideW(), outputWidth)
                + "\\end{array}";
    }

    /** {@code H_o = ⌊(5 + 1 + 1 − 3) / 2⌋ + 1 = 3} for one axis. */
    private static String axis(String name, int n, int before, int after, int kernel, int dilation, int stride,
                               int size) {
        String reach = dilation == 1 ? Integer.toString(kernel)
                : "(" + dilation + "\\cdot(" + kernel + " - 1) + 1)";
        return name + " = \\left\\lfloor \\frac{" + n + " + " + before + " + " + after + " - " + reach + "}{"
                + stride + "} \\right\\rfloor + 1 = " + size;
    }
}
