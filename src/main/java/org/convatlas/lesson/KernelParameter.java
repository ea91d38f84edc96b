package org.convatlas.lesson;

/**
 * A kernel of weights the user can edit, each side between {@code minSize} and {@code maxSize}.
 *
 * @param defaultValue the default kernel
 */
public record KernelParameter(String id, String labelKey, int minSize, int maxSize, Kernel defaultValue)
        implements Parameter<Kernel> {

    public KernelParameter {
        ParameterNames.require(id, labelKey);
        if (minSize < 1 || minSize > maxSize) {
            throw new IllegalArgumentException("parameter " + id + " needs 1 <= minSize <= maxSize (got "
                    + minSize + ", " + maxSize + ")");
        }
        if (!fits(defaultValue, minSize, maxSize)) {
            throw new IllegalArgumentException("parameter " + id + ": the default kernel " + defaultValue
                    + " is not between " + minSize + " and " + maxSize + " on each side");
        }
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof Kernel k && fits(k, minSize, maxSize);
    }

    private static boolean fits(Kernel k, int minSize, int maxSize) {
        return k.rows() >= minSize && k.rows() <= maxSize && k.columns() >= minSize && k.columns() <= maxSize;
    }
}
