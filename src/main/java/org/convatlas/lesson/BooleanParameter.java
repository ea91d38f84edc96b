package org.convatlas.lesson;

/**
 * A switch, on or off.
 *
 * @param initial the default value
 */
public record BooleanParameter(String id, String labelKey, boolean initial) implements Parameter<Boolean> {

    public BooleanParameter {
        ParameterNames.require(id, labelKey);
    }

    @Override
    public Boolean defaultValue() {
        return initial;
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof Boolean;
    }
}
