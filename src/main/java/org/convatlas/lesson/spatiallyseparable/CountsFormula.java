package org.convatlas.lesson.spatiallyseparable;

import org.convatlas.render.chrome.NumberText;

/**
 * The multiplications of the two ways as LaTeX, the current numbers put into the rule: on an {@code N×N} input with
 * valid padding and stride 1, an {@code m×m} kernel costs
 * <pre>
 * one pass:   (N − m + 1)²·m²          = (5 − 3 + 1)²·3²            = 81
 * two passes: (2N − m + 1)(N − m + 1)·m = (2·5 − 3 + 1)(5 − 3 + 1)·3 = 72
 * share:      72/81 = 0.889, tending to 2/m = 0.667 as N grows
 * </pre>
 * (the column pass makes {@code (N − m + 1)·N·m} products, the row pass {@code (N − m + 1)²·m}); a {@code kH×kW}
 * kernel, {@code (N − kH + 1)(N − kW + 1)·kH·kW} against {@code (N − kH + 1)(N·kH + (N − kW + 1)·kW)}, tending to
 * {@code 1/kH + 1/kW}. The counts, the share and its limit are the engine's, passed in.
 */
final class CountsFormula {

    private CountsFormula() {
    }

    /**
     * @param n         the input's side
     * @param kh        the kernel's rows
     * @param kw        the kernel's columns
     * @param onePass   the multiplications of the {@code kH×kW} convolution
     * @param twoPasses the multiplications of the column and row passes together
     * @param share     {@code twoPasses / onePass}
     * @param limit     what the share tends to as {@code N} grows
     */
    static String latex(int n, int kh, int kw, long onePass, long twoPasses, double share, double limit) {
        String rows = "(" + n + " - " + kh + " + 1)";
        String ratio = "\\frac{" + twoPasses + "}{" + onePass + "} = " + NumberText.of(share)
                + " \\xrightarrow{N \\to \\infty} ";
        if (kh == kw) {
            return lines("(N - m + 1)^2 \\, m^2", rows + "^2 \\cdot " + kh + "^2 = " + onePass,
                    "(2N - m + 1)(N - m + 1) \\, m",
                    "(2 \\cdot " + n + " - " + kh + " + 1)" + rows + " \\cdot " + kh + " = " + twoPasses,
                    ratio + "\\frac{2}{m} = " + NumberText.of(limit));
        }
        String columns = "(" + n + " - " + kw + " + 1)";
        return lines("(N - k_h + 1)(N - k_w + 1) \\, k_h k_w",
                rows + columns + " \\cdot " + kh + " \\cdot " + kw + " = " + onePass,
                "(N - k_h + 1)(N k_h + (N - k_w + 1) \\, k_w)",
                rows + "(" + n + " \\cdot " + kh + " + " + columns + " \\cdot " + kw + ") = " + twoPasses,
                ratio + "\\frac{1}{k_h} + \\frac{1}{k_w} = " + NumberText.of(limit));
    }

    /**
     * The rule of one way and its numbers on the line under it, indented, for the other way likewise, then the share:
     * narrow enough for the inspector.
     */
    private static String lines(String onePassRule, String onePassNumbers, String twoPassesRule,
                                String twoPassesNumbers, String share) {
        return "\\begin{array}{l}" + String.join(" \\\\ ", onePassRule, "\\quad = " + onePassNumbers,
                twoPassesRule, "\\quad = " + twoPassesNumbers, share) + "\\end{array}";
    }
}
