package org.convatlas.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of parameter values that shows one case worth seeing (for example "stride 2 leaves a row out"),
 * built as {@code Preset.named("lesson.x.preset.stride2").with(STRIDE, 2).with(PADDING, 0)}. Parameters it does
 * not name keep their current values when it is applied.
 */
public final class Preset {

    private final String labelKey;
    private final Map<Parameter<?>, Object> values;

    private Preset(String labelKey, Map<Parameter<?>, Object> values) {
        this.labelKey = Objects.requireNonNull(labelKey, "labelKey");
        this.values = Collections.unmodifiableMap(values);
    }

    /** A preset that sets nothing yet, labelled by the bundle key {@code labelKey}. */
    public static Preset named(String labelKey) {
        return new Preset(labelKey, new LinkedHashMap<>());
    }

    /**
     * This preset also setting {@code parameter} to {@code value}.
     *
     * @throws IllegalArgumentException if the parameter cannot take the value
     */
    public <T> Preset with(Parameter<T> parameter, T value) {
        Map<Parameter<?>, Object> more = new LinkedHashMap<>(values);
        more.put(parameter, parameter.checked(value));
        return new Preset(labelKey, more);
    }

    public String labelKey() {
        return labelKey;
    }

    /** The preset's name, the last part of its bundle key: {@code stride2} for {@code lesson.x.preset.stride2}. */
    public String name() {
        return labelKey.substring(labelKey.lastIndexOf('.') + 1);
    }

    /** The parameters this preset sets, with their values. */
    public Map<Parameter<?>, Object> values() {
        return values;
    }

    /** {@code base} with this preset's values in place. */
    public ParameterValues applyTo(ParameterValues base) {
        ParameterValues result = base;
        for (Map.Entry<Parameter<?>, Object> e : values.entrySet()) {
            result = withValue(result, e.getKey(), e.getValue());
        }
        return result;
    }

    private static <T> ParameterValues withValue(ParameterValues base, Parameter<T> parameter, Object value) {
        return base.with(parameter, parameter.checked(value));
    }
}
