package org.convatlas.render.chrome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as a figure writes them: as briefly as they read, with a true minus sign (U+2212). Whole numbers in full
 * ({@code 7}, {@code −12}); others to two decimals from 1 up ({@code 1.25}, {@code −3.5}) and to three significant
 * digits below 1 ({@code 0.111}, {@code 0.0625}); from 1000 up, to the nearest whole number.
 */
public final class NumberText {

    /** The minus sign of typeset mathematics. */
    public static final char MINUS = '\u2212';

    private static final MathContext SMALL = new MathContext(3, RoundingMode.HALF_EVEN);

    private NumberText() {
    }

    /** {@code value} written briefly; "NaN" and "∞" for the values that are not numbers. */
    public static String of(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return (value < 0 ? String.valueOf(MINUS) : "") + "\u221E";
        }
        double magnitude = Math.abs(value);
        BigDecimal rounded;
        if (magnitude == Math.rint(magnitude) || magnitude >= 1000) {
            rounded = BigDecimal.valueOf(Math.rint(magnitude));
        } else if (magnitude >= 1) {
            rounded = BigDecimal.valueOf(magnitude).setScale(2, RoundingMode.HALF_EVEN);
        } else {
            rounded = new BigDecimal(magnitude).round(SMALL);
        }
        String digits = rounded.stripTrailingZeros().toPlainString();
        boolean negative = value < 0 && rounded.signum() != 0;
        return negative ? MINUS + digits : digits;
    }

    /** {@code value} written briefly, in parentheses when it is negative, as a factor of a product: {@code (−1)}. */
    public static String factor(double value) {
        String text = of(value);
        return text.charAt(0) == MINUS ? "(" + text + ")" : text;
    }
}
