package org.convatlas.cases;

import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Pool2dParams;
import org.convatlas.compute.Window2d;

/**
 * The case format's shared parameter fields turned into the engine's parameter records, in one place for every
 * operation that uses them. The engine validates the values (e.g. {@code stride must be at least 1 (got 0)}).
 */
final class EngineParams {

    private EngineParams() {
    }

    /** {@code pads [top, left, bottom, right]}. */
    static Pads2d pads2d(CaseParams params) {
        return Pads2d.of(params.ints("pads", 4));
    }

    /** {@code stride [sh, sw]}, {@code pads [top, left, bottom, right]}, {@code dilation [dh, dw]}. */
    static Window2d window2d(CaseParams params) {
        int[] stride = params.ints("stride", 2);
        int[] dilation = params.ints("dilation", 2);
        return new Window2d(stride[0], stride[1], pads2d(params), dilation[0], dilation[1]);
    }

    /** {@code conv2d}'s: the window, {@code groups} and {@code flip}. */
    static Conv2dParams conv2d(CaseParams params) {
        return new Conv2dParams(window2d(params), params.integer("groups"), params.bool("flip"));
    }

    /** The pools': {@code kernel [kh, kw]}, {@code stride [sh, sw]}, {@code pads [top, left, bottom, right]}. */
    static Pool2dParams pool2d(CaseParams params) {
        int[] kernel = params.ints("kernel", 2);
        int[] stride = params.ints("stride", 2);
        return new Pool2dParams(kernel[0], kernel[1], stride[0], stride[1], pads2d(params));
    }

    /**
     * Checks a parameter that the engine derives from the tensors' shapes instead of taking it, e.g.
     * {@code reduction = C / w1.shape[0]}: {@code value * divisor} must equal {@code dividend}.
     *
     * @param derivation how the tensors give the value, e.g. {@code C / w1.shape[0]}
     * @throws CaseFormatException when the parameter disagrees with the tensors
     */
    static void checkDerived(String name, int value, String derivation, int dividend, int divisor) {
        if ((long) value * divisor != dividend) {
            throw new CaseFormatException("parameter \"" + name + "\" " + value + " does not match the tensors: "
                    + derivation + " = " + dividend + " / " + divisor);
        }
    }
}
