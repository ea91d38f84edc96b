package org.convatlas.lesson;

import java.util.Objects;

/**
 * A switch, on or off.
 *
 * @param initial the default value
 */
public record BooleanParameter(String id, String labelKey, boolean initial) implements Parameter<Boolean> {

    public BooleanParameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelKey, "labelKey");
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
