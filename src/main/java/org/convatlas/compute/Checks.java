package org.convatlas.compute;

import java.util.Arrays;

/** Argument checks shared by the operations; each failure names the parameter, the rule and the value. */
final class Checks {

    private Checks() {
    }

    /** {@code value >= min}, e.g. {@code stride must be at least 1 (got 0)}. */
    static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new InvalidArgumentException(name + " must be at least " + min + " (got " + value + ")");
        }
    }

    /** {@code divisor} divides {@code value}, e.g. {@code groups 3 must divide input channels 4}. */
    static void divides(String divisorName, int divisor, String valueName, int value) {
        if (divisor <= 0 || value % divisor != 0) {
            throw new InvalidArgumentException(divisorName + " " + divisor + " must divide " + valueName + " " + value);
        }
    }

    /** A present tensor with the given number of dimensions, described by {@code layout} such as {@code [C, H, W]}. */
    static void rank(String name, Tensor t, int rank, String layout) {
        if (t == null) {
            throw new InvalidArgumentException(name + " is missing; it must be a tensor " + layout);
        }
        rank(name, t.shape(), rank, layout);
    }

    /** A shape with the given number of dimensions, every one at least 1. */
    static void rank(String name, int[] shape, int rank, String layout) {
        if (shape == null) {
            throw new InvalidArgumentException(name + " is missing; it must be a tensor " + layout);
        }
        if (shape.length != rank) {
            throw new InvalidArgumentException(name + " must have " + rank + " dimensions " + layout + " (got shape "
                    + Arrays.toString(shape) + ")");
        }
        for (int d : shape) {
            if (d < 1) {
                throw new InvalidArgumentException(name + " must not be empty (got shape " + Arrays.toString(shape) + ")");
            }
        }
    }

    /** A tensor with exactly the expected shape. */
    static void shape(String name, Tensor t, int... expected) {
        if (t == null) {
            throw new InvalidArgumentException(name + " is missing; it must have shape " + Arrays.toString(expected));
        }
        if (!t.hasShape(expected)) {
            throw new InvalidArgumentException(name + " must have shape " + Arrays.toString(expected) + " (got "
                    + Arrays.toString(t.shape()) + ")");
        }
    }

    /** Two sizes that must agree, e.g. {@code weight input channels must equal input channels / groups = 2 (got 3)}. */
    static void equal(String name, int actual, String expectedName, int expected) {
        if (actual != expected) {
            throw new InvalidArgumentException(name + " must equal " + expectedName + " = " + expected + " (got " + actual + ")");
        }
    }

    /** An optional bias of shape {@code [channels]}. */
    static void bias(Tensor b, int channels) {
        if (b != null) {
            shape("bias", b, channels);
        }
    }

    /** A non-null argument, e.g. {@code mode must be given (got null)}. */
    static void present(String name, Object value) {
        if (value == null) {
            throw new InvalidArgumentException(name + " must be given (got null)");
        }
    }
}
