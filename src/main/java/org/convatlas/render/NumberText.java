package org.convatlas.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as figures print them: at most two decimals, no trailing zeros, and a true minus sign ({@code −3},
 * {@code 0.5}, {@code 2.25}, {@code −0.33}).
 */
public final class NumberText {

    /** The decimals kept. */
    static final int DECIMALS = 2;

    private NumberText() {
    }

    /** {@code value} as a figure prints it; {@code NaN} as an empty text. */
    public static String of(float value) {
        if (Float.isNaN(value)) {
            return "";
        }
        if (Float.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        BigDecimal rounded = new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        String text = rounded.toPlainString();
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /** The text of a result following what it is the result of: {@code = 7}. */
    public static String result(float value) {
        return "= " + of(value);
    }
}
