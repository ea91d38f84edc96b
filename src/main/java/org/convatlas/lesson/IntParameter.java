package org.convatlas.lesson;

/**
 * A whole number in {@code [min, max]}, edited with a spinner.
 *
 * @param initial the default value
 */
public record IntParameter(String id, String labelKey, int min, int max, int initial) implements Parameter<Integer> {

    public IntParameter {
        ParameterNames.require(id, labelKey);
        if (min > max || initial < min || initial > max) {
            throw new IllegalArgumentException("parameter " + id + " needs min <= initial <= max (got "
                    + min + ", " + initial + ", " + max + ")");
        }
    }

    @Override
    public Integer defaultValue() {
        return initial;
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof Integer i && i >= min && i <= max;
    }
}
