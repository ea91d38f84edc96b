package org.convatlas.cases;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * The shortest decimal text that reads back as the same value, without a redundant {@code .0}: {@code 1} rather
 * than {@code 1.0}, {@code 0.1}, {@code 1E-4}, {@code 2.5E7}. Values of magnitude in {@code [1e-3, 1e7)} are
 * written plainly, others in scientific notation (as {@link Float#toString} decides). Finite values only.
 */
final class CompactNumbers {

    private CompactNumbers() {
    }

    /** The shortest text of a finite float. */
    static String format(float value) {
        return withoutZeroFraction(NumberOutput.toString(value, true));
    }

    /** The shortest text of a finite double. */
    static String format(double value) {
        return withoutZeroFraction(NumberOutput.toString(value, true));
    }

    /** {@code 1.0} to {@code 1}, {@code 1.0E-4} to {@code 1E-4}; anything else unchanged. */
    private static String withoutZeroFraction(String text) {
        int exponent = text.indexOf('E');
        int mantissaEnd = exponent < 0 ? text.length() : exponent;
        if (text.startsWith(".0", mantissaEnd - 2)) {
            return text.substring(0, mantissaEnd - 2) + text.substring(mantissaEnd);
        }
        return text;
    }
}
