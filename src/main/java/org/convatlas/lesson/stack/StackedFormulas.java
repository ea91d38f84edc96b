package org.convatlas.lesson.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.render.NumberText;

/**
 * The formulas of the lessons on stacks of sheets, in LaTeX with the current numbers: the sum of a step, one term per
 * kernel sheet, and the output size along an axis.
 */
final class StackedFormulas {

    /** A sum of more terms than this shows the first {@link #LEADING_TERMS}, an ellipsis and the last. */
    static final int MAX_TERMS = 6;
    static final int LEADING_TERMS = 3;

    private StackedFormulas() {
    }

    /**
     * The step as a sum of one term per kernel sheet, each with the input sheet it lies on written under it
     * ({@code c=1}), then the bias (under it {@code b}), and the result: {@code y_{0,1,1} = 3 + (-1) + 1 = 3}. A sheet
     * with a single tap (a 1×1 kernel) shows its two factors, {@code 4 · 2}, rather than their product.
     */
    static String step(WeightedSumStep step, List<SheetSum> sums, String sheetSymbol, boolean bias) {
        List<String> terms = new ArrayList<>();
        for (SheetSum sum : sums) {
            String value = sum.onlyTap() == null ? term(sum.sum(), terms.isEmpty())
                    : term(sum.onlyTap().input(), terms.isEmpty()) + "\\cdot " + term(sum.onlyTap().weight(), false);
            terms.add("\\underbrace{" + value + "}_{" + sheetSymbol + "=" + sum.inputSheet() + "}");
        }
        if (terms.size() > MAX_TERMS) {
            int left = terms.size() - LEADING_TERMS - 1;
            List<String> shortened = new ArrayList<>(terms.subList(0, LEADING_TERMS));
            shortened.add("\\underbrace{\\cdots}_{" + left + "}");
            shortened.add(terms.get(terms.size() - 1));
            terms = shortened;
        }
        if (bias) {
            terms.add("\\underbrace{" + term(step.bias(), terms.isEmpty()) + "}_{b}");
        }
        String index = step.output().toString().replaceAll("[() ]", "");
        return "y_{" + index + "} = " + String.join(" + ", terms) + " = " + number(step.result());
    }

    /**
     * The size of the output along an axis of a convolution with the same padding {@code pad} on both sides:
     * {@code out = floor((n + 2*pad - kernel) / stride) + 1}, the symbols first, then the numbers; {@code result} is
     * the size the engine gives.
     *
     * @param outSymbols the output size's symbol, for example {@code H_o = W_o}
     * @param inSymbol   the input size's symbol, for example {@code H}
     */
    static String outputSize(String outSymbols, String inSymbol, int n, int pad, int kernel, int stride, int result) {
        return outSymbols + " = \\left\\lfloor\\frac{" + inSymbol + " + 2p - k}{s}\\right\\rfloor + 1"
                + " = \\left\\lfloor\\frac{" + n + " + 2\\cdot " + pad + " - " + kernel + "}{" + stride
                + "}\\right\\rfloor + 1 = " + result;
    }

    /** Lines of LaTeX one under the other, left-aligned. */
    static String lines(List<String> lines) {
        return lines.stream().collect(Collectors.joining(" \\\\ ", "\\begin{array}{l} ", " \\end{array}"));
    }

    /** A term of a sum: in parentheses when negative and not first. */
    private static String term(float value, boolean first) {
        String text = number(value);
        return !first && text.startsWith("-") ? "(" + text + ")" : text;
    }

    /** A number as figures print it, with the minus sign LaTeX reads. */
    static String number(float value) {
        return NumberText.of(value).replace('−', '-');
    }
}
