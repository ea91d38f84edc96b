package org.convatlas.lesson;

/**
 * One parameter a lesson lets the user change, described as data so that the inspector can build its control:
 * a number in a range, a choice among options, a switch, a kernel of weights, an image or a list of dilation rates.
 *
 * @param <T> the type of its values
 */
public sealed interface Parameter<T>
        permits IntParameter, ChoiceParameter, BooleanParameter, KernelParameter, ImageParameter,
        RatesParameter, LayerStackParameter {

    /** A name unique within its lesson, stable across versions (presets and saved settings refer to it). */
    String id();

    /** The bundle key of the label the inspector shows. */
    String labelKey();

    /** The value a fresh lesson starts with. */
    T defaultValue();

    /** Whether {@code value} is one this parameter can take. */
    boolean accepts(Object value);

    /**
     * {@code value} as this parameter's type.
     *
     * @throws IllegalArgumentException if the parameter cannot take it
     */
    @SuppressWarnings("unchecked")
    default T checked(Object value) {
        if (!accepts(value)) {
            throw new IllegalArgumentException("parameter " + id() + " cannot take the value " + value);
        }
        return (T) value;
    }
}
