package org.convatlas.lesson.stack;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The output-size formulas of the lessons on stacks of sheets, in LaTeX: the rule of an axis padded by {@code p} on
 * both sides, {@code n_o = floor((n + 2p - k) / s) + 1}, then the same with the current numbers and the size the
 * engine gives, one line under the other.
 */
public final class StackedFormulas {

    private StackedFormulas() {
    }

    /** The rule for the output size {@code outSymbol} of an input size {@code inSymbol}: {@code H_o = ⌊(H + 2p − k)/s⌋ + 1}. */
    public static String rule(String outSymbol, String inSymbol) {
        return outSymbol + " = " + floorFraction(inSymbol + " + 2p - k", "s") + " + 1";
    }

    /**
     * The rule with the numbers of one or more axes of the same size in it, {@code result} being the size the engine
     * gives: {@code H_o = W_o = ⌊(5 + 2·1 − 3)/2⌋ + 1 = 3}.
     *
     * @param outSymbols the output sizes, for example {@code H_o = W_o}
     */
    public static String axis(String outSymbols, int n, int pad, int kernel, int stride, int result) {
        return outSymbols + " = " + floorFraction(n + " + 2\\cdot " + pad + " - " + kernel, Integer.toString(stride))
                + " + 1 = " + result;
    }

    /** Lines of LaTeX one under the other, left-aligned. */
    public static String lines(List<String> lines) {
        return lines.stream().collect(Collectors.joining(" \\\\ ", "\\begin{array}{l} ", " \\end{array}"));
    }

    private static String floorFraction(String numerator, String denominator) {
        return "\\left\\lfloor \\frac{" + numerator + "}{" + denominator + "} \\right\\rfloor";
    }
}
